// formats_bench N DIR: streams N generated Arabic–English concepts through each writer to DIR and reads the TBX,
// CSV and TMX files back, printing wall time per step and the peak RSS. Not a test (no timing asserts); the
// coordinator's tools/bench_*.sh scripts call it. Default N = 1,000,000, DIR = /tmp.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

#include "formats/csv.h"
#include "formats/tbx.h"
#include "formats/tmx.h"

using namespace termalign;
using namespace termalign::formats;

namespace {

glossary::Concept make_concept(std::size_t i) {
  glossary::Concept c;
  c.id = static_cast<std::int64_t>(i + 1);
  c.subject = "arms control";
  glossary::Term ar;
  ar.lang = "ar";
  ar.text = "مصطلح رقم " + std::to_string(i);
  ar.status = glossary::TermStatus::Approved;
  glossary::Term en;
  en.lang = "en";
  en.text = "term number " + std::to_string(i);
  en.status = i % 3 == 0 ? glossary::TermStatus::Candidate : glossary::TermStatus::Approved;
  en.pos = "noun";
  c.terms = {ar, en};
  return c;
}

double timed(const char* label, const std::function<std::size_t()>& step) {
  auto start = std::chrono::steady_clock::now();
  std::size_t n = step();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%-28s %10zu items %8.2f s\n", label, n, seconds);
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = argc > 1 ? std::stoul(argv[1]) : 1000000;
  std::string dir = argc > 2 ? argv[2] : "/tmp";
  const std::string tbx = dir + "/formats_bench.tbx", csv = dir + "/formats_bench.csv", tmx = dir + "/formats_bench.tmx";
  timed("write TBX v3", [&] {
    std::ofstream out(tbx, std::ios::binary);
    TbxWriter w(out, TbxVersion::V3, TbxInfo{"ar"});
    for (std::size_t i = 0; i < n; ++i) w.write(make_concept(i));
    w.finish();
    return n;
  });
  timed("read TBX v3", [&] {
    std::ifstream in(tbx, std::ios::binary);
    std::size_t count = 0;
    read_tbx(in, tbx, [&](glossary::Concept&&) { ++count; });
    return count;
  });
  timed("write CSV generic", [&] {
    std::ofstream out(csv, std::ios::binary);
    CsvWriteOptions o;
    o.langs = {"ar", "en"};
    CsvWriter w(out, o);
    for (std::size_t i = 0; i < n; ++i) w.write(make_concept(i));
    w.finish();
    return w.rows();
  });
  timed("read CSV generic", [&] {
    std::ifstream in(csv, std::ios::binary);
    std::size_t count = 0;
    read_csv(in, csv, [&](glossary::Concept&&) { ++count; });
    return count;
  });
  timed("write TMX", [&] {
    std::ofstream out(tmx, std::ios::binary);
    TmxWriter w(out, TmxHeader{"ar", "en"});
    for (std::size_t i = 0; i < n; ++i) {
      w.write(TranslationUnit{std::to_string(i), "جملة رقم " + std::to_string(i), "sentence " + std::to_string(i), 0.9, 0, ""});
    }
    w.finish();
    return n;
  });
  timed("read TMX", [&] {
    std::ifstream in(tmx, std::ios::binary);
    std::size_t count = 0;
    read_tmx(in, tmx, [&](TranslationUnit&&) { ++count; });
    return count;
  });
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS %.1f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
  for (const auto& f : {tbx, csv, tmx}) std::remove(f.c_str());
  return 0;
}
