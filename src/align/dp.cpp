#include "align/dp.h"

#include "base/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace termalign::align {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct BeadType {
  std::uint8_t a, b;  // source and target sentences
  double prior;       // −log P(type)
};
// Priors after Gale & Church (1993), with 1-3 and 3-1 added.
constexpr std::array<BeadType, 8> kTypes{{{1, 1, 0.1}, {1, 0, 0.0}, {0, 1, 0.0}, {2, 1, 2.6}, {1, 2, 2.6},
                                          {2, 2, 4.0}, {3, 1, 4.6}, {1, 3, 4.6}}};

// Row ranges of the band: for each source prefix i, target prefixes [lo[i], hi[i]].
struct Band {
  std::vector<std::size_t> lo, hi, offset;  // offset: start of row i in the flat back-pointer array
  std::size_t cells = 0;
};

Band make_band(std::size_t n, std::size_t m, const Alignment* guide, std::size_t width) {
  std::vector<std::size_t> rmin(n + 1, m), rmax(n + 1, 0);
  if (guide) {
    std::size_t i = 0, j = 0;
    for (const Bead& bead : *guide) {
      std::size_t i1 = i + bead.src.size(), j1 = j + bead.tgt.size();
      for (std::size_t r = i; r <= i1 && r <= n; ++r) {
        rmin[r] = std::min(rmin[r], j);
        rmax[r] = std::max(rmax[r], std::min(j1, m));
      }
      i = i1;
      j = j1;
    }
  } else {
    for (std::size_t i = 0; i <= n; ++i) {
      rmin[i] = (i == 0 ? 0 : i - 1) * m / n;
      rmax[i] = std::min(m, ((std::min(n, i + 1)) * m + n - 1) / n);
    }
  }
  Band band;
  band.lo.resize(n + 1);
  band.hi.resize(n + 1);
  band.offset.resize(n + 2);
  for (std::size_t i = 0; i <= n; ++i) {
    if (rmin[i] > rmax[i]) rmin[i] = rmax[i] = (i > 0 ? band.hi[i - 1] : 0);
    band.lo[i] = rmin[i] > width ? rmin[i] - width : 0;
    band.hi[i] = std::min(m, rmax[i] + width);
    if (i > 0) band.lo[i] = std::max(band.lo[i], band.lo[i - 1]);
  }
  band.lo[0] = 0;
  band.hi[n] = m;
  for (std::size_t i = 0; i <= n; ++i) {
    band.offset[i] = band.cells;
    band.cells += band.hi[i] - band.lo[i] + 1;
  }
  band.offset[n + 1] = band.cells;
  return band;
}

class Search {
 public:
  Search(const DocView& doc, const DpParams& params, const Band& band)
      : doc_(doc), params_(params), band_(band), n_(doc.src_len.size()), m_(doc.tgt_len.size()) {
    src_len_.assign(n_ + 1, 0);
    src_items_.assign(n_ + 1, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      src_len_[i + 1] = src_len_[i] + doc.src_len[i];
      src_items_[i + 1] = src_items_[i] + doc.src_items[i];
    }
    tgt_len_.assign(m_ + 1, 0);
    tgt_items_.assign(m_ + 1, 0);
    for (std::size_t j = 0; j < m_; ++j) {
      tgt_len_[j + 1] = tgt_len_[j] + doc.tgt_len[j];
      tgt_items_[j + 1] = tgt_items_[j] + doc.tgt_items[j];
    }
  }

  Alignment run();

 private:
  bool in_band(std::size_t i, std::size_t j) const { return j >= band_.lo[i] && j <= band_.hi[i]; }
  double& cost_at(std::size_t i, std::size_t j) { return costs_[i % 4][j - band_.lo[i]]; }
  std::uint32_t match(std::size_t i, std::size_t j);  // matches of sentence pair (i−1, j−1)
  double bead_cost(const BeadType& t, std::size_t i, std::size_t j, double* sim);
  void fill_row(std::size_t i);
  Alignment backtrace();

