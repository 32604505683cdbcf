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
constexpr std::size_t kJointReserve = 1 << 20;  // co-occurring stem pairs expected at least
constexpr double kMaxLearnedLink = 0.7;  // co-occurrence alone never makes a pair pass the default threshold

bool content(const Word& w) { return !w.stop; }
// Words a translation must explain (initials such as "E." are not expected to).
bool counted(const Word& w) { return !w.stop && !w.initial_letter; }

std::uint64_t pair_key(std::uint32_t s, std::uint32_t t) { return (static_cast<std::uint64_t>(s) << 32) | t; }

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
    if (joint_.empty()) joint_.reserve(kJointReserve);
    src_count_.resize(src_ids_.size());
    tgt_count_.resize(tgt_ids_.size());
    for (std::uint32_t s : s_ids) ++src_count_[s];
    for (std::uint32_t t : t_ids) ++tgt_count_[t];
    for (std::uint32_t s : s_ids) {
      for (std::uint32_t t : t_ids) ++joint_[pair_key(s, t)];
    }
  }
}

// old id → new id for one side, after moving the renamed stems' counts to their new stems.
std::vector<std::uint32_t> LinkModel::renaming(const StemMap& renames, bool source_side) {
  auto& ids = source_side ? src_ids_ : tgt_ids_;
  auto& counts = source_side ? src_count_ : tgt_count_;
  std::vector<std::uint32_t> map(ids.size());
  for (std::uint32_t k = 0; k < map.size(); ++k) map[k] = k;
  for (const auto& [from, to] : renames) {
    auto f = ids.find(from);
    if (f == ids.end()) continue;
    std::uint32_t a = f->second, b = id_of(to, ids);
    counts.resize(ids.size());
    counts[b] += counts[a];
    counts[a] = 0;
    map[a] = b;
  }
  return map;
}

void LinkModel::finish(const StemMap& src_renames, const StemMap& tgt_renames) {
  if (!src_renames.empty() || !tgt_renames.empty()) {
    std::vector<std::uint32_t> smap = renaming(src_renames, true), tmap = renaming(tgt_renames, false);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> moved;
    for (const auto& [key, n] : joint_) {
      auto s = static_cast<std::uint32_t>(key >> 32), t = static_cast<std::uint32_t>(key & 0xffffffffu);
      if (smap[s] != s || tmap[t] != t) moved.emplace_back(key, n);
    }
    for (const auto& [key, n] : moved) {
      auto s = static_cast<std::uint32_t>(key >> 32), t = static_cast<std::uint32_t>(key & 0xffffffffu);
      joint_.erase(key);
      joint_[pair_key(smap[s], tmap[t])] += n;
    }
  }
  dictionary_ids_.assign(src_ids_.size(), {});
  for (const auto& [stem, id] : src_ids_) {
    const auto* targets = dictionary_->targets(stem);
    if (!targets) continue;
    for (const std::string& t : *targets) {
      auto it = tgt_ids_.find(t);
      if (it != tgt_ids_.end()) dictionary_ids_[id].push_back(it->second);
    }
    std::sort(dictionary_ids_[id].begin(), dictionary_ids_[id].end());
  }
}

LinkModel::Ref LinkModel::source(const Word& w) const {
  auto it = src_ids_.find(w.stem);
  return {&w, it == src_ids_.end() ? -1 : static_cast<std::int64_t>(it->second), consonant_skeleton(w.ascii),
          w.number ? digits_of(w.norm) : std::string()};
}

LinkModel::Ref LinkModel::target(const Word& w) const {
  auto it = tgt_ids_.find(w.stem);
  return {&w, it == tgt_ids_.end() ? -1 : static_cast<std::int64_t>(it->second), consonant_skeleton(w.ascii),
          w.number ? digits_of(w.norm) : std::string()};
}

// Could the two words be the same name? Cheap test before the edit distances.
bool LinkModel::name_like(const Ref& s, const Ref& t) const {
  if (tgt_has_case_ && !(t.word->capitalized || t.word->all_caps)) return false;
  if (!tgt_has_case_ && src_has_case_ && !(s.word->capitalized || s.word->all_caps)) return false;
  const std::string &a = s.skeleton, &b = t.skeleton;
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  return a.size() <= 2 * b.size() + 1 && b.size() <= 2 * a.size() + 1;
}

