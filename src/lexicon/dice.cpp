#include "lexicon/dice.h"

#include <algorithm>
#include <unordered_map>

namespace termalign::lexicon {

namespace {
struct PairHash {
  std::size_t operator()(const std::pair<std::uint64_t, std::uint64_t>& p) const {
    return static_cast<std::size_t>(p.first * 0x9E3779B97F4A7C15ULL ^ (p.second + 0x7F4A7C15ULL + (p.first << 6)));
  }
};
}  // namespace

std::vector<WordPair> learn_dice(const std::vector<SentencePairIds>& pairs, const DiceOptions& options) {
  std::unordered_map<std::uint64_t, std::uint32_t> src_count, tgt_count;
  for (const SentencePairIds& p : pairs) {
    for (std::uint64_t s : p.source) ++src_count[s];
    for (std::uint64_t t : p.target) ++tgt_count[t];
  }
  // Only words seen min_count times can reach min_count co-occurrences: skip the rest early.
  std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t, PairHash> joint;
  std::vector<std::uint64_t> s_keep, t_keep;
  for (const SentencePairIds& p : pairs) {
    s_keep.clear();
    t_keep.clear();
    for (std::uint64_t s : p.source) if (src_count[s] >= options.min_count) s_keep.push_back(s);
    for (std::uint64_t t : p.target) if (tgt_count[t] >= options.min_count) t_keep.push_back(t);
    for (std::uint64_t s : s_keep)
      for (std::uint64_t t : t_keep) ++joint[{s, t}];
  }
  std::vector<WordPair> all;
  for (const auto& [st, c] : joint) {
    if (c < options.min_count) continue;
    double dice = 2.0 * c / (src_count[st.first] + tgt_count[st.second]);
    if (dice >= options.min_dice) all.push_back({st.first, st.second, dice});
  }
  std::sort(all.begin(), all.end(), [](const WordPair& a, const WordPair& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.dice != b.dice) return a.dice > b.dice;
    return a.target < b.target;
  });
  std::vector<WordPair> out;
  for (std::size_t k = 0; k < all.size(); ++k) {
    std::size_t rank = 0;
    while (k - rank > 0 && all[k - rank - 1].source == all[k].source) ++rank;
    if (rank < options.max_per_word) out.push_back(all[k]);
  }
  return out;
}

}  // namespace termalign::lexicon
