// The Dice lexicon learner on hand-made co-occurrence data where the right pairs are known.
#include <catch2/catch.hpp>

#include "lexicon/dice.h"

using namespace termalign::lexicon;

TEST_CASE("Dice finds the word pairs that co-occur consistently") {
  // Source words 1, 2, 3 translate as 11, 12, 13; 9 and 19 are "function words" in every pair.
  std::vector<SentencePairIds> pairs = {
      {{1, 2, 9}, {11, 12, 19}},
      {{1, 3, 9}, {11, 13, 19}},
      {{2, 3, 9}, {12, 13, 19}},
      {{1, 9}, {11, 19}},
  };
  std::vector<WordPair> got = learn_dice(pairs, {.min_count = 2, .min_dice = 0.7, .max_per_word = 1});
  std::vector<std::pair<std::uint64_t, std::uint64_t>> ids;
  for (const WordPair& p : got) ids.emplace_back(p.source, p.target);
  std::vector<std::pair<std::uint64_t, std::uint64_t>> expected = {{1, 11}, {2, 12}, {3, 13}, {9, 19}};
  CHECK(ids == expected);
  CHECK(got[0].dice == Approx(1.0));
}

TEST_CASE("Dice options: minimum count, threshold and targets per word") {
  std::vector<SentencePairIds> pairs = {{{1}, {11, 12}}, {{1}, {11, 12}}, {{1}, {11, 13}}, {{2}, {14}}};
  auto count_for = [&](DiceOptions o) { return learn_dice(pairs, o).size(); };
  // 1→11 dice 2·3/(3+3)=1, 1→12 2·2/(3+2)=0.8, 1→13 seen once, 2→14 seen once.
  CHECK(count_for({.min_count = 2, .min_dice = 0.3, .max_per_word = 3}) == 2);
  CHECK(count_for({.min_count = 1, .min_dice = 0.3, .max_per_word = 3}) == 4);
  CHECK(count_for({.min_count = 2, .min_dice = 0.9, .max_per_word = 3}) == 1);
  CHECK(count_for({.min_count = 1, .min_dice = 0.0, .max_per_word = 1}) == 2);
  std::vector<WordPair> sorted = learn_dice(pairs, {.min_count = 2, .min_dice = 0.3, .max_per_word = 3});
  REQUIRE(sorted.size() == 2);
  CHECK(sorted[0].target == 11);
  CHECK(sorted[1].dice == Approx(0.8));
  CHECK(learn_dice({}).empty());
}
