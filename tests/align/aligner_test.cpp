// align_pair / align_batch on small real texts with known answers, options errors, robustness, determinism.
#include <catch2/catch.hpp>

#include "sides.h"
#include "align/aligner.h"
#include "base/error.h"
#include "text/lang.h"

using namespace termalign;
using namespace termalign::align;
using termalign::test::Sides;
using termalign::test::sides;
using termalign::test::str;

namespace {

// A German-French pair; variants below drop a source sentence or split a target one.
const std::vector<std::string> kHutDe = {
    "Die Hütte am Piz Buin wurde im Jahr 1912 von der Sektion Engiadina gebaut.",
    "Sie bietet 45 Schlafplätze und ist von Juni bis September bewirtet.",
    "Der Weg dorthin ist steil, bei Nässe gefährlich und im Frühjahr wegen Lawinen oft gesperrt, weshalb die "
    "Sektion an den exponierten Stellen Seile angebracht hat.",
    "Bergführer Hans Meier leitete 1913 die erste Winterbegehung des Silvrettahorns.",
    "Die Tour dauerte 12 Stunden und endete am Gipfel auf 3244 Metern, wo die Gruppe eine Flagge hisste."};
const std::vector<std::string> kHutFr = {
    "La cabane du Piz Buin fut construite en 1912 par la section Engiadina.",
    "Elle offre 45 places et est gardée de juin à septembre.",
    "Le guide Hans Meier conduisit en 1913 la première ascension hivernale du Silvrettahorn.",
    "La course dura 12 heures.",
    "Elle se termina au sommet, à 3244 mètres, où le groupe hissa un drapeau."};

// The French side with its last two sentences joined: the German "Der Weg..." has no translation.
const DocumentPair kHut = {"hut", kHutDe,
                           {kHutFr[0], kHutFr[1], kHutFr[2], kHutFr[3] + " " + kHutFr[4]}};
const Sides kHutGold = {{{0}, {0}}, {{1}, {1}}, {{2}, {}}, {{3}, {2}}, {{4}, {3}}};
// Without the untranslated sentence: the last German sentence is split in two in French.
const DocumentPair kHutSplit = {"hut-split", {kHutDe[0], kHutDe[1], kHutDe[3], kHutDe[4]}, kHutFr};
const Sides kHutSplitGold = {{{0}, {0}}, {{1}, {1}}, {{2}, {2}}, {{3}, {3, 4}}};
}  // namespace

TEST_CASE("a short German-French pair: deletion or split found from names, numbers and the dictionary") {
  auto dict = GENERATE(as<std::string>{}, "auto", "none");
  bool split = GENERATE(false, true);
  AlignOptions o;
  o.dictionary = dict;
  Alignment got = align_pair(split ? kHutSplit : kHut, text::language("de"), text::language("fr"), o);
  CHECK(str(sides(got)) == str(split ? kHutSplitGold : kHutGold));
  for (const Bead& b : got) {
    CHECK(b.confidence >= 0.0);
    CHECK(b.confidence <= 1.0);
  }
}

TEST_CASE("empty sides and ill-formed UTF-8 never throw") {
  const text::Language& de = text::language("de");
  const text::Language& fr = text::language("fr");
  CHECK(str(sides(align_pair({"e", {}, {"a", "b"}}, de, fr))) == str(Sides{{{}, {0}}, {{}, {1}}}));
  CHECK(str(sides(align_pair({"e", {"a"}, {}}, de, fr))) == str(Sides{{{0}, {}}}));
  CHECK(align_pair({"e", {}, {}}, de, fr).empty());
  Alignment bad = align_pair({"bad", {"Haus \xC3\x28 1912.", ""}, {"maison 1912.", ""}}, de, fr);
  std::size_t covered = 0;
  for (const Bead& b : bad) covered += b.src.size();
  CHECK(covered == 2);
}

TEST_CASE("a dictionary path that does not exist is a usage error") {
  AlignOptions o;
  o.dictionary = "/no/such/dictionary.tsv";
  try {
    align_pair(kHut, text::language("de"), text::language("fr"), o);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK_THAT(e.message(), Catch::Contains("/no/such/dictionary.tsv"));
  }
}

TEST_CASE("align_batch: result i belongs to pair i, identical for any thread count") {
  DocumentPair reversed = kHut;
  std::reverse(reversed.src.begin(), reversed.src.end());
  std::reverse(reversed.tgt.begin(), reversed.tgt.end());
  std::vector<DocumentPair> pairs = {kHut, reversed, kHut};
  AlignOptions one, two;
  one.threads = 1;
  two.threads = 2;
  std::vector<Alignment> a = align_batch(pairs, text::language("de"), text::language("fr"), one);
  std::vector<Alignment> b = align_batch(pairs, text::language("de"), text::language("fr"), two);
  REQUIRE(a.size() == 3);
  CHECK(str(sides(a[0])) == str(kHutGold));
  CHECK(str(sides(a[2])) == str(kHutGold));
  CHECK(str(sides(a[1])) == str(Sides{{{0}, {0}}, {{1}, {1}}, {{2}, {}}, {{3}, {2}}, {{4}, {3}}}));
  for (std::size_t k = 0; k < 3; ++k) {
    CHECK(str(sides(a[k])) == str(sides(b[k])));
    for (std::size_t q = 0; q < a[k].size(); ++q) CHECK(a[k][q].confidence == b[k][q].confidence);
  }
}
