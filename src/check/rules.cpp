#include "check/rules.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "text/arabic.h"
#include "text/utf8.h"

namespace termalign::check::detail {
namespace {

constexpr std::size_t kMemoLimit = 1 << 20;  // entries per transliteration memo

std::vector<std::string> expected_terms(const Glossary& g, std::size_t c) {
  std::vector<std::string> out;
  for (std::size_t t : g.info[c].accepted_tgt) out.push_back(g.term(c, t).text);
  return out;
}

std::string src_term_name(const Glossary& g, std::size_t c) {
  std::size_t t = g.info[c].display_src;
  return t == static_cast<std::size_t>(-1) ? std::string() : g.term(c, t).text;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += ", ";
    out += fmt::format("\u00AB{}\u00BB", s);
  }
  return out;
}

bool overlaps(const TermMatch& m, std::size_t first, std::size_t last) {
  return m.first_token < last && first < m.last_token;
}

bool is_ascii_word(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

std::size_t ascii_letters(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  }));
}

}  // namespace

Span make_span(const Side& side, std::size_t begin, std::size_t end) {
  Span span;
  span.begin = begin;
  span.end = end;
  FilePosition pos = position_of(side, begin);
  span.line = pos.line;
  span.column = pos.column;
  span.text = side.text.substr(begin, end - begin);
  span.length = text::count_code_points(span.text);
  return span;
}

Finding new_finding(Rule rule, const PairView& view) {
  Finding f;
  f.rule = rule;
  f.severity = severity_of(rule);
  f.pair = view.index;
  f.segment = view.pair->id;
  f.src_line = view.pair->src.lines.empty() ? 0 : view.pair->src.lines.front();
  f.tgt_lines = view.pair->tgt.lines;
  return f;
}

void ByConcept::build(const std::vector<TermMatch>& matches) {
  entries_.clear();
  entries_.reserve(matches.size());
  for (std::size_t i = 0; i < matches.size(); ++i)
    entries_.emplace_back(static_cast<std::uint32_t>(matches[i].concept_index), static_cast<std::uint32_t>(i));
  std::sort(entries_.begin(), entries_.end());  // by concept, then by index: text order within a concept
}

std::span<const ByConcept::Entry> ByConcept::of(std::size_t concept_index) const {
  auto c = static_cast<std::uint32_t>(concept_index);
  auto first = std::lower_bound(entries_.begin(), entries_.end(), Entry{c, 0});
  auto last = std::lower_bound(first, entries_.end(), Entry{c + 1, 0});
  return {first, last};
}

void group_matches(PairView& view) {
  view.src_by_concept.build(view.src_matches);
  view.tgt_by_concept.build(view.tgt_matches);
}

void rule_missing(const Glossary& g, const PairView& view, std::vector<Finding>& out) {
  const std::vector<ByConcept::Entry>& src = view.src_by_concept.all();  // by concept: deterministic output
  std::vector<const TermMatch*> occurrences, found;
  for (std::size_t k = 0; k < src.size();) {
    std::size_t c = src[k].first;
    occurrences.clear();
    for (; k < src.size() && src[k].first == c; ++k) {
      const TermMatch& m = view.src_matches[src[k].second];
      if (g.triggers(c, m.term_index)) occurrences.push_back(&m);
    }
    if (occurrences.empty() || g.info[c].accepted_tgt.empty()) continue;
    found.clear();
    for (const ByConcept::Entry& e : view.tgt_by_concept.of(c)) {
      if (g.accepted(c, view.tgt_matches[e.second].term_index)) found.push_back(&view.tgt_matches[e.second]);
    }
    if (found.size() >= occurrences.size()) continue;
    const TermMatch& first_missing = *occurrences[found.size()];
    Finding f = new_finding(Rule::Missing, view);
    f.concept_id = (*g.concepts)[c].id;
    f.src_term = g.term(c, first_missing.term_index).text;
    f.expected = expected_terms(g, c);
    for (const TermMatch* m : found) {
      if (!f.found.empty()) f.found += "; ";
      f.found += std::string_view(view.pair->tgt.text).substr(m->begin, m->end - m->begin);
    }
    f.src_span = make_span(view.pair->src, first_missing.begin, first_missing.end);
    f.message = found.empty()
                    ? fmt::format("\u00AB{}\u00BB is not translated as {}", f.src_span.text, quoted_list(f.expected))
                    : fmt::format("\u00AB{}\u00BB occurs {} times in the source, its translation {} only {}",
                                  f.src_term, occurrences.size(), quoted_list(f.expected),
                                  found.size() == 1 ? std::string("once") : fmt::format("{} times", found.size()));
    out.push_back(std::move(f));
  }
}

