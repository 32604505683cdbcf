#include "terms/termhood.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "terms/extract.h"
#include "text/normalize.h"

namespace termalign::terms {
namespace {

constexpr double kCoverageWeight = 0.75;
constexpr std::size_t kMaxCommonTargetWords = 3;
constexpr std::size_t kMaxCommonSourceWords = 4;
constexpr double kScoreTie = 1e-6;

std::uint64_t key_of(std::uint32_t s, std::uint32_t t) { return (static_cast<std::uint64_t>(s) << 32) | t; }

bool better(const ScoredPair& a, const ScoredPair& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.count != b.count) return a.count > b.count;
  return a.src != b.src ? a.src < b.src : a.tgt < b.tgt;
}

// The stems of a group key ("a b c " → {a, b, c}).
std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i] != ' ') continue;
    out.push_back(key.substr(start, i - start));
    start = i + 1;
  }
  return out;
}

// Group ids of every contiguous part of a group (the group itself included).
std::vector<std::uint32_t> parts_of(const Groups& groups, std::uint32_t id) {
  std::vector<std::string> stems = split_key(groups.key(id));
  std::vector<std::uint32_t> out;
  for (std::size_t b = 0; b < stems.size(); ++b) {
    std::string key;
    for (std::size_t e = b; e < stems.size(); ++e) {
      (key += stems[e]) += ' ';
      if (auto found = groups.find(key)) out.push_back(*found);
    }
  }
  return out;
}

}  // namespace

PairTable::PairTable(const text::Language& src, const text::Language& tgt,
                     ProperWords src_proper, ProperWords tgt_proper)
    : src_lang_(&src), tgt_lang_(&tgt), src_(src, std::move(src_proper)), tgt_(tgt, std::move(tgt_proper)) {}

void PairTable::add(std::uint32_t src, std::uint32_t tgt, double coverage, std::size_t sentence,
                    std::size_t max_evidence, bool alias) {
  Stat& s = stats_[key_of(src, tgt)];
  s.alias = s.alias || alias;
  if (s.last == sentence) {
    if (coverage > s.last_coverage) {
      s.coverage_sum += coverage - s.last_coverage;
      s.last_coverage = coverage;
    }
    return;
  }
  ++s.count;
  s.coverage_sum += coverage;
  s.last_coverage = coverage;
  s.last = sentence;
  if (s.evidence.size() < max_evidence) s.evidence.push_back(sentence);
}

// C-value of each source group (Frantzi et al.): log2(1 + words) · (freq − mean freq of the longer candidates
// containing it), mapped to a factor in [0.6, 1].
std::vector<double> PairTable::cvalue_factors() const {
  std::vector<double> nested_sum(src_.size(), 0.0);
  std::vector<std::uint32_t> nested_count(src_.size(), 0);
  for (std::uint32_t g = 0; g < src_.size(); ++g) {
    for (std::uint32_t part : parts_of(src_, g)) {
      if (part == g) continue;
      nested_sum[part] += src_[g].sentences;
      ++nested_count[part];
    }
  }
  std::vector<double> factors(src_.size(), 1.0);
  for (std::uint32_t g = 0; g < src_.size(); ++g) {
    double freq = src_[g].sentences;
    if (nested_count[g]) freq -= nested_sum[g] / nested_count[g];
    double c = std::log2(1.0 + src_[g].words) * freq;
    factors[g] = std::clamp(0.6 + 0.4 * c / 2.0, 0.6, 1.0);
  }
  return factors;
}

std::vector<ScoredPair> PairTable::score(bool use_cvalue) const {
  std::vector<double> factors = use_cvalue ? cvalue_factors() : std::vector<double>();
  std::vector<ScoredPair> out;
  out.reserve(stats_.size());
  for (const auto& [key, stat] : stats_) {
    auto s = static_cast<std::uint32_t>(key >> 32), t = static_cast<std::uint32_t>(key & 0xffffffffu);
    double coverage = stat.coverage_sum / stat.count;
    double dice = stat.alias ? 1.0 : 2.0 * stat.count / (src_[s].sentences + tgt_[t].sentences);
    double score = coverage * (kCoverageWeight + (1.0 - kCoverageWeight) * std::min(1.0, dice));
    if (use_cvalue) score *= factors[s];
    out.push_back({s, t, score, stat.count, stat.evidence});
  }
  std::sort(out.begin(), out.end(), better);
  return out;
}

std::vector<ScoredPair> rank_all(std::vector<ScoredPair> pairs, const ExtractOptions& /*options*/) {
  std::sort(pairs.begin(), pairs.end(), better);
  return pairs;
}

