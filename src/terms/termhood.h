// Pair statistics and termhood: which counted (source group, target group) pairs become proposed terms.
// Internal to src/terms; the rules are documented in extract.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "terms/groups.h"

namespace termalign::terms {

struct ExtractOptions;

struct ScoredPair {
  std::uint32_t src = 0;              // source group id
  std::uint32_t tgt = 0;              // target group id
  double score = 0.0;                 // final score in [0, 1]
  std::size_t count = 0;              // sentence pairs
  std::vector<std::size_t> evidence;  // sentence pair indices
};

class PairTable {
 public:
  PairTable(const text::Language& src, const text::Language& tgt, ProperWords src_proper, ProperWords tgt_proper);

  Groups& source_groups() { return src_; }
  Groups& target_groups() { return tgt_; }
  const Groups& source_groups() const { return src_; }
  const Groups& target_groups() const { return tgt_; }
  const text::Language& source_language() const { return *src_lang_; }
  const text::Language& target_language() const { return *tgt_lang_; }

  // Counts the pair once per sentence pair (keeping its best coverage there); `alias`: the pair was inherited
  // from a parenthesised short form.
  void add(std::uint32_t src, std::uint32_t tgt, double coverage, std::size_t sentence, std::size_t max_evidence,
           bool alias = false);
  // Final scores: mean coverage · (0.75 + 0.25 · Dice), times the C-value factor when `use_cvalue`. A pair seen
  // as an alias takes Dice 1: the short form shares its target, so the target is expected to be more frequent.
  std::vector<ScoredPair> score(bool use_cvalue) const;

 private:
  struct Stat {
    std::uint32_t count = 0;
    double coverage_sum = 0.0;
    double last_coverage = 0.0;
    bool alias = false;
    std::size_t last = static_cast<std::size_t>(-1);
    std::vector<std::size_t> evidence;
  };
  std::vector<double> cvalue_factors() const;
  const text::Language* src_lang_;
  const text::Language* tgt_lang_;
  Groups src_, tgt_;
  std::unordered_map<std::uint64_t, Stat> stats_;
};

// Every pair, best first.
std::vector<ScoredPair> rank_all(std::vector<ScoredPair> pairs, const ExtractOptions& options);
// The default output: the termhood filters of extract.h, best first.
std::vector<ScoredPair> select_terms(const std::vector<ScoredPair>& pairs, const PairTable& table,
                                     const ExtractOptions& options);

}  // namespace termalign::terms