void rule_forbidden(const Glossary& g, const PairView& view, std::vector<Finding>& out) {
  for (const TermMatch& m : view.tgt_matches) {
    if (!g.deprecated(m.concept_index, m.term_index)) continue;
    Finding f = new_finding(Rule::Forbidden, view);
    f.concept_id = (*g.concepts)[m.concept_index].id;
    f.src_term = src_term_name(g, m.concept_index);
    f.expected = expected_terms(g, m.concept_index);
    f.tgt_span = make_span(view.pair->tgt, m.begin, m.end);
    f.found = f.tgt_span.text;
    std::span<const ByConcept::Entry> in_source = view.src_by_concept.of(m.concept_index);
    if (!in_source.empty()) {  // the first in text order
      const TermMatch& s = view.src_matches[in_source.front().second];
      f.src_span = make_span(view.pair->src, s.begin, s.end);
    }
    f.message = f.expected.empty() ? fmt::format("forbidden term \u00AB{}\u00BB", f.found)
                                   : fmt::format("forbidden term \u00AB{}\u00BB: use {}", f.found,
                                                 quoted_list(f.expected));
    out.push_back(std::move(f));
  }
}

TranslitCache::TranslitCache(const text::Language& src, const text::Language& tgt)
    : src_(src),
      tgt_(tgt),
      same_script_(src.script == tgt.script),
      tgt_latin_(tgt.script == text::Script::Latin),
      src_arabic_(src.script == text::Script::Arabic),
      tgt_arabic_(tgt.script == text::Script::Arabic) {}

const std::string& TranslitCache::src_ascii(const std::string& norm) {
  if (src_memo_.size() > kMemoLimit) src_memo_.clear();
  auto [it, inserted] = src_memo_.try_emplace(norm);
  if (!inserted) return it->second;
  // A final ه is mostly a folded ta marbuta, pronounced "a" («انتفاضه» → "intifada", not "antfadh").
  constexpr std::string_view kHa = "\u0647", kAlef = "\u0627";
  if (src_arabic_ && norm.ends_with(kHa)) {
    it->second = src_.to_ascii(norm.substr(0, norm.size() - kHa.size()) + std::string(kAlef));
  } else {
    it->second = src_.to_ascii(norm);
  }
  return it->second;
}

const std::string& TranslitCache::tgt_ascii(const std::string& norm) {
  if (tgt_memo_.size() > kMemoLimit) tgt_memo_.clear();  // bounded memory
  auto [it, inserted] = tgt_memo_.try_emplace(norm);
  if (inserted) it->second = tgt_latin_ && is_ascii_word(norm) ? norm : tgt_.to_ascii(norm);
  return it->second;
}