namespace {

// A single word that is an adjective rather than a name: Arabic nisba with the article («الأمريكية»), Russian
// adjective endings («американская»), English nationality adjectives ("American", "Chinese").
bool adjective_like(const std::string& word, const text::Language& lang) {
  std::string norm = text::normalize_for_match(word);
  auto ends = [&](std::initializer_list<std::string_view> endings) {
    for (std::string_view e : endings) {
      if (norm.size() > e.size() + 4 && norm.ends_with(e)) return true;
    }
    return false;
  };
  if (lang.code == "ar") return norm.starts_with("\u0627\u0644") && ends({"\u064A\u0647", "\u064A"});
  if (lang.code == "ru")
    return ends({"ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их"});
  if (lang.code == "en") return ends({"ian", "ean", "can", "ese", "ish"});
  return false;
}

bool is_name(const PairTable& table, const ScoredPair& p) {
  return table.source_groups()[p.src].proper || table.target_groups()[p.tgt].proper;
}

// Threshold, single common words, overlong common phrases.
bool passes_basic(const PairTable& table, const ScoredPair& p, const ExtractOptions& options) {
  if (p.score < options.threshold) return false;
  std::size_t sw = table.source_groups()[p.src].content, tw = table.target_groups()[p.tgt].content;
  if (sw == 1 && tw == 1 && (adjective_like(table.source_groups().canonical(p.src), table.source_language()) ||
                             adjective_like(table.target_groups().canonical(p.tgt), table.target_language())))
    return false;
  if (is_name(table, p)) return true;
  if (tw == 1) return false;
  return tw <= kMaxCommonTargetWords && sw <= kMaxCommonSourceWords;
}

// Arabic → English: a nested pair whose Arabic side opens with a nisba adjective («النووية الاستراتيجية») and
// whose English side is the outer target without its head noun ("strategic nuclear" of "strategic nuclear
// forces") is a string of modifiers, not a term, however often it occurs.
bool modifier_fragment(const ScoredPair& inner, const ScoredPair& outer, const PairTable& table) {
  if (table.source_language().script != text::Script::Arabic) return false;
  const std::string& tk = table.target_groups().key(inner.tgt);
  const std::string& outer_tk = table.target_groups().key(outer.tgt);
  if (tk.size() >= outer_tk.size() || !outer_tk.starts_with(tk)) return false;
  std::string source = table.source_groups().canonical(inner.src);
  return adjective_like(source.substr(0, source.find(' ')), table.source_language());
}

// Drops pairs only ever seen inside a longer pair, and longer pairs a more frequent nested pair explains.
void drop_nested(std::vector<ScoredPair>& kept, const PairTable& table) {
  std::unordered_map<std::uint64_t, std::size_t> index;
  for (std::size_t i = 0; i < kept.size(); ++i) index[key_of(kept[i].src, kept[i].tgt)] = i;
  std::vector<bool> drop(kept.size(), false);
  for (std::size_t q = 0; q < kept.size(); ++q) {
    const ScoredPair& outer = kept[q];
    std::vector<std::uint32_t> tparts = parts_of(table.target_groups(), outer.tgt);
    for (std::uint32_t sp : parts_of(table.source_groups(), outer.src)) {
      for (std::uint32_t tp : tparts) {
        if (sp == outer.src && tp == outer.tgt) continue;
        auto it = index.find(key_of(sp, tp));
        if (it == index.end()) continue;
        const ScoredPair& inner = kept[it->second];
        if (modifier_fragment(inner, outer, table)) {  // "strategic nuclear" inside "strategic nuclear forces"
          drop[it->second] = true;
          continue;
        }
        if (tp == outer.tgt) {  // the same target from a shorter source: the better explanation wins
          drop[inner.score > outer.score + kScoreTie ? q : it->second] = true;
          continue;
        }
        if (sp == outer.src && inner.score > outer.score + kScoreTie) {  // a shorter target explains it better
          drop[q] = true;
          continue;
        }
        if (outer.count >= inner.count) drop[it->second] = true;
        bool outer_extra_unexplained = !table.target_groups()[outer.tgt].proper;
        if (inner.count > outer.count && outer_extra_unexplained) drop[q] = true;
      }
    }
  }
  std::vector<ScoredPair> out;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (!drop[i]) out.push_back(std::move(kept[i]));
  }
  kept = std::move(out);
}