  const DocView& doc_;
  const DpParams& params_;
  const Band& band_;
  std::size_t n_, m_;
  std::vector<double> src_len_, src_items_, tgt_len_, tgt_items_;  // prefix sums
  std::array<std::vector<double>, 4> costs_;
  std::array<std::vector<std::uint32_t>, 3> matches_;              // rows i, i−1, i−2 (by i % 3)
  std::vector<std::uint8_t> back_;                                 // bead type per cell, 255 = none
};

std::uint32_t Search::match(std::size_t i, std::size_t j) {
  if (i >= 1 && j >= 1 && in_band(i, j)) return matches_[i % 3][j - band_.lo[i]];
  return intersection_size(doc_.src_match[i - 1], doc_.tgt_match[j - 1]);
}

double Search::bead_cost(const BeadType& t, std::size_t i, std::size_t j, double* sim) {
  *sim = 0;
  if (t.a == 0 || t.b == 0) return params_.skip_cost;
  double l1 = src_len_[i] - src_len_[i - t.a], l2 = tgt_len_[j] - tgt_len_[j - t.b];
  double ns = src_items_[i] - src_items_[i - t.a], nt = tgt_items_[j] - tgt_items_[j - t.b];
  if (ns + nt > 0) {
    double mm = 0;
    for (std::size_t p = 0; p < t.a; ++p)
      for (std::size_t q = 0; q < t.b; ++q) mm += match(i - p, j - q);
    *sim = 2.0 * std::min(mm, std::min(ns, nt)) / (ns + nt);
  }
  return params_.length.cost(l1, l2) + t.prior - params_.lexical_weight * *sim;
}

void Search::fill_row(std::size_t i) {
  std::size_t lo = band_.lo[i], hi = band_.hi[i];
  std::vector<std::uint32_t>& mrow = matches_[i % 3];
  mrow.assign(hi - lo + 1, 0);
  if (i >= 1 && hi >= 1) {
    // Through the inverted index: the cost of a row does not grow with the band's width.
    auto first = static_cast<std::uint32_t>(std::max<std::size_t>(lo, 1) - 1), last = static_cast<std::uint32_t>(hi - 1);
    for (std::uint64_t id : doc_.src_match[i - 1]) {
      auto it = doc_.tgt_index.find(id);
      if (it == doc_.tgt_index.end()) continue;
      for (auto p = std::lower_bound(it->second.begin(), it->second.end(), first); p != it->second.end() && *p <= last; ++p)
        ++mrow[*p + 1 - lo];
    }
  }
  costs_[i % 4].assign(hi - lo + 1, kInf);
  for (std::size_t j = lo; j <= hi; ++j) {
    double best = i == 0 && j == 0 ? 0.0 : kInf;
    std::uint8_t best_type = 255;
    for (std::uint8_t k = 0; k < kTypes.size(); ++k) {
      const BeadType& t = kTypes[k];
      if (t.a > i || t.b > j || !in_band(i - t.a, j - t.b)) continue;
      double before = cost_at(i - t.a, j - t.b);
      if (before == kInf) continue;
      double sim;
      double total = before + bead_cost(t, i, j, &sim);
      if (total < best) {
        best = total;
        best_type = k;
      }
    }
    cost_at(i, j) = best;
    back_[band_.offset[i] + (j - lo)] = best_type;
  }
}

