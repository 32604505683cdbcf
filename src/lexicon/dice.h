// A translation lexicon learned from sentence pairs by the Dice coefficient over co-occurrence counts.
//
// Words are opaque 64-bit ids (the aligner hashes its matching forms). A pair (s, t) is kept when it co-occurs
// in at least min_count training pairs and 2·c(s,t) / (c(s) + c(t)) ≥ min_dice; each source word keeps its
// max_per_word best targets (ties broken by id, so results are deterministic).
//
//   option        default  meaning
//   min_count     2        minimum co-occurrence count
//   min_dice      0.3      minimum Dice coefficient, in [0, 1]
//   max_per_word  3        targets kept per source word
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace termalign::lexicon {

struct DiceOptions {
  std::size_t min_count = 2;
  double min_dice = 0.3;
  std::size_t max_per_word = 3;
};

struct WordPair {
  std::uint64_t source = 0;
  std::uint64_t target = 0;
  double dice = 0.0;
};

struct SentencePairIds {
  std::vector<std::uint64_t> source;  // distinct word ids of the source sentence
  std::vector<std::uint64_t> target;  // distinct word ids of the target sentence
};

// Sorted by source id, then decreasing Dice.
std::vector<WordPair> learn_dice(const std::vector<SentencePairIds>& pairs, const DiceOptions& options = {});

}  // namespace termalign::lexicon