// The group of a key made of stems[b, e), if any.
std::optional<std::uint32_t> group_of(const Groups& groups, const std::vector<std::string>& stems, std::size_t b,
                                      std::size_t e) {
  std::string key;
  for (std::size_t i = b; i < e; ++i) (key += stems[i]) += ' ';
  return groups.find(key);
}

// Whether a word stem is a coordinating conjunction ("and", «و» written apart, "и", "et", "und").
bool coordinator(const std::string& stem) {
  static const std::unordered_set<std::string> kCoordinators = {"and", "و", "и", "et", "und"};
  return kCoordinators.count(stem) > 0;
}

// A pair that is two pairs side by side is not a term of its own: a title and a name ("Russian Deputy Foreign
// Minister" + "Sergei Ryabkov", each target half ≥ 2 words), or two coordinated terms ("United States and
// Russia" ↔ «الولايات المتحدة وروسيا», halves of any length around the conjunction; a source conjunction is a
// proclitic or a word of its own). Each half pairs with the source half in the same order — a crossed split is
// how modifiers are ordered inside one term («منظمة معاهدة ...» ↔ "... Treaty Organization").
// Returns the number of target words before the split (0 = not decomposable).
std::size_t decomposable(const ScoredPair& p, const PairTable& table, const std::unordered_set<std::uint64_t>& good) {
  std::vector<std::string> ts = split_key(table.target_groups().key(p.tgt));
  std::vector<std::string> ss = split_key(table.source_groups().key(p.src));
  for (std::size_t k = 1; k + 1 < ts.size(); ++k) {
    bool coordinated = coordinator(ts[k]);
    if (!coordinated && (k < 2 || k + 2 > ts.size())) continue;
    auto tl = group_of(table.target_groups(), ts, 0, k);
    auto tr = group_of(table.target_groups(), ts, coordinated ? k + 1 : k, ts.size());
    if (!tl || !tr) continue;
    for (std::size_t j = 1; j < ss.size(); ++j) {
      std::size_t right = coordinated && coordinator(ss[j]) ? j + 1 : j;
      if (right >= ss.size()) continue;
      auto sl = group_of(table.source_groups(), ss, 0, j), sr = group_of(table.source_groups(), ss, right, ss.size());
      if (sl && sr && good.count(key_of(*sl, *tl)) && good.count(key_of(*sr, *tr))) return k;
    }
  }
  return 0;
}

// Whether the target of `p` is a stretch of `outer`'s target that crosses its split ("... Minister Sergei").
bool crosses_split(const ScoredPair& p, const ScoredPair& outer, std::size_t split, const PairTable& table) {
  if (p.tgt == outer.tgt) return false;
  const std::string& key = table.target_groups().key(p.tgt);
  std::vector<std::string> ts = split_key(table.target_groups().key(outer.tgt));
  for (std::size_t b = 0; b < split; ++b) {
    std::string part;
    for (std::size_t e = b; e < ts.size(); ++e) {
      (part += ts[e]) += ' ';
      if (e >= split && part == key) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<ScoredPair> select_terms(const std::vector<ScoredPair>& pairs, const PairTable& table,
                                     const ExtractOptions& options) {
  std::unordered_set<std::uint64_t> good;
  for (const ScoredPair& p : pairs) {
    if (p.score >= options.threshold) good.insert(key_of(p.src, p.tgt));
  }
  std::vector<ScoredPair> kept;
  std::vector<std::pair<const ScoredPair*, std::size_t>> splits;
  for (const ScoredPair& p : pairs) {
    if (!passes_basic(table, p, options)) continue;
    if (std::size_t split = decomposable(p, table, good)) splits.emplace_back(&p, split);
    else kept.push_back(p);
  }
  std::erase_if(kept, [&](const ScoredPair& p) {
    return std::any_of(splits.begin(), splits.end(),
                       [&](const auto& d) { return crosses_split(p, *d.first, d.second, table); });
  });
  drop_nested(kept, table);
  std::sort(kept.begin(), kept.end(), [](const ScoredPair& a, const ScoredPair& b) {
    double wa = a.score * (1.0 + 0.1 * std::log(static_cast<double>(a.count)));
    double wb = b.score * (1.0 + 0.1 * std::log(static_cast<double>(b.count)));
    return wa != wb ? wa > wb : better(a, b);
  });
  std::unordered_set<std::uint32_t> seen_src;
  std::vector<ScoredPair> out;
  for (ScoredPair& p : kept) {
    if (seen_src.insert(p.src).second) out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), better);
  return out;
}

}  // namespace termalign::terms
