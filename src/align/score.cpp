#include "align/score.h"

#include <map>
#include <set>
#include <utility>

namespace termalign::align {
namespace {

using Key = std::pair<std::vector<std::size_t>, std::vector<std::size_t>>;

struct Counts {
  long tp_strict = 0, fp_strict = 0, tp_lax = 0, fp_lax = 0;
};

Counts precision_counts(const Alignment& gold, const Alignment& test) {
  std::set<Key> gold_set, test_set;
  for (const Bead& b : gold)
    if (!b.src.empty() || !b.tgt.empty()) gold_set.insert({b.src, b.tgt});
  for (const Bead& b : test)
    if (!b.src.empty() || !b.tgt.empty()) test_set.insert({b.src, b.tgt});
  std::map<std::size_t, std::set<std::size_t>> src_to_gold_tgt;
  for (const Key& g : gold_set)
    for (std::size_t s : g.first) src_to_gold_tgt[s].insert(g.second.begin(), g.second.end());
  Counts c;
  for (const Key& t : test_set) {
    if (gold_set.contains(t)) {
      ++c.tp_strict;
      ++c.tp_lax;
      continue;
    }
    ++c.fp_strict;
    bool overlap = false;
    for (std::size_t s : t.first) {
      auto it = src_to_gold_tgt.find(s);
      if (it == src_to_gold_tgt.end()) continue;
      for (std::size_t tg : t.second) overlap = overlap || it->second.contains(tg);
    }
    if (overlap) ++c.tp_lax;
    else ++c.fp_lax;
  }
  return c;
}

Alignment two_sided(const Alignment& a) {
  Alignment out;
  for (const Bead& b : a)
    if (!b.src.empty() && !b.tgt.empty()) out.push_back(b);
  return out;
}

double ratio(long a, long b) { return a + b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(a + b); }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

Score score_alignments(const std::vector<Alignment>& gold, const std::vector<Alignment>& test) {
  Counts p, r;
  for (std::size_t d = 0; d < gold.size() && d < test.size(); ++d) {
    Counts pc = precision_counts(gold[d], test[d]);
    Counts rc = precision_counts(two_sided(test[d]), two_sided(gold[d]));
    p.tp_strict += pc.tp_strict, p.fp_strict += pc.fp_strict, p.tp_lax += pc.tp_lax, p.fp_lax += pc.fp_lax;
    r.tp_strict += rc.tp_strict, r.fp_strict += rc.fp_strict, r.tp_lax += rc.tp_lax, r.fp_lax += rc.fp_lax;
  }
  Score s;
  s.precision_strict = ratio(p.tp_strict, p.fp_strict);
  s.recall_strict = ratio(r.tp_strict, r.fp_strict);
  s.precision_lax = ratio(p.tp_lax, p.fp_lax);
  s.recall_lax = ratio(r.tp_lax, r.fp_lax);
  s.f1_strict = f1(s.precision_strict, s.recall_strict);
  s.f1_lax = f1(s.precision_lax, s.recall_lax);
  return s;
}

}  // namespace termalign::align
