// End-to-end tests of `termalign align`: every output format (TMX validated against the TMX 1.4 DTD), --batch,
// and bad input (empty, missing, invalid UTF-8, unknown language, a 40 MB single line).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using namespace termalign::test;
namespace fs = std::filesystem;

namespace {
const std::string kDev = shared_path("data/dev/missile-defense-ar-en/");
const std::string kDevArgs = kDev + "ar.sent.txt " + kDev + "en.sent.txt -s ar -t en --presegmented";

fs::path temp_dir() {
  fs::path dir = fs::temp_directory_path() / ("termalign-align-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

std::string temp_file(const std::string& name, const std::string& content) {
  fs::path p = temp_dir() / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

// The beads of the dev pair as computed by the default run (checked against the gold by the eval tests).
std::vector<std::string> dev_beads() {
  RunResult r = run_termalign("align " + kDevArgs);
  REQUIRE(r.exit_code == 0);
  return lines_of(r.out);
}
}  // namespace

TEST_CASE("align beads: every sentence once, in order, with a confidence") {
  std::vector<std::string> beads = dev_beads();
  std::regex bead(R"(\[([\d, ]*)\]:\[([\d, ]*)\]\t(0|1)\.\d{3})");
  std::size_t next[2] = {0, 0};
  std::string joined;
  for (const std::string& line : beads) {
    std::smatch m;
    REQUIRE(std::regex_match(line, m, bead));
    for (int side = 0; side < 2; ++side) {
      std::istringstream ids(std::regex_replace(m[side + 1].str(), std::regex(","), " "));
      for (std::size_t id; ids >> id;) CHECK(id == next[side]++);
    }
    joined += line.substr(0, line.find('\t')) + " ";
  }
  CHECK(next[0] == 20);
  CHECK(next[1] == 21);
  CHECK(joined.starts_with("[0]:[0] [1]:[1] [2, 3]:[2] "));
}

TEST_CASE("align formats: ladder, tsv, jsonl and TMX carry the same beads") {
  std::vector<std::string> beads = dev_beads();
  std::size_t two_sided = 0;
  for (const std::string& b : beads) two_sided += b.find("[]") == std::string::npos;

  RunResult ladder = run_termalign("align " + kDevArgs + " -f ladder");
  REQUIRE(ladder.exit_code == 0);
  std::vector<std::string> rungs = lines_of(ladder.out);
  CHECK(rungs.size() == beads.size() + 1);
  CHECK(rungs.front().starts_with("0\t0\t"));
  CHECK(rungs.back() == "20\t21\t0");

  RunResult tsv = run_termalign("align " + kDevArgs + " -f tsv");
  REQUIRE(tsv.exit_code == 0);
  std::vector<std::string> rows = lines_of(tsv.out);
  REQUIRE(rows.size() == beads.size());
  std::vector<std::string> ar = lines_of(slurp_file(kDev + "ar.sent.txt"));
  CHECK(rows[0].starts_with(ar[0] + "\t"));
  CHECK(rows[2].starts_with(ar[2] + " " + ar[3] + "\t"));  // the 2-1 bead [2, 3]:[2]
  for (const std::string& row : rows) CHECK(count(row, "\t") == 2);

  RunResult jsonl = run_termalign("align " + kDevArgs + " -f jsonl");
  REQUIRE(jsonl.exit_code == 0);
  std::vector<std::string> objects = lines_of(jsonl.out);
  REQUIRE(objects.size() == beads.size());
  nlohmann::json third = nlohmann::json::parse(objects[2]);
  CHECK(third["src"] == nlohmann::json::array({2, 3}));
  CHECK(third["tgt"] == nlohmann::json::array({2}));
  CHECK(third["src_text"] == ar[2] + " " + ar[3]);
  CHECK(third["confidence"].get<double>() > 0.5);

  std::string tmx = (temp_dir() / "dev.tmx").string();
  RunResult t = run_termalign("align " + kDevArgs + " -f tmx -o " + tmx);
  REQUIRE(t.exit_code == 0);
  CHECK(t.out.empty());
  std::string xml = slurp_file(tmx);
  CHECK(count(xml, "<tu ") == two_sided);
  CHECK(xml.find("<tmx version=\"1.4\">") != std::string::npos);
  CHECK(xml.find("srclang=\"ar\"") != std::string::npos);
  std::string cmd = "xmllint --noout --dtdvalid " + shared_path("tmx/tmx14.dtd") + " " + tmx + " 2>&1";
  CHECK(std::system(cmd.c_str()) == 0);
}

TEST_CASE("align --batch writes one file per manifest line, named as the manifest says") {
  fs::path dir = temp_dir() / "batch";
  fs::create_directories(dir);
  std::string manifest = temp_file("batch/manifest.tsv",
                                   "# src\ttgt\tname\n" + kDev + "ar.sent.txt\t" + kDev + "en.sent.txt\tdev\n" +
                                       kDev + "en.sent.txt\t" + kDev + "ar.sent.txt\n");
  // The second pair has its sides swapped (English text declared Arabic): it still gets an alignment file.
  RunResult r = run_termalign("align --batch " + manifest + " --out-dir " + (dir / "out").string() +
                              " -s ar -t en --presegmented --threads 2");
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> dev = lines_of(slurp_file((dir / "out/dev.beads").string()));
  CHECK(dev.size() == dev_beads().size());
  CHECK(dev.front().starts_with("[0]:[0]\t"));
  CHECK(fs::exists(dir / "out/en.sent.beads"));

  RunResult no_dir = run_termalign("align --batch " + manifest + " -s ar -t en");
  CHECK(no_dir.exit_code == 2);
  CHECK_THAT(no_dir.err, Catch::Contains("--out-dir"));

  std::string bad = temp_file("batch/bad.tsv", kDev + "ar.sent.txt\n");
  RunResult malformed = run_termalign("align --batch " + bad + " --out-dir " + (dir / "out2").string() + " -s ar -t en");
  CHECK(malformed.exit_code == 3);
  CHECK_THAT(malformed.err, Catch::Contains(bad + ":1"));
}

TEST_CASE("align bad input: clear errors, exit codes, no output file left behind") {
  std::string good = temp_file("good.txt", "The treaty was signed in 1991.\nIt entered into force.\n");
  std::string bad = temp_file("bad.txt", "Der Vertrag.\nkaputt \xC3\x28 hier\n");
  std::string out = (temp_dir() / "never.beads").string();
  auto [args, code, message] = GENERATE_REF(table<std::string, int, std::string>({
      {bad + " " + good + " -s de -t en --presegmented -o " + out, 3, bad + ":2:8: invalid UTF-8"},
      {bad + " " + good + " -s de -t en -o " + out, 3, bad + ":2:8: invalid UTF-8"},
      {"/no/such/file.txt " + good + " -s de -t en -o " + out, 3, "/no/such/file.txt: no such file"},
      {good + " " + good + " -s de -t xx -o " + out, 2, "unknown language code 'xx'"},
      {good + " " + good + " -s de -t en --dict /no/such/dict.tsv -o " + out, 2, "/no/such/dict.tsv"},
      {good + " " + good + " -s de -t en -f xml -o " + out, 2, "xml"},
  }));
  RunResult r = run_termalign("align " + args);
  CHECK(r.exit_code == code);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK(!fs::exists(out));
}

TEST_CASE("align an empty file: every sentence of the other side is unaligned, with a warning") {
  std::string empty = temp_file("empty.txt", "");
  std::string good = temp_file("good2.txt", "The treaty was signed.\nIt entered into force.\n");
  RunResult r = run_termalign("align " + empty + " " + good + " -s de -t en --presegmented");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "[]:[0]\t0.000\n[]:[1]\t0.000\n");
  CHECK_THAT(r.err, Catch::Contains(empty + " is empty"));
  RunResult both = run_termalign("align " + empty + " " + empty + " -s de -t en -f tsv");
  CHECK(both.exit_code == 0);
  CHECK(both.out.empty());
}

TEST_CASE("align a 40 MB single line finishes quickly") {
  std::string big = (temp_dir() / "big.txt").string();
  {
    std::ofstream f(big, std::ios::binary);
    std::string chunk;
    for (int k = 0; k < 1000; ++k) chunk += "Vertrag 1991 über die Begrenzung, ";
    while (f.tellp() < 40 * 1024 * 1024) f << chunk;
    f << "\n";
  }
  std::string good = temp_file("good3.txt", "The treaty of 1991.\nIt entered into force.\n");
  RunResult r = run_termalign("align " + big + " " + good + " -s de -t en --presegmented");
  CHECK(r.exit_code == 0);
  CHECK(lines_of(r.out).size() == 3);  // the huge sentence cannot pair with either short one
  fs::remove(big);
}
