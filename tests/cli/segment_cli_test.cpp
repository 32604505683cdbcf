#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli_runner.h"

using namespace termalign::test;
namespace fs = std::filesystem;

namespace {
const std::string kDev = shared_path("data/dev/missile-defense-ar-en/");

std::string temp_file(const std::string& name, const std::string& content) {
  fs::path dir = fs::temp_directory_path() / ("termalign-seg-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}
}  // namespace

TEST_CASE("segment reproduces the gold sentences of the dev pair") {
  auto lang = GENERATE(as<std::string>{}, "ar", "en");
  RunResult r = run_termalign("segment " + kDev + lang + ".raw.txt -l " + lang);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == slurp_file(kDev + lang + ".sent.txt"));
}

TEST_CASE("segment reads standard input and tolerates BOM and CRLF") {
  std::string path = temp_file("crlf.txt", "\xEF\xBB\xBFThe treaty was signed. It entered into force.\r\n\r\nNew paragraph\r\n");
  RunResult r = run_termalign("segment - -l en --with-lines", path);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1\tThe treaty was signed.\n1\tIt entered into force.\n3\tNew paragraph\n");
}

TEST_CASE("segment reports bad input with file, line and exit code") {
  std::string bad = temp_file("bad.txt", "fine line\nbroken \xC3\x28 here\n");
  RunResult r = run_termalign("segment " + bad + " -l en");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "termalign: error: " + bad + ":2:8: invalid UTF-8 (byte 0xC3); convert the file to UTF-8 first\n");
  CHECK(r.out.empty());

  RunResult missing = run_termalign("segment /no/such/file.txt -l en");
  CHECK(missing.exit_code == 3);
  CHECK(missing.err == "termalign: error: /no/such/file.txt: no such file\n");

  RunResult lang = run_termalign("segment " + bad + " -l klingon");
  CHECK(lang.exit_code == 2);
  CHECK_THAT(lang.err, Catch::Contains("unknown language code 'klingon'"));

  std::string empty = temp_file("empty.txt", "");
  RunResult e = run_termalign("segment " + empty + " -l en");
  CHECK(e.exit_code == 0);
  CHECK(e.out.empty());
}

TEST_CASE("segment never leaves a half-written output file") {
  std::string out = temp_file("out.txt", "previous content\n");
  std::string bad = temp_file("bad2.txt", "ok\n\xFF\n");
  RunResult r = run_termalign("segment " + bad + " -l en -o " + out);
  CHECK(r.exit_code == 3);
  CHECK(slurp_file(out) == "previous content\n");
  std::string good = temp_file("good.txt", "One. Two.\n");
  RunResult ok = run_termalign("segment " + good + " -l en -o " + out);
  CHECK(ok.exit_code == 0);
  CHECK(slurp_file(out) == "One.\nTwo.\n");
}

TEST_CASE("segment handles a 40 MB single line without hanging") {
  std::string line;
  line.reserve(41u << 20);
  while (line.size() < (40u << 20)) line += "The delegation met Gen. Smith in Geneva on Monday. ";
  std::string path = temp_file("huge.txt", line + "\n");
  RunResult r = run_termalign("segment " + path + " -l en -o " + path + ".out");
  CHECK(r.exit_code == 0);
  std::string out = slurp_file(path + ".out");
  CHECK(std::count(out.begin(), out.end(), '\n') == static_cast<long>(line.size() / 51));
  fs::remove(path);
  fs::remove(path + ".out");
}
