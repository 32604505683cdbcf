#include "terms/pairing.h"

#include <algorithm>
#include <cmath>

#include "terms/similarity.h"

namespace termalign::terms {
namespace {

constexpr double kDictionaryLink = 0.9;
constexpr double kMinNameSimilarity = 0.7;
constexpr double kNameWeight = 0.85;  // below a dictionary link: «الصاروخي» is "missile", not "Sergei"
constexpr std::size_t kMaxJoinedWords = 3;  // target words a one-word source name may be written as
constexpr std::uint32_t kMinJoint = 2;
constexpr std::size_t kJointReserve = 1 << 20;  // co-occurring stem pairs expected at least
constexpr double kMaxLearnedLink = 0.7;  // co-occurrence alone never makes a pair pass the default threshold
constexpr double kGapLink = 0.6;      // credit of a gap unit in an anchored consistent pair (coverage_score)
constexpr double kGapMaxLink = 0.4;   // a unit whose best link in the whole other sentence is below this is a gap
constexpr double kAnchorLink = 0.5;   // a unit linked at least this well anchors a pair
constexpr std::size_t kMaxGaps = 2;   // gap units per side that may be credited

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
    if (from == to) continue;  // only the citation form changes
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

// The units one side of a sentence pair is linked by: each word, except that a hyphenated compound links by its
// parts ("Non-Proliferation" → Non, Proliferation; "Nuclear-Test-Ban" → Nuclear, Test, Ban).
struct Units {
  std::vector<const Word*> unit;    // the word or part each unit links as
  std::vector<std::size_t> word;    // the word index of each unit
  std::vector<bool> counted;        // whether a translation must explain the unit
  std::vector<std::size_t> first;   // per word: its first unit; first[words] = number of units
  std::size_t begin(std::size_t w) const { return first[w]; }
  std::size_t end(std::size_t w) const { return first[w + 1]; }
};

Units units_of(const AnalyzedSentence& s) {
  Units u;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    u.first.push_back(u.unit.size());
    if (w.parts.empty()) {
      u.unit.push_back(&w);
      u.word.push_back(i);
      u.counted.push_back(counted(w));
      continue;
    }
    for (const Word& part : w.parts) {
      u.unit.push_back(&part);
      u.word.push_back(i);
      u.counted.push_back(counted(w) && !part.stop);
    }
  }
  u.first.push_back(u.unit.size());
  return u;
}

// Everything pair_spans() needs about one sentence pair: units, their links, and each unit's best link anywhere.
struct LinkTable {
  const AnalyzedSentence *src_s, *tgt_s;
  Units src, tgt;
  std::vector<std::vector<double>> m;  // rows: source units, columns: target units
  std::vector<double> row_best, col_best;
  // A unit no word of the other sentence explains: a gap a consistent pair may hold (see coverage_score).
  bool src_gap(std::size_t u) const { return src.counted[u] && row_best[u] < kGapMaxLink; }
  bool tgt_gap(std::size_t v) const { return tgt.counted[v] && col_best[v] < kGapMaxLink; }
  // Whether word w of one side holds a gap unit.
  bool gap_word(bool source, std::size_t w) const {
    const Units& u = source ? src : tgt;
    for (std::size_t k = u.begin(w); k < u.end(w); ++k) {
      if (source ? src_gap(k) : tgt_gap(k)) return true;
    }
    return false;
  }
};

LinkTable link_table(const AnalyzedSentence& src, const AnalyzedSentence& tgt, const LinkModel& model) {
  LinkTable t{&src, &tgt, units_of(src), units_of(tgt), {}, {}, {}};
  std::vector<LinkModel::Ref> t_words(tgt.words.size()), t_units(t.tgt.unit.size());
  for (std::size_t j = 0; j < tgt.words.size(); ++j) {
    if (!content(tgt.words[j])) continue;
    t_words[j] = model.target(tgt.words[j]);
    for (std::size_t v = t.tgt.begin(j); v < t.tgt.end(j); ++v) {
      t_units[v] = tgt.words[j].parts.empty() ? t_words[j] : model.target(*t.tgt.unit[v]);
    }
  }
  t.m.assign(t.src.unit.size(), std::vector<double>(t.tgt.unit.size(), 0.0));
  for (std::size_t i = 0; i < src.words.size(); ++i) {
    if (!content(src.words[i])) continue;
    LinkModel::Ref whole = model.source(src.words[i]);
    bool compound = !src.words[i].parts.empty();
    for (std::size_t u = t.src.begin(i); u < t.src.end(i); ++u) {
      LinkModel::Ref s = compound ? model.source(*t.src.unit[u]) : whole;
      for (std::size_t v = 0; v < t_units.size(); ++v) {
        if (!t_units[v].word) continue;
        double link = model.link(s, t_units[v]);
        std::size_t j = t.tgt.word[v];
        if (compound || !tgt.words[j].parts.empty()) link = std::max(link, model.link(whole, t_words[j]));
        t.m[u][v] = link;
      }
    }
  }
  t.row_best.assign(t.src.unit.size(), 0.0);
  t.col_best.assign(t.tgt.unit.size(), 0.0);
  for (std::size_t u = 0; u < t.m.size(); ++u) {
    for (std::size_t v = 0; v < t.m[u].size(); ++v) {
      t.row_best[u] = std::max(t.row_best[u], t.m[u][v]);
      t.col_best[v] = std::max(t.col_best[v], t.m[u][v]);
    }
  }
  return t;
}

// One side's coverage of a span by the other side's span: per counted word the mean of its units' best links.
struct SideCover {
  double sum = 0.0;         // over counted words: mean best link of their counted units
  double gap_share = 0.0;   // over counted words: share of their counted units that are gaps
  double gap_links = 0.0;   // the part of `sum` that comes from gap units
  std::size_t words = 0, units = 0, gaps = 0, anchors = 0;
  double mean(bool credit) const {
    if (!words) return 0.0;
    return (sum + (credit ? kGapLink * gap_share - gap_links : 0.0)) / static_cast<double>(words);
  }
};

// `best(unit)` is the unit's best link inside the other span, `gap(unit)` whether it is a gap.
template <typename Best, typename Gap>
SideCover side_cover(const Units& units, Span span, Best best, Gap gap) {
  SideCover c;
  for (std::size_t w = span.begin; w < span.end; ++w) {
    double sum = 0.0, gaps = 0.0, gap_links = 0.0;
    std::size_t n = 0;
    for (std::size_t u = units.begin(w); u < units.end(w); ++u) {
      if (!units.counted[u]) continue;
      double b = best(u);
      sum += b;
      ++n;
      ++c.units;
      if (b >= kAnchorLink) ++c.anchors;
      if (gap(u)) {
        ++c.gaps;
        gaps += 1.0;
        gap_links += b;
      }
    }
    if (!n) continue;
    ++c.words;
    c.sum += sum / static_cast<double>(n);
    c.gap_share += gaps / static_cast<double>(n);
    c.gap_links += gap_links / static_cast<double>(n);
  }
  return c;
}

// Gaps are credited when the pair is consistent and anchored: both sides hold the same number (1-2) of units that
// nothing in the other sentence explains, every other unit is well linked inside the pair (none is explained
// only by a word outside it), and each side has ≥ 2 such anchors ("International Atomic Energy Agency" ↔
// «الوكالة الدولية للطاقة الذرية» with "Atomic" and «الذرية» unknown to the dictionary).
bool credit_gaps(const SideCover& a, const SideCover& b) {
  return a.gaps == b.gaps && a.gaps >= 1 && a.gaps <= kMaxGaps && a.anchors >= 2 && b.anchors >= 2 &&
         a.anchors + a.gaps == a.units && b.anchors + b.gaps == b.units;
}

// Gaps are only credited in names (every counted target unit capitalised) or inside a target compound whose other
// part is linked ("long-range" ↔ «بعيدة المدى» with «المدى» / "range" unknown). In common phrases a gap would
// pair a verb with a verb ("Romania undermine strategic").
bool creditable_target(const LinkTable& t, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
  bool name = true, gaps_in_compounds = true;
  for (std::size_t v = b0; v < b1; ++v) {
    if (!t.tgt.counted[v]) continue;
    if (!t.tgt.unit[v]->capitalized && !t.tgt.unit[v]->all_caps) name = false;
    if (!t.tgt_gap(v)) continue;
    std::size_t j = t.tgt.word[v];
    bool anchored_part = false;
    for (std::size_t p = t.tgt.begin(j); p < t.tgt.end(j) && t.tgt.end(j) - t.tgt.begin(j) > 1; ++p) {
      for (std::size_t u = a0; u < a1 && p != v && !anchored_part; ++u) anchored_part = t.m[u][p] >= kAnchorLink;
    }
    gaps_in_compounds = gaps_in_compounds && anchored_part;
  }
  return name || gaps_in_compounds;
}

// A credited span is closed: a word just outside it that could have extended it (a content word with no
// punctuation between; on the target side a capitalised one on either side, on the source side the next one, as
// Arabic and Russian modifiers follow their head) is not a gap — otherwise the span is a truncation that pairs
// a gap inside with the gap the other side left outside («... исследования проблем» ↔ "... Peace Research
// Institute" when «мира» follows). A gap before a source span is a governing word («لمواجهة قواتها ...»).
bool closed(const LinkTable& t, bool source, Span span) {
  const AnalyzedSentence& s = source ? *t.src_s : *t.tgt_s;
  auto extends = [&](std::size_t w) {
    const Word& word = s.words[w];
    return !word.stop && (source || word.capitalized || word.all_caps) && t.gap_word(source, w);
  };
  if (!source && span.begin > 0 && s.words[span.begin].punct_before.empty() && extends(span.begin - 1)) return false;
  return !(span.end < s.words.size() && s.words[span.end].punct_before.empty() && extends(span.end));
}

// Mutual coverage of two spans: the lower of the two sides' mean best links (stopwords inside names not
// counted), with gap credit (credit_gaps).
double coverage_score(const LinkTable& t, Span a, Span b) {
  std::size_t a0 = t.src.begin(a.begin), a1 = t.src.begin(a.end), b0 = t.tgt.begin(b.begin), b1 = t.tgt.begin(b.end);
  SideCover ca = side_cover(
      t.src, a,
      [&](std::size_t u) {
        double best = 0.0;
        for (std::size_t v = b0; v < b1; ++v) best = std::max(best, t.m[u][v]);
        return best;
      },
      [&](std::size_t u) { return t.src_gap(u); });
  SideCover cb = side_cover(
      t.tgt, b,
      [&](std::size_t v) {
        double best = 0.0;
        for (std::size_t u = a0; u < a1; ++u) best = std::max(best, t.m[u][v]);
        return best;
      },
      [&](std::size_t v) { return t.tgt_gap(v); });
  if (!ca.words || !cb.words) return 0.0;
  bool credit = credit_gaps(ca, cb) && creditable_target(t, a0, a1, b0, b1) && closed(t, true, a) && closed(t, false, b);
  return std::min(ca.mean(credit), cb.mean(credit));
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

// An upper bound of the target side's coverage for every target span, given one source span: per target word
// the mean of its units' best links into the source span (gap units counted at the gap credit when the spans
// could be credited); prefix sums over the words make each target span O(1).
struct TargetBound {
  std::vector<double> plain, gapped;  // prefix sums of per-word bounds without / with gap credit
  std::vector<std::size_t> n, anchors;  // prefix counts of counted words and of possible anchor units
  bool source_anchored = false;         // the source span has ≥ 2 possible anchors
  double of(Span b) const {
    std::size_t count = n[b.end] - n[b.begin];
    if (!count) return 0.0;
    bool credit = source_anchored && anchors[b.end] - anchors[b.begin] >= 2;
    const auto& sums = credit ? gapped : plain;
    return (sums[b.end] - sums[b.begin]) / static_cast<double>(count);
  }
};

std::size_t possible_anchors(const LinkTable& t, Span a) {
  std::size_t n = 0;
  for (std::size_t u = t.src.begin(a.begin); u < t.src.begin(a.end); ++u) n += t.src.counted[u] && t.row_best[u] >= kAnchorLink;
  return n;
}

TargetBound target_bound(const LinkTable& t, Span a, const AnalyzedSentence& tgt) {
  std::size_t words = tgt.words.size(), a0 = t.src.begin(a.begin), a1 = t.src.begin(a.end);
  TargetBound c{std::vector<double>(words + 1, 0.0), std::vector<double>(words + 1, 0.0),
                std::vector<std::size_t>(words + 1, 0), std::vector<std::size_t>(words + 1, 0),
                possible_anchors(t, a) >= 2};
  for (std::size_t j = 0; j < words; ++j) {
    double plain = 0.0, gapped = 0.0;
    std::size_t n = 0, anchors = 0;
    for (std::size_t v = t.tgt.begin(j); v < t.tgt.end(j); ++v) {
      if (!t.tgt.counted[v]) continue;
      double best = 0.0;
      for (std::size_t u = a0; u < a1; ++u) best = std::max(best, t.m[u][v]);
      plain += best;
      bool creditable = t.tgt.unit[v]->capitalized || t.tgt.unit[v]->all_caps || t.tgt.end(j) - t.tgt.begin(j) > 1;
      gapped += creditable && t.tgt_gap(v) ? std::max(best, kGapLink) : best;
      anchors += best >= kAnchorLink ? 1 : 0;
      ++n;
    }
    c.plain[j + 1] = c.plain[j] + (n ? plain / static_cast<double>(n) : 0.0);
    c.gapped[j + 1] = c.gapped[j] + (n ? gapped / static_cast<double>(n) : 0.0);
    c.n[j + 1] = c.n[j] + (n ? 1 : 0);
    c.anchors[j + 1] = c.anchors[j] + anchors;
  }
  return c;
}

// An upper bound of the source side's coverage of span `a`: its units' best links anywhere in the sentence (gap
// units at the gap credit when the span has ≥ 2 possible anchors).
double source_bound(const LinkTable& t, Span a) {
  bool anchored = possible_anchors(t, a) >= 2;
  SideCover c = side_cover(
      t.src, a, [&](std::size_t u) { return t.row_best[u]; }, [&](std::size_t u) { return t.src_gap(u); });
  return c.mean(anchored && c.gaps >= 1);
}

// One source word that a target name writes as several words («نيويورك» ↔ "New York"): the transliteration is
// compared with the target words written together. 0 when the spans are not of that shape or do not match.
struct JoinedName {
  Span span;
  std::string ascii;     // the words' transliterations written together
  std::string skeleton;  // its consonant skeleton
};

// The target candidates of 2-3 capitalised words, written together (computed once per sentence pair).
std::vector<JoinedName> joined_names(const AnalyzedSentence& tgt) {
  std::vector<JoinedName> out;
  for (Span t : tgt.candidates) {
    if (t.size() < 2 || t.size() > kMaxJoinedWords) continue;
    std::string joined;
    bool name = true;
    for (std::size_t j = t.begin; j < t.end && name; ++j) {
      const Word& w = tgt.words[j];
      name = (w.capitalized || w.all_caps) && !w.number && (j == t.begin || w.punct_before.empty());
      joined += w.ascii;
    }
    if (name) out.push_back({t, joined, consonant_skeleton(joined)});
  }
  return out;
}

// `skeleton`: consonant_skeleton(s.ascii).
double joined_name(const Word& s, const std::string& skeleton, bool src_has_case, const JoinedName& t) {
  if (s.stop || s.number || s.ascii.size() < 4 || (src_has_case && !s.capitalized && !s.all_caps)) return 0.0;
  const std::string& a = skeleton;
  if (a.size() < 3 || t.skeleton.empty() || a[0] != t.skeleton[0]) return 0.0;
  double sim = name_similarity(s.ascii, t.ascii);
  return sim >= kMinNameSimilarity ? kNameWeight * sim : 0.0;
}

}  // namespace

std::vector<SpanPair> pair_spans(const AnalyzedSentence& src, const AnalyzedSentence& tgt, const LinkModel& model,
                                 double min_score) {
  std::vector<SpanPair> out;
  if (src.candidates.empty() || tgt.candidates.empty()) return out;
  LinkTable table = link_table(src, tgt, model);
  std::vector<JoinedName> joinable = joined_names(tgt);
  std::vector<bool> linked_tgt(tgt.words.size(), false);
  for (std::size_t v = 0; v < table.col_best.size(); ++v) {
    if (table.col_best[v] > 0.0) linked_tgt[table.tgt.word[v]] = true;
  }
  for (Span s : src.candidates) {
    SpanPair best{s, {}, 0.0};
    std::string skeleton = s.size() == 1 && !joinable.empty() ? consonant_skeleton(src.words[s.begin].ascii) : "";
    for (std::size_t k = 0; s.size() == 1 && k < joinable.size(); ++k) {
      double joined = joined_name(src.words[s.begin], skeleton, model.source_has_case(), joinable[k]);
      if (joined > best.score) best = {s, joinable[k].span, joined};
    }
    if (source_bound(table, s) < std::max(best.score, min_score)) {  // no target span can do better
      if (best.score >= min_score) out.push_back(best);
      continue;
    }
    TargetBound bound = target_bound(table, s, tgt);
    for (Span t : tgt.candidates) {
      if (!linked_tgt[t.begin] || !linked_tgt[t.end - 1]) continue;
      if (bound.of(t) < std::max(best.score, min_score) - 1e-9) continue;  // the score is at most this
      double score = coverage_score(table, s, t);
      bool better = score > best.score + 1e-9 ||
                    (std::abs(score - best.score) <= 1e-9 && t.size() > best.tgt.size());
      if (better) best = {s, t, score};
    }
    if (best.score >= min_score) out.push_back(best);
  }
  return exclusive(std::move(out));
}

}  // namespace termalign::terms
