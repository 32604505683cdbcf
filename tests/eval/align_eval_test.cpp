// Gold-standard evaluations of the aligner (presegmented input, default options), failing below stored floors.
// Floors sit a little under the figures measured when they were set (tools/eval_align_suite.sh reproduces
// them through the CLI); the targets are in the comments.
#include <catch2/catch.hpp>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "align/aligner.h"
#include "align/bead_io.h"
#include "align/score.h"
#include "test_paths.h"
#include "text/lang.h"
#include "text/reader.h"

using namespace termalign;
using namespace termalign::align;
using namespace termalign::test;
namespace fs = std::filesystem;

namespace {
Alignment read_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return read_beads(in, path);
}

void check_cover(const Alignment& a, std::size_t n, std::size_t m) {
  std::size_t i = 0, j = 0;
  for (const Bead& b : a) {
    for (std::size_t s : b.src) REQUIRE(s == i++);
    for (std::size_t t : b.tgt) REQUIRE(t == j++);
  }
  REQUIRE(i == n);
  REQUIRE(j == m);
}

// Aligns each (src file, tgt file) pair separately and scores the pooled result against the gold files.
Score evaluate(const std::vector<std::array<std::string, 3>>& docs, const std::string& s, const std::string& t) {
  std::vector<Alignment> gold, test;
  for (const auto& [src_file, tgt_file, gold_file] : docs) {
    DocumentPair pair{src_file, text::read_sentences_file(src_file), text::read_sentences_file(tgt_file)};
    test.push_back(align_pair(pair, text::language(s), text::language(t)));
    check_cover(test.back(), pair.src.size(), pair.tgt.size());
    gold.push_back(read_gold(gold_file));
  }
  return score_alignments(gold, test);
}

// NTREX-128 with seeded drops and merges, built by tools/make_align_variants into a temporary directory.
std::array<std::string, 3> ntrex_variant(const std::string& lang, const std::string& code) {
  std::string data = shared_path("data/eval/ntrex128-" + lang + "-en/");
  fs::path out = fs::temp_directory_path() / ("termalign-eval-" + lang + "-" + std::to_string(::getpid()));
  std::string cmd = "python3 " + source_path("tools/make_align_variants") + " " + data + "newstest2019-ref." + code +
                    ".txt " + data + "newstest2019-src.eng.txt " + out.string() + " --seed 1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return {(out / "src.txt").string(), (out / "tgt.txt").string(), (out / "gold.beads").string()};
}
}  // namespace

TEST_CASE("Text+Berg de-fr, 7 test documents pooled: strict F1 floor") {
  std::vector<std::array<std::string, 3>> docs;
  for (int k = 0; k < 7; ++k) {
    std::string base = shared_path("data/eval/textberg-de-fr/test" + std::to_string(k));
    docs.push_back({base + ".de", base + ".fr", base + ".defr"});
  }
  Score s = evaluate(docs, "de", "fr");
  INFO("strict P " << s.precision_strict << " R " << s.recall_strict << " F1 " << s.f1_strict);
  CHECK(s.f1_strict >= 0.88);  // measured 0.893; target 0.85 (hunalign 0.751)
  CHECK(s.f1_lax >= 0.95);     // measured 0.967
}

TEST_CASE("Arabic-English dev pair: strict F1 floor") {
  std::string d = shared_path("data/dev/missile-defense-ar-en/");
  Score s = evaluate({{d + "ar.sent.txt", d + "en.sent.txt", d + "gold.align"}}, "ar", "en");
  INFO("strict P " << s.precision_strict << " R " << s.recall_strict << " F1 " << s.f1_strict);
  CHECK(s.f1_strict >= 0.93);  // measured 0.946; target 0.9
  CHECK(s.f1_lax >= 0.99);     // measured 1.000
}

TEST_CASE("NTREX-128 with drops and merges: strict F1 floors for Arabic-English and Russian-English") {
  auto [lang, code, floor] = GENERATE(table<std::string, std::string, double>({
      {"ar", "arb", 0.965},  // measured 0.978; target 0.92
      {"ru", "rus", 0.970},  // measured 0.983; reported
  }));
  auto files = ntrex_variant(lang, code);
  Score s = evaluate({files}, lang, "en");
  INFO(lang << "-en strict P " << s.precision_strict << " R " << s.recall_strict << " F1 " << s.f1_strict);
  CHECK(s.f1_strict >= floor);
  fs::remove_all(fs::path(files[0]).parent_path());
}
