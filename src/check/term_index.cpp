#include "check/term_index.h"

#include <algorithm>

#include "text/arabic.h"

namespace termalign::check {
namespace {

constexpr std::size_t kMemoLimit = 1 << 20;  // entries; the memo is cleared when it grows past this
constexpr std::string_view kFemininePlural = "\u0627\u062A";  // ات

// Snowball's Arabic stemmer leaves «منظومات» as «منظوما» but stems «منظومه» (ة folded to ه) to «منظوم»: strip
// the sound feminine plural first, when at least 3 letters remain, so singular and plural meet.
std::string_view strip_feminine_plural(std::string_view base) {
  if (base.size() >= kFemininePlural.size() + 6 && base.ends_with(kFemininePlural))
    return base.substr(0, base.size() - kFemininePlural.size());
  return base;
}

bool contains(const std::vector<std::uint32_t>& v, std::uint32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

TermIndex::TermIndex(const std::vector<glossary::Concept>& concepts, const text::Language& lang)
    : concepts_(&concepts), lang_(&lang), stemmer_(lang) {
  for (std::size_t c = 0; c < concepts.size(); ++c) {
    for (std::size_t t = 0; t < concepts[c].terms.size(); ++t) {
      const glossary::Term& term = concepts[c].terms[t];
      if (term.lang != lang.code) continue;
      std::vector<text::Token> tokens = text::tokenize(term.text, lang);
      if (tokens.empty()) continue;
      IndexedTerm indexed;
      indexed.concept_index = c;
      indexed.term_index = t;
      for (const text::Token& token : tokens) {
        indexed.keys.push_back(intern(term_token_key(token)));
        if (term.case_sensitive) indexed.surfaces.push_back(token.surface);
      }
      std::uint32_t first = indexed.keys.front();
      if (by_first_key_.size() <= first) by_first_key_.resize(first + 1);
      by_first_key_[first].push_back(static_cast<std::uint32_t>(terms_.size()));
      terms_.push_back(std::move(indexed));
    }
  }
}

std::uint32_t TermIndex::intern(const std::string& key) {
  auto [it, inserted] = key_ids_.try_emplace(key, static_cast<std::uint32_t>(key_ids_.size()));
  return it->second;
}

std::uint32_t TermIndex::lookup(const std::string& key) const {
  auto it = key_ids_.find(key);
  return it == key_ids_.end() ? kNoKey : it->second;
}

std::string TermIndex::term_token_key(const text::Token& token) const {
  if (token.kind != text::TokenKind::Word) return token.norm;
  if (lang_->script == text::Script::Arabic)
    return stemmer_.stem(strip_feminine_plural(text::arabic_strip_article(token.norm)));
  return stemmer_.stem(token.key);
}

std::vector<std::string> TermIndex::token_keys(const text::Token& token) const {
  if (token.kind != text::TokenKind::Word) return {token.norm};
  std::vector<std::string> keys;
  auto add = [&keys](std::string k) {
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  };
  if (lang_->script == text::Script::Arabic) {
    for (const text::ArabicSplit& split : text::arabic_analyses(token.norm))
      add(stemmer_.stem(strip_feminine_plural(split.base)));
  } else {
    add(stemmer_.stem(token.key));
  }
  return keys;
}

void TermIndex::candidates(const text::Token& token, std::vector<std::uint32_t>& out) const {
  out.clear();
  auto it = memo_.find(token.norm);
  if (it != memo_.end()) {
    out = it->second;
    return;
  }
  for (const std::string& key : token_keys(token)) {
    std::uint32_t id = lookup(key);
    if (id != kNoKey && !contains(out, id)) out.push_back(id);
  }
  if (memo_.size() >= kMemoLimit) memo_.clear();
  memo_.emplace(token.norm, out);
}

bool TermIndex::matches_at(const IndexedTerm& term, const std::vector<text::Token>& tokens,
                           const std::vector<std::vector<std::uint32_t>>& cands, std::size_t at) const {
  if (at + term.keys.size() > tokens.size()) return false;
  for (std::size_t j = 0; j < term.keys.size(); ++j) {
    if (!contains(cands[at + j], term.keys[j])) return false;
    if (!term.surfaces.empty() && tokens[at + j].surface != term.surfaces[j]) return false;
  }
  return true;
}

std::vector<TermMatch> TermIndex::find(const std::vector<text::Token>& tokens) const {
  std::vector<std::vector<std::uint32_t>> cands(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) candidates(tokens[i], cands[i]);
  std::vector<TermMatch> matches;
  std::vector<std::uint32_t> seen;  // terms already matched at this position (via another candidate key)
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    seen.clear();
    for (std::uint32_t key : cands[i]) {
      if (key >= by_first_key_.size()) continue;
      for (std::uint32_t t : by_first_key_[key]) {
        if (contains(seen, t) || !matches_at(terms_[t], tokens, cands, i)) continue;
        seen.push_back(t);
        std::size_t last = i + terms_[t].keys.size();
        matches.push_back({terms_[t].concept_index, terms_[t].term_index, i, last, tokens[i].begin,
                           tokens[last - 1].end});
      }
    }
  }
  drop_nested(matches);
  return matches;
}

void drop_nested(std::vector<TermMatch>& matches) {
  auto inside = [](const TermMatch& a, const TermMatch& b) {  // a strictly inside b
    return a.first_token >= b.first_token && a.last_token <= b.last_token &&
           a.last_token - a.first_token < b.last_token - b.first_token;
  };
  std::vector<TermMatch> kept;
  for (const TermMatch& m : matches) {
    bool nested = std::any_of(matches.begin(), matches.end(), [&](const TermMatch& o) { return inside(m, o); });
    if (!nested) kept.push_back(m);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const TermMatch& a, const TermMatch& b) {
    return a.first_token < b.first_token;
  });
  matches = std::move(kept);
}

}  // namespace termalign::check
