// The banded dynamic-programming search behind align_pair (internal to the align stage).
//
// A bead's cost (nats) = Gale–Church length cost + prior of its type − lexical_weight · similarity, where
// similarity = 2·matches / (items_src + items_tgt) ∈ [0, 1] and matches counts the target items that a
// source sentence's items (translations, numbers, skeletons, punctuation) find in the target sentences.
// 1-0 and 0-1 beads cost skip_cost. Confidence of a bead = 1 / (1 + e^(cost − prior)).
//
// The search visits, for each source prefix i, only target prefixes within `band` of a guide path (the
// diagonal, or a previous alignment); when the best path comes within band/8 of an edge that is not the
// document's edge, the band is re-centred on that path, doubled (up to max_band) and the search repeated.
// Memory: one byte per visited cell plus four rows of costs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "align/bead.h"

namespace termalign::align {

// Gale–Church on code points: δ = (l2 − ratio·l1) / sqrt(variance · mean length); cost = −log P(|Z| ≥ |δ|).
struct LengthModel {
  double ratio = 1.0;     // target code points per source code point
  double variance = 6.8;  // per code point
  double cost(double l1, double l2) const;
};

// What the DP reads about one document pair; all vectors indexed by sentence.
struct DocView {
  std::vector<std::uint32_t> src_len, tgt_len;            // code points
  std::vector<std::uint32_t> src_items, tgt_items;        // lexical item counts (similarity denominators)
  std::vector<std::vector<std::uint64_t>> src_match;      // sorted ids a source sentence can match
  std::vector<std::vector<std::uint64_t>> tgt_match;      // sorted ids of a target sentence
  // id → ascending target sentences whose tgt_match holds it (build_index() fills it from tgt_match)
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> tgt_index;
  void build_index();
};

struct DpParams {
  LengthModel length;
  double lexical_weight = 20.0;  // nats per unit similarity
  double skip_cost = 4.0;       // nats per 1-0 / 0-1 bead
  std::size_t band = 30;        // initial half-width (target sentences)
  std::size_t max_band = 2000;  // largest half-width
};

// Number of ids in both sorted vectors.
std::uint32_t intersection_size(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Aligns the document; `guide` (optional) is a previous alignment of the same pair to centre the band on.
Alignment banded_align(const DocView& doc, const DpParams& params, const Alignment* guide = nullptr);

}  // namespace termalign::align