Alignment Search::backtrace() {
  Alignment beads;
  std::size_t i = n_, j = m_;
  while (i > 0 || j > 0) {
    std::uint8_t k = back_[band_.offset[i] + (j - band_.lo[i])];
    if (k == 255) throw_internal("alignment search found no path through its band");
    const BeadType& t = kTypes[k];
    Bead bead;
    for (std::size_t p = i - t.a; p < i; ++p) bead.src.push_back(p);
    for (std::size_t q = j - t.b; q < j; ++q) bead.tgt.push_back(q);
    double sim;
    double cost = bead_cost(t, i, j, &sim) - t.prior;  // the type's prior says nothing about this bead
    bead.confidence = 1.0 / (1.0 + std::exp(std::clamp(cost, -50.0, 50.0)));
    beads.push_back(std::move(bead));
    i -= t.a;
    j -= t.b;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

Alignment Search::run() {
  std::size_t width = 0;
  for (std::size_t i = 0; i <= n_; ++i) width = std::max(width, band_.hi[i] - band_.lo[i] + 1);
  for (auto& row : costs_) row.reserve(width);
  back_.assign(band_.cells, 255);
  for (std::size_t i = 0; i <= n_; ++i) fill_row(i);
  // The band always admits a path (0-1 and 1-0 beads connect any two cells of adjacent rows in it).
  return backtrace();
}

// Whether the path runs within `margin` of a band edge that is not the document's edge.
bool touches_edge(const Alignment& path, const Band& band, std::size_t m, std::size_t margin) {
  std::size_t i = 0, j = 0;
  for (const Bead& bead : path) {
    i += bead.src.size();
    j += bead.tgt.size();
    if (band.lo[i] > 0 && j < band.lo[i] + margin) return true;
    if (band.hi[i] < m && j + margin > band.hi[i]) return true;
  }
  return false;
}

}  // namespace

namespace {
// −log P(|Z| ≥ δ) tabulated on [0, kMaxDelta] (the DP calls it tens of millions of times; erfc + log dominated
// the profile), linearly interpolated: the error is below 1e-5 nats.
constexpr double kMaxDelta = 20.0;
constexpr int kStepsPerUnit = 512;

const std::vector<double>& tail_cost_table() {
  static const std::vector<double> table = [] {
    std::vector<double> t(static_cast<std::size_t>(kMaxDelta * kStepsPerUnit) + 2);
    for (std::size_t k = 0; k < t.size(); ++k)
      t[k] = -std::log(std::erfc(static_cast<double>(k) / kStepsPerUnit / std::numbers::sqrt2));
    return t;
  }();
  return table;
}
}  // namespace

double LengthModel::cost(double l1, double l2) const {
  double mean = std::max(1.0, (l1 + l2 / ratio) / 2.0);
  double delta = std::abs(l2 - ratio * l1) / std::sqrt(variance * mean);
  if (delta >= kMaxDelta) return delta * delta / 2 + std::log(delta * std::sqrt(std::numbers::pi / 2));  // tail
  static const std::vector<double>& table = tail_cost_table();
  double x = delta * kStepsPerUnit;
  auto k = static_cast<std::size_t>(x);
  double frac = x - static_cast<double>(k);
  return table[k] + frac * (table[k + 1] - table[k]);
}

void DocView::build_index() {
  tgt_index.clear();
  for (std::size_t j = 0; j < tgt_match.size(); ++j)
    for (std::uint64_t id : tgt_match[j]) tgt_index[id].push_back(static_cast<std::uint32_t>(j));
}

std::uint32_t intersection_size(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::uint32_t n = 0;
  auto x = a.begin(), y = b.begin();
  while (x != a.end() && y != b.end()) {
    if (*x < *y) ++x;
    else if (*y < *x) ++y;
    else { ++n; ++x; ++y; }
  }
  return n;
}

Alignment banded_align(const DocView& doc, const DpParams& params, const Alignment* guide) {
  std::size_t n = doc.src_len.size(), m = doc.tgt_len.size();
  Alignment result;
  if (n == 0 || m == 0) {
    for (std::size_t i = 0; i < n; ++i) result.push_back({{i}, {}, 0.0});
    for (std::size_t j = 0; j < m; ++j) result.push_back({{}, {j}, 0.0});
    return result;
  }
  std::size_t width = std::max<std::size_t>(params.band, 4);
  Alignment centre;
  if (guide) centre = *guide;
  // A path that hit the band's edge is first followed with the same width (a local drift, the usual case,
  // costs one more pass of the same size); only when it hits an edge again does the band double.
  bool recentred = false;
  for (;;) {
    Band band = make_band(n, m, centre.empty() ? nullptr : &centre, width);
    result = Search(doc, params, band).run();
    if (width >= params.max_band || !touches_edge(result, band, m, std::max<std::size_t>(2, width / 8))) break;
    if (recentred) width = std::min(params.max_band, width * 2);
    recentred = true;
    centre = result;
  }
  return result;
}

}  // namespace termalign::align