double LinkModel::link(const Ref& s, const Ref& t) const {
  if (!s.digits.empty() || !t.digits.empty()) {
    if (!s.digits.empty() && s.digits == t.digits) return 1.0;
    if (!s.digits.empty() && !t.digits.empty()) return 0.0;
  }
  if (s.word->key == t.word->key) return 1.0;
  if (s.id >= 0 && t.id >= 0) {
    const auto& dict = dictionary_ids_[static_cast<std::size_t>(s.id)];
    if (std::binary_search(dict.begin(), dict.end(), static_cast<std::uint32_t>(t.id))) return kDictionaryLink;
  } else if (dictionary_->contains(s.word->stem, t.word->stem)) {
    return kDictionaryLink;
  }
  double best = 0.0;
  if (name_like(s, t)) {
    double sim = name_similarity(s.word->ascii, t.word->ascii);
    if (sim >= kMinNameSimilarity) best = kNameWeight * sim;
  }
  if (s.id >= 0 && t.id >= 0) {
    auto si = static_cast<std::uint32_t>(s.id), ti = static_cast<std::uint32_t>(t.id);
    auto j = joint_.find(pair_key(si, ti));
    if (j != joint_.end() && j->second >= kMinJoint) {
      double dice = 2.0 * j->second / (src_count_[si] + tgt_count_[ti]);
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
  std::vector<LinkModel::Ref> t_refs(tgt.words.size());
  for (std::size_t j = 0; j < tgt.words.size(); ++j) {
    if (content(tgt.words[j])) t_refs[j] = model.target(tgt.words[j]);
  }
  std::vector<std::vector<double>> m(src.words.size(), std::vector<double>(tgt.words.size(), 0.0));
  for (std::size_t i = 0; i < src.words.size(); ++i) {
    if (!content(src.words[i])) continue;
    LinkModel::Ref s = model.source(src.words[i]);
    for (std::size_t j = 0; j < tgt.words.size(); ++j) {
      if (t_refs[j].word) m[i][j] = model.link(s, t_refs[j]);
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

namespace {

// The target side's mean best link for every target span, given one source span: colbest[j] = max over the
// source span of m[i][j]; prefix sums over the counted target words make each target span O(1).
struct TargetCoverage {
  std::vector<double> sum;        // prefix sums of colbest over counted target words
  std::vector<std::size_t> n;     // prefix counts of counted target words
  double of(Span b) const {
    std::size_t count = n[b.end] - n[b.begin];
    return count ? (sum[b.end] - sum[b.begin]) / static_cast<double>(count) : 0.0;
  }
};

TargetCoverage target_coverage(const std::vector<std::vector<double>>& m, Span a, const AnalyzedSentence& tgt) {
  TargetCoverage c{std::vector<double>(tgt.words.size() + 1, 0.0), std::vector<std::size_t>(tgt.words.size() + 1, 0)};
  for (std::size_t j = 0; j < tgt.words.size(); ++j) {
    double best = 0.0;
    for (std::size_t i = a.begin; i < a.end; ++i) best = std::max(best, m[i][j]);
    bool count = counted(tgt.words[j]);
    c.sum[j + 1] = c.sum[j] + (count ? best : 0.0);
    c.n[j + 1] = c.n[j] + (count ? 1 : 0);
  }
  return c;
}

// An upper bound of the source side's coverage of span `a`: its words' best links anywhere in the sentence.
double source_bound(const std::vector<double>& row_best, const AnalyzedSentence& src, Span a) {
  double sum = 0.0;
  std::size_t n = 0;
  for (std::size_t i = a.begin; i < a.end; ++i) {
    if (!counted(src.words[i])) continue;
    sum += row_best[i];
    ++n;
  }
  return n ? sum / static_cast<double>(n) : 0.0;
}

}  // namespace

std::vector<SpanPair> pair_spans(const AnalyzedSentence& src, const AnalyzedSentence& tgt, const LinkModel& model,
                                 double min_score) {
  std::vector<SpanPair> out;
  if (src.candidates.empty() || tgt.candidates.empty()) return out;
  std::vector<std::vector<double>> m = link_matrix(src, tgt, model);
  std::vector<bool> linked_tgt(tgt.words.size(), false);
  std::vector<double> row_best(src.words.size(), 0.0);
  for (std::size_t i = 0; i < m.size(); ++i) {
    for (std::size_t j = 0; j < m[i].size(); ++j) {
      linked_tgt[j] = linked_tgt[j] || m[i][j] > 0.0;
      row_best[i] = std::max(row_best[i], m[i][j]);
    }
  }
  for (Span s : src.candidates) {
    if (source_bound(row_best, src, s) < min_score) continue;  // no target span can reach min_score
    TargetCoverage cover = target_coverage(m, s, tgt);
    SpanPair best{s, {}, 0.0};
    for (Span t : tgt.candidates) {
      if (!linked_tgt[t.begin] || !linked_tgt[t.end - 1]) continue;
      if (cover.of(t) < std::max(best.score, min_score) - 1e-9) continue;  // the score is at most this
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