namespace {

// translit_similarity() is 1 - weighted edit distance / max(weight(a), weight(b)), where a vowel weighs 0.4 and
// any other character 1 and a substitution costs at most 1 (text/translit.cpp). The distance is at least
// |weight(a) - weight(b)|: a bound that skips most windows without running the edit distance.
bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The weight and the multiset of non-vowel characters of an ASCII string. Every non-vowel of one string that
// has no identical partner in the other costs at least 1 (deleted, or substituted at cost 1), so the distance is
// also at least the larger count of unpartnered non-vowels: a second bound, which rejects windows of the right
// length but other consonants.
struct Skeleton {
  double weight = 0;
  std::array<std::uint8_t, 128> counts{};
  Skeleton() = default;
  explicit Skeleton(std::string_view s) {
    for (char c : s) {
      auto u = static_cast<unsigned char>(c);
      weight += vowel(c) ? 0.4 : 1.0;
      if (u < 128 && !vowel(c) && counts[u] < 255) ++counts[u];
    }
  }
  // An upper bound of translit_similarity(a, b).
  static double max_similarity(const Skeleton& a, const Skeleton& b) {
    double worst = std::max(a.weight, b.weight);
    if (worst <= 0) return 0;
    int only_a = 0, only_b = 0;
    for (std::size_t i = 0; i < 128; ++i) {
      int d = int{a.counts[i]} - int{b.counts[i]};
      (d > 0 ? only_a : only_b) += std::abs(d);
    }
    double distance = std::max({std::abs(a.weight - b.weight), double(only_a), double(only_b)});
    return 1.0 - distance / worst;
  }
};

// Whether the window of `n` target tokens from `at` may pass the Skeleton bound, judged from the tokens'
// skeletons (the window is the tokens joined by single spaces) without building the window. The sums run in
// another order than the window's own Skeleton, so a little slack keeps every window that bound keeps.
bool may_be_similar(const Skeleton& src, const std::vector<Skeleton>& tokens, std::size_t at, std::size_t n,
                    double threshold) {
  constexpr double kSlack = 1e-9;
  double weight = static_cast<double>(n - 1);  // the spaces
  for (std::size_t j = 0; j < n; ++j) weight += tokens[at + j].weight;
  double worst = std::max(src.weight, weight);
  double by_weight = worst <= 0 ? 0 : 1.0 - std::abs(src.weight - weight) / worst;
  if (by_weight < threshold - kSlack) return false;  // most windows: before any array is filled
  Skeleton window;
  window.weight = weight;
  std::array<int, 128> counts{};
  counts[' '] = static_cast<int>(n - 1);
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t c = 0; c < 128; ++c) counts[c] += tokens[at + j].counts[c];
  }
  for (std::size_t c = 0; c < 128; ++c) window.counts[c] = static_cast<std::uint8_t>(std::min(counts[c], 255));
  return Skeleton::max_similarity(src, window) >= threshold - kSlack;
}

// text::arabic_key() changes only words that start with one of its prefixes (ال و ف ب ك ل, all encoded with
// the UTF-8 lead byte D8 or D9); other words are their own key, without building the dozen prefixes it tries.
bool may_have_clitic(std::string_view norm) {
  return !norm.empty() && (static_cast<unsigned char>(norm[0]) & 0xFE) == 0xD8;
}

// text::arabic_key(token.norm): text::tokenize() computed it already as the key of an Arabic-script word (its
// other tokens, numbers and punctuation, have no clitics); `held` keeps a key computed here.
std::string_view verbatim_key(const text::Token& token, bool arabic_script, std::vector<std::string>& held) {
  if (arabic_script && token.kind == text::TokenKind::Word) return token.key;
  if (!may_have_clitic(token.norm)) return token.norm;
  return held.emplace_back(text::arabic_key(token.norm));
}

// The target side, prepared once per pair for every source occurrence: views of the tokens' norms where the
// comparison form is the norm itself (most tokens), else of strings held here.
class TargetWords {
 public:
  TargetWords(const PairView& view, bool arabic_script) : tokens_(&view.tgt_tokens) {
    held_.reserve(2 * tokens_->size());  // never reallocates: the views stay valid
    keys_.reserve(tokens_->size());
    for (const text::Token& token : *tokens_) keys_.push_back(verbatim_key(token, arabic_script, held_));
  }
  // text::arabic_key(norm): the verbatim comparison.
  const std::vector<std::string_view>& keys() const { return keys_; }
  // The transliterations (source and target in different scripts), computed on first use.
  const std::vector<std::string_view>& ascii(TranslitCache& translit, bool tgt_latin) {
    if (ascii_.size() == tokens_->size()) return ascii_;
    for (const text::Token& token : *tokens_) {
      bool same = tgt_latin && is_ascii_word(token.norm);  // what tgt_ascii() would return
      ascii_.push_back(same ? std::string_view(token.norm) : hold(translit.tgt_ascii(token.norm)));
      skeletons_.emplace_back(ascii_.back());
    }
    return ascii_;
  }
  // The Skeleton of every transliteration (after ascii()).
  const std::vector<Skeleton>& skeletons() const { return skeletons_; }

 private:
  std::string_view hold(std::string s) { return held_.emplace_back(std::move(s)); }
  const std::vector<text::Token>* tokens_;
  std::vector<std::string> held_;
  std::vector<std::string_view> keys_, ascii_;
  std::vector<Skeleton> skeletons_;
};

