#include "terms/pairing.h"

#include <algorithm>
#include <cmath>

#include "terms/similarity.h"

namespace termalign::terms {
namespace {

constexpr double kDictionaryLink = 0.9;
constexpr double kMinNameSimilarity = 0.7;
constexpr double kNameWeight = 0.85;  // below a dictionary link: «الصاروخي» is "missile", not "Sergei"
constexpr std::uint32_t kMinJoint = 2;
constexpr double kMaxLearnedLink = 0.7;  // co-occurrence alone never makes a pair pass the default threshold

bool content(const Word& w) { return !w.stop; }
// Words a translation must explain (initials such as "E." are not expected to).
bool counted(const Word& w) { return !w.stop && !w.initial_letter; }

std::uint64_t pair_key(std::uint32_t s, std::uint32_t t) { return (static_cast<std::uint64_t>(s) << 32) | t; }

// Could the two words be the same name? Cheap test before the edit distances.
bool name_like(const Word& s, const Word& t, bool src_has_case, bool tgt_has_case) {
  if (tgt_has_case && !(t.capitalized || t.all_caps)) return false;
  if (!tgt_has_case && src_has_case && !(s.capitalized || s.all_caps)) return false;
  std::string a = consonant_skeleton(s.ascii), b = consonant_skeleton(t.ascii);
  if (a.empty() || b.empty()) return false;
  if (a[0] != b[0]) return false;
  return a.size() <= 2 * b.size() + 1 && b.size() <= 2 * a.size() + 1;
}

}  // namespace

LinkModel::LinkModel(const WordDictionary& dictionary, bool src_has_case, bool tgt_has_case)
    : dictionary_(&dictionary), src_has_case_(src_has_case), tgt_has_case_(tgt_has_case) {}

std::uint32_t LinkModel::id_of(const std::string& stem, std::unordered_map<std::string, std::uint32_t>& ids) {
  auto [it, added] = ids.try_emplace(stem, static_cast<std::uint32_t>(ids.size()));
  return it->second;
}

void LinkModel::learn(const std::vector<AnalyzedSentence>& src, const std::vector<AnalyzedSentence>& tgt) {
  std::vector<std::uint32_t> s_ids, t_ids;
  for (std::size_t k = 0; k < src.size() && k < tgt.size(); ++k) {
    s_ids.clear();
    t_ids.clear();
    for (const Word& w : src[k].words) if (content(w)) s_ids.push_back(id_of(w.stem, src_ids_));
    for (const Word& w : tgt[k].words) if (content(w)) t_ids.push_back(id_of(w.stem, tgt_ids_));
    std::sort(s_ids.begin(), s_ids.end());
    s_ids.erase(std::unique(s_ids.begin(), s_ids.end()), s_ids.end());
    std::sort(t_ids.begin(), t_ids.end());
    t_ids.erase(std::unique(t_ids.begin(), t_ids.end()), t_ids.end());
    src_count_.resize(src_ids_.size());
    tgt_count_.resize(tgt_ids_.size());
    for (std::uint32_t s : s_ids) ++src_count_[s];
    for (std::uint32_t t : t_ids) ++tgt_count_[t];
    for (std::uint32_t s : s_ids) {
      for (std::uint32_t t : t_ids) ++joint_[pair_key(s, t)];
    }
  }
}

double LinkModel::link(const Word& s, const Word& t) const {
  if (s.number || t.number) {
    std::string ds = digits_of(s.norm), dt = digits_of(t.norm);
    if (!ds.empty() && ds == dt) return 1.0;
    if (!ds.empty() && !dt.empty()) return 0.0;
  }
  if (s.key == t.key) return 1.0;
  if (dictionary_->contains(s.stem, t.stem)) return kDictionaryLink;
  double best = 0.0;
  if (name_like(s, t, src_has_case_, tgt_has_case_)) {
    double sim = name_similarity(s.ascii, t.ascii);
    if (sim >= kMinNameSimilarity) best = kNameWeight * sim;
  }
  auto si = src_ids_.find(s.stem), ti = tgt_ids_.find(t.stem);
  if (si != src_ids_.end() && ti != tgt_ids_.end()) {
    auto j = joint_.find(pair_key(si->second, ti->second));
    if (j != joint_.end() && j->second >= kMinJoint) {
      double dice = 2.0 * j->second / (src_count_[si->second] + tgt_count_[ti->second]);
      best = std::max(best, kMaxLearnedLink * dice);
    }
  }
  return best;
}

namespace {

// Mutual coverage of two spans given the link matrix (rows: source words, columns: target words): the lower
// of the two sides' mean best links, stopwords inside names ("of the") not counted.
double coverage_score(const std::vector<std::vector<double>>& m, const AnalyzedSentence& src, Span a,
                      const AnalyzedSentence& tgt, Span b) {
  double cov_a = 0.0, cov_b = 0.0;
  std::size_t n_a = 0, n_b = 0;
  for (std::size_t i = a.begin; i < a.end; ++i) {
    if (!counted(src.words[i])) continue;
    double best = 0.0;
    for (std::size_t j = b.begin; j < b.end; ++j) best = std::max(best, m[i][j]);
    cov_a += best;
    ++n_a;
  }
  for (std::size_t j = b.begin; j < b.end; ++j) {
    if (!counted(tgt.words[j])) continue;
    double best = 0.0;
    for (std::size_t i = a.begin; i < a.end; ++i) best = std::max(best, m[i][j]);
    cov_b += best;
    ++n_b;
  }
  if (n_a == 0 || n_b == 0) return 0.0;
  return std::min(cov_a / static_cast<double>(n_a), cov_b / static_cast<double>(n_b));
}

std::vector<std::vector<double>> link_matrix(const AnalyzedSentence& src, const AnalyzedSentence& tgt,
                                             const LinkModel& model) {
  std::vector<std::vector<double>> m(src.words.size(), std::vector<double>(tgt.words.size(), 0.0));
  for (std::size_t i = 0; i < src.words.size(); ++i) {
    if (!content(src.words[i])) continue;
    for (std::size_t j = 0; j < tgt.words.size(); ++j) {
      if (content(tgt.words[j])) m[i][j] = model.link(src.words[i], tgt.words[j]);
    }
  }
  return m;
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// Within one sentence pair, a target span explains one source stretch: a pair whose target overlaps a better
// pair's target is dropped unless their sources overlap too (nested terms, competing boundaries).
std::vector<SpanPair> exclusive(std::vector<SpanPair> pairs) {
  std::sort(pairs.begin(), pairs.end(), [](const SpanPair& a, const SpanPair& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.src.size() + a.tgt.size() > b.src.size() + b.tgt.size();
  });
  std::vector<SpanPair> kept;
  for (const SpanPair& p : pairs) {
    bool compatible = std::all_of(kept.begin(), kept.end(), [&](const SpanPair& k) {
      if (!overlaps(p.tgt, k.tgt)) return true;
      return overlaps(p.src, k.src);  // competing readings of one source stretch, not two sources for one target
    });
    if (compatible) kept.push_back(p);
  }
  return kept;
}

}  // namespace

std::vector<SpanPair> pair_spans(const AnalyzedSentence& src, const AnalyzedSentence& tgt, const LinkModel& model,
                                 double min_score) {
  std::vector<SpanPair> out;
  if (src.candidates.empty() || tgt.candidates.empty()) return out;
  std::vector<std::vector<double>> m = link_matrix(src, tgt, model);
  std::vector<bool> linked_tgt(tgt.words.size(), false);
  for (const auto& row : m) {
    for (std::size_t j = 0; j < row.size(); ++j) linked_tgt[j] = linked_tgt[j] || row[j] > 0.0;
  }
  for (Span s : src.candidates) {
    SpanPair best{s, {}, 0.0};
    for (Span t : tgt.candidates) {
      if (!linked_tgt[t.begin] || !linked_tgt[t.end - 1]) continue;
      double score = coverage_score(m, src, s, tgt, t);
      bool better = score > best.score + 1e-9 ||
                    (std::abs(score - best.score) <= 1e-9 && t.size() > best.tgt.size());
      if (better) best = {s, t, score};
    }
    if (best.score >= min_score) out.push_back(best);
  }
  return exclusive(std::move(out));
}

}  // namespace termalign::terms
