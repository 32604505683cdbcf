// Gold-standard evaluation of term-pair extraction with stored floors: the shared dev pair (raw texts through
// the full pipeline, and its gold sentences/beads) and our own article pairs under tests/fixtures/terms/.
// Set TERMALIGN_EVAL_VERBOSE=1 to print the wrong and missed pairs.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "align/bead_io.h"
#include "terms/evaluate.h"
#include "terms/extract.h"
#include "terms/pipeline.h"
#include "test_paths.h"
#include "text/lang.h"
#include "text/reader.h"

using namespace termalign;
using termalign::test::shared_path;
using termalign::test::source_path;

namespace {

terms::GoldPairs gold_of(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  return terms::read_gold_terms(in, path);
}

terms::TermScores score(const std::string& name, const std::vector<terms::TermPair>& found,
                        const std::string& gold_path) {
  terms::GoldPairs wrong, missed;
  terms::TermScores s = terms::evaluate_terms(found, gold_of(gold_path), &wrong, &missed);
  std::printf("terms eval %-28s proposed %3zu gold %3zu correct %3zu  P %.3f  R %.3f\n", name.c_str(), s.proposed,
              s.gold, s.correct, s.precision(), s.recall());
  if (std::getenv("TERMALIGN_EVAL_VERBOSE")) {
    for (const auto& [a, b] : wrong) std::printf("  wrong  %s\t%s\n", a.c_str(), b.c_str());
    for (const auto& [a, b] : missed) std::printf("  missed %s\t%s\n", a.c_str(), b.c_str());
  }
  return s;
}

std::vector<terms::TermPair> extract_raw(const std::string& src_file, const std::string& tgt_file,
                                         const std::string& s, const std::string& t) {
  const text::Language& src = text::language(s);
  const text::Language& tgt = text::language(t);
  std::vector<terms::SentencePair> pairs = terms::read_aligned_pairs({{src_file, tgt_file, src_file}}, src, tgt);
  return terms::extract_terms(pairs, src, tgt);
}

struct Floor {
  std::string name;      // fixture folder
  std::string src, tgt;  // language codes = file names <code>.txt
  double precision, recall;
};

}  // namespace

TEST_CASE("dev pair, raw texts through segment, align and extract: stored floors") {
  const std::string dir = shared_path("data/dev/missile-defense-ar-en/");
  terms::TermScores s = score("dev raw", extract_raw(dir + "ar.raw.txt", dir + "en.raw.txt", "ar", "en"),
                              dir + "gold.terms.tsv");
  // Measured 0.846 / 0.846; the issue asks for at least 0.70 / 0.60.
  CHECK(s.precision() >= 0.80);
  CHECK(s.recall() >= 0.80);
}

TEST_CASE("dev pair, gold sentences and gold beads: stored floors") {
  const std::string dir = shared_path("data/dev/missile-defense-ar-en/");
  const text::Language& ar = text::language("ar");
  const text::Language& en = text::language("en");
  std::ifstream beads_in(dir + "gold.align");
  align::Alignment beads = align::read_beads(beads_in, dir + "gold.align");
  std::vector<terms::SentencePair> pairs =
      terms::pairs_from_alignment("dev", text::read_sentences_file(dir + "ar.sent.txt"),
                                  text::read_sentences_file(dir + "en.sent.txt"), beads);
  terms::TermScores s = score("dev gold beads", terms::extract_terms(pairs, ar, en), dir + "gold.terms.tsv");
  CHECK(s.precision() >= 0.80);  // measured 0.846
  CHECK(s.recall() >= 0.80);     // measured 0.846
}

TEST_CASE("own article pairs under tests/fixtures/terms, raw texts: stored floors") {
  auto floor = GENERATE(values<Floor>({
      {"ctbt-ar-en", "ar", "en", 0.77, 0.66},       // measured 0.816 / 0.705
      {"new-start-ru-en", "ru", "en", 0.45, 0.27},  // measured 0.480 / 0.300 (output not lemmatized: «румынии»)
  }));
  const std::string dir = source_path("tests/fixtures/terms/" + floor.name + "/");
  terms::TermScores s = score(floor.name, extract_raw(dir + floor.src + ".txt", dir + floor.tgt + ".txt", floor.src,
                                                      floor.tgt),
                              dir + "gold.terms.tsv");
  CHECK(s.precision() >= floor.precision);
  CHECK(s.recall() >= floor.recall);
}

TEST_CASE("README sample data/samples/npt-review, raw texts: stored floors") {
  // The texts are the shipped sample (read by path); the gold list is ours, under tests/fixtures/terms/.
  terms::TermScores s = score("npt-review sample",
                              extract_raw(source_path("data/samples/npt-review.ar.txt"),
                                          source_path("data/samples/npt-review.en.txt"), "ar", "en"),
                              source_path("tests/fixtures/terms/npt-review-sample/gold.terms.tsv"));
  CHECK(s.precision() >= 0.94);  // measured 1.000 (21 of 21)
  CHECK(s.recall() >= 0.68);     // measured 0.724
}