// Token window of the target at which the source occurrence reappears: verbatim (normalized, clitics
// stripped) or transliterated. Returns {first, last} tokens, or {0, 0}.
std::pair<std::size_t, std::size_t> find_untranslated(const PairView& view, TargetWords& tgt_words,
                                                      const TermMatch& occ, bool translit_too, TranslitCache& translit,
                                                      const CheckOptions& options) {
  std::size_t n = occ.last_token - occ.first_token;
  const auto& tgt = view.tgt_tokens;
  std::vector<std::string> held;
  held.reserve(n);  // never reallocates: the views stay valid
  std::vector<std::string_view> src_keys;
  std::string src_ascii;
  for (std::size_t i = occ.first_token; i < occ.last_token; ++i) {
    src_keys.push_back(verbatim_key(view.src_tokens[i], translit.src_arabic(), held));
    if (translit.same_script() || !translit_too) continue;
    if (!src_ascii.empty()) src_ascii += ' ';
    src_ascii += translit.src_ascii(view.src_tokens[i].key);
  }
  bool try_translit = !src_ascii.empty() && ascii_letters(src_ascii) >= options.translit_min_length;
  Skeleton src_skeleton(src_ascii);
  const std::vector<std::string_view>& keys = tgt_words.keys();
  const std::vector<std::string_view>* ascii =
      try_translit ? &tgt_words.ascii(translit, translit.tgt_latin()) : nullptr;
  std::string window;
  for (std::size_t at = 0; at + n <= tgt.size(); ++at) {
    bool verbatim = true;
    for (std::size_t j = 0; j < n && verbatim; ++j) verbatim = keys[at + j] == src_keys[j];
    if (verbatim) return {at, at + n};
    if (!try_translit || tgt[at].kind != text::TokenKind::Word) continue;
    if (!may_be_similar(src_skeleton, tgt_words.skeletons(), at, n, options.translit_threshold)) continue;
    window.clear();
    for (std::size_t j = 0; j < n; ++j) {
      if (j) window += ' ';
      window += (*ascii)[at + j];
    }
    if (Skeleton::max_similarity(src_skeleton, Skeleton(window)) < options.translit_threshold) continue;
    if (ascii_letters(window) >= options.translit_min_length &&
        text::translit_similarity(src_ascii, window) >= options.translit_threshold)
      return {at, at + n};
  }
  return {0, 0};
}

}  // namespace

void rule_untranslated(const Glossary& g, const PairView& view, TranslitCache& translit, std::vector<Finding>& out) {
  std::vector<std::pair<std::size_t, std::size_t>> reported;
  std::optional<TargetWords> tgt_words;
  for (const TermMatch& occ : view.src_matches) {
    std::size_t c = occ.concept_index;
    if (g.info[c].accepted_tgt.empty()) continue;
    if (!tgt_words) tgt_words.emplace(view, translit.tgt_arabic());
    // A transliteration is looked for only when the concept has fewer translations than source occurrences in
    // this pair (the edit distance over every target window is the costly part of the check).
    std::span<const ByConcept::Entry> in_target = view.tgt_by_concept.of(c);
    bool translit_too = in_target.size() < view.src_by_concept.of(c).size();
    auto window = find_untranslated(view, *tgt_words, occ, translit_too, translit, *g.options);
    auto [first, last] = window;
    if (first == last || std::find(reported.begin(), reported.end(), window) != reported.end()) continue;
    // A window that is (part of) a glossary target term of the concept is its translation, e.g. a cognate.
    bool is_translation = std::any_of(in_target.begin(), in_target.end(), [&](const ByConcept::Entry& e) {
      return overlaps(view.tgt_matches[e.second], first, last);
    });
    if (is_translation) continue;
    reported.push_back(window);
    Finding f = new_finding(Rule::Untranslated, view);
    f.concept_id = (*g.concepts)[c].id;
    f.src_term = g.term(c, occ.term_index).text;
    f.expected = expected_terms(g, c);
    f.src_span = make_span(view.pair->src, occ.begin, occ.end);
    f.tgt_span = make_span(view.pair->tgt, view.tgt_tokens[first].begin, view.tgt_tokens[last - 1].end);
    f.found = f.tgt_span.text;
    f.message = fmt::format("\u00AB{}\u00BB is left untranslated as \u00AB{}\u00BB; use {}", f.src_span.text, f.found,
                            quoted_list(f.expected));
    out.push_back(std::move(f));
  }
}

}  // namespace termalign::check::detail
