// Gold-standard segmentation evaluation with stored floors: boundary precision/recall/F1 of `Segmenter` on raw texts
// against one-sentence-per-line gold. A boundary is the number of non-space code points before a sentence end, so
// whitespace differences between raw and gold do not count.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

#include "test_paths.h"
#include "text/lang.h"
#include "text/reader.h"
#include "text/segment.h"
#include "text/utf8.h"

using namespace termalign;
using namespace termalign::text;

namespace {

std::set<std::size_t> boundaries(const std::vector<std::string>& sentences) {
  std::set<std::size_t> out;
  std::size_t pos = 0;
  for (const std::string& s : sentences) {
    std::size_t i = 0;
    while (i < s.size()) {
      char32_t cp = decode_utf8(s, i);
      if (cp != U' ' && cp != U'\t') ++pos;
    }
    out.insert(pos);
  }
  return out;
}

struct Score {
  double precision, recall, f1;
};

Score score(const std::vector<std::string>& predicted, const std::vector<std::string>& gold) {
  auto p = boundaries(predicted), g = boundaries(gold);
  std::size_t hit = 0;
  for (std::size_t b : p) hit += g.count(b);
  double precision = p.empty() ? 0 : double(hit) / double(p.size());
  double recall = g.empty() ? 0 : double(hit) / double(g.size());
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  return {precision, recall, f1};
}

std::vector<std::string> segment_file(const std::string& path, const std::string& lang) {
  Segmenter segmenter(language(lang));
  std::vector<std::string> out;
  for (Sentence& s : segmenter.segment(read_lines_file(path))) out.push_back(std::move(s.text));
  return out;
}

std::vector<std::string> non_empty_lines(const std::string& path) {
  std::vector<std::string> out;
  for (std::string& line : read_lines_file(path)) {
    if (!line.empty()) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

TEST_CASE("segmentation of the Arabic-English dev pair reaches boundary F1 0.95", "[eval]") {
  // Floors: the target is 0.95; measured 1.000 for both sides when this test was written.
  auto [lang, floor] = GENERATE(table<std::string, double>({{"ar", 0.95}, {"en", 0.95}}));
  std::string dir = test::shared_path("data/dev/missile-defense-ar-en/");
  Score s = score(segment_file(dir + lang + ".raw.txt", lang), non_empty_lines(dir + lang + ".sent.txt"));
  INFO(lang << " P=" << s.precision << " R=" << s.recall << " F1=" << s.f1);
  CHECK(s.f1 >= floor);
}

TEST_CASE("segmentation of NTREX documents joined into paragraphs", "[eval]") {
  // Each NTREX document's lines (one or more sentences each, headlines without a final stop) are joined into one
  // paragraph and re-segmented. Measured when written: en F1 0.954, ar 0.934, ru 0.941 (P ≥ 0.96 everywhere).
  auto [lang, file, floor] = GENERATE(table<std::string, std::string, double>({
      {"en", "ntrex128-ar-en/newstest2019-src.eng.txt", 0.94},
      {"ar", "ntrex128-ar-en/newstest2019-ref.arb.txt", 0.92},
      {"ru", "ntrex128-ru-en/newstest2019-ref.rus.txt", 0.93},
  }));
  std::vector<std::string> lines = read_lines_file(test::shared_path("data/eval/" + file));
  std::vector<std::string> ids = read_lines_file(test::shared_path("data/eval/ntrex128-ar-en/DOCUMENT_IDS.tsv"));
  REQUIRE(ids.size() == lines.size());
  Segmenter segmenter(language(lang));
  std::vector<std::string> predicted, gold;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t j = i;
    std::string paragraph;
    std::vector<std::string> doc_gold;
    for (; j < lines.size() && ids[j] == ids[i]; ++j) {
      paragraph += (paragraph.empty() ? "" : " ") + lines[j];
      doc_gold.push_back(lines[j]);
    }
    for (std::string& s : segmenter.segment_paragraph(paragraph)) predicted.push_back(std::move(s));
    // Gold: every line ends a sentence. Headlines without a final stop cannot be recovered from the joined
    // paragraph, which is what keeps recall below 1.
    for (std::string& g : doc_gold) gold.push_back(std::move(g));
    i = j;
  }
  Score s = score(predicted, gold);
  INFO(lang << " P=" << s.precision << " R=" << s.recall << " F1=" << s.f1);
  CHECK(s.f1 >= floor);
}
