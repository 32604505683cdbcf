#include "check/term_index.h"

#include <algorithm>

#include "text/arabic.h"
#include "text/utf8.h"

namespace termalign::check {
namespace {

constexpr std::size_t kMemoLimit = 1 << 20;  // entries; the memo is cleared when it grows past this
constexpr std::size_t kMinStem = 3;           // code points; shorter stems conflate unrelated words
constexpr std::string_view kFemininePlural = "\u0627\u062A";  // ات

// Snowball's Arabic stemmer leaves «منظومات» as «منظوما» but stems «منظومه» (ة folded to ه) to «منظوم»: strip
// the sound feminine plural first, when at least 4 letters remain («آليات» is not «الي»), so singular and plural meet.
std::string_view strip_feminine_plural(std::string_view base) {
  if (base.size() >= kFemininePlural.size() + 8 && base.ends_with(kFemininePlural))
    return base.substr(0, base.size() - kFemininePlural.size());
  return base;
}

bool contains(const std::vector<std::uint32_t>& v, std::uint32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

TermIndex::TermIndex(const std::vector<glossary::Concept>& concepts, const text::Language& lang)
    : concepts_(&concepts), lang_(&lang), stemmer_(lang) {
  std::vector<std::pair<std::uint32_t, EndingTerm>> ending;  // (node, term), in glossary order
  for (std::size_t c = 0; c < concepts.size(); ++c) {
    for (std::size_t t = 0; t < concepts[c].terms.size(); ++t) {
      const glossary::Term& term = concepts[c].terms[t];
      if (term.lang != lang.code) continue;
      std::vector<text::Token> tokens = text::tokenize(term.text, lang);
      if (tokens.empty()) continue;
      EndingTerm e{static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(t), kNoKey};
      std::uint32_t node = 0;
      for (const text::Token& token : tokens) node = child_or_add(node, intern(term_token_key(token)));
      if (term.case_sensitive) {
        e.surfaces = static_cast<std::uint32_t>(surfaces_.size());
        surfaces_.emplace_back();
        for (const text::Token& token : tokens) surfaces_.back().push_back(token.surface);
      }
      ending.emplace_back(node, e);
      ++term_count_;
    }
  }
  // Compressed rows: the terms of a node are contiguous, and an empty node costs one cache line at most.
  ends_begin_.assign(node_count_ + 1, 0);
  for (const auto& [node, e] : ending) ++ends_begin_[node + 1];
  for (std::size_t n = 0; n < node_count_; ++n) ends_begin_[n + 1] += ends_begin_[n];
  ends_.resize(ending.size());
  std::vector<std::uint32_t> fill(ends_begin_.begin(), ends_begin_.end() - 1);
  for (const auto& [node, e] : ending) ends_[fill[node]++] = e;
  own_ = std::make_unique<Scratch>(*this);
}

std::uint32_t TermIndex::intern(const std::string& key) {
  auto [it, inserted] = key_ids_.try_emplace(key, static_cast<std::uint32_t>(key_ids_.size()));
  return it->second;
}

std::uint32_t TermIndex::lookup(const std::string& key) const {
  auto it = key_ids_.find(key);
  return it == key_ids_.end() ? kNoKey : it->second;
}

std::string TermIndex::base_key(std::string_view base, const text::Stemmer& stemmer) const {
  std::string stem = stemmer.stem(base);
  if (text::count_code_points(stem) < kMinStem) return std::string(base);
  std::size_t at = base.find(stem);
  if (at != 0 && at != std::string_view::npos) return std::string(base.substr(0, at + stem.size()));
  return stem;
}

std::string TermIndex::term_token_key(const text::Token& token) const {
  if (token.kind != text::TokenKind::Word) return token.norm;
  if (lang_->script != text::Script::Arabic) return base_key(token.key, stemmer_);
  std::string base = text::arabic_strip_article(token.norm);
  if (text::count_code_points(base) < kMinStem) base = token.norm;  // «المن» is not «ال» + «من»
  return base_key(strip_feminine_plural(base), stemmer_);
}

std::vector<std::string> TermIndex::token_keys(const text::Token& token, const text::Stemmer& stemmer) const {
  if (token.kind != text::TokenKind::Word) return {token.norm};
  std::vector<std::string> keys;
  auto add = [&keys](std::string k) {
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  };
  if (lang_->script == text::Script::Arabic) {
    for (const text::ArabicSplit& split : text::arabic_analyses(token.norm))
      add(base_key(strip_feminine_plural(split.base), stemmer));
  } else {
    add(base_key(token.key, stemmer));
  }
  return keys;
}

const std::vector<std::uint32_t>& TermIndex::candidates(const text::Token& token, Scratch& scratch) const {
  auto it = scratch.memo_.find(token.norm);
  if (it != scratch.memo_.end()) return it->second;
  std::vector<std::uint32_t> out;
  for (const std::string& key : token_keys(token, scratch.stemmer_)) {
    std::uint32_t id = lookup(key);
    if (id != kNoKey && !contains(out, id)) out.push_back(id);
  }
  return scratch.memo_.emplace(token.norm, std::move(out)).first->second;  // node-based: stays valid until cleared
}

std::uint32_t TermIndex::child_or_add(std::uint32_t node, std::uint32_t key) {
  std::uint32_t child = EdgeTable::kNone;
  if (node == 0) {
    if (root_.size() <= key) root_.resize(key + 1, EdgeTable::kNone);
    child = root_[key];
  } else {
    child = edges_.find(node, key);
  }
  if (child != EdgeTable::kNone) return child;
  child = node_count_++;
  if (node == 0) {
    root_[key] = child;
  } else {
    edges_.insert(node, key, child);
  }
  return child;
}

void TermIndex::emit(std::uint32_t node, std::size_t at, std::size_t depth, const std::vector<text::Token>& tokens,
                     std::vector<TermMatch>& out) const {
  for (std::uint32_t k = ends_begin_[node]; k < ends_begin_[node + 1]; ++k) {
    const EndingTerm& e = ends_[k];
    bool same_case = true;
    if (e.surfaces != kNoKey) {
      const std::vector<std::string>& surfaces = surfaces_[e.surfaces];
      for (std::size_t j = 0; j < surfaces.size() && same_case; ++j) same_case = tokens[at + j].surface == surfaces[j];
    }
    if (same_case)
      out.push_back({e.concept_index, e.term_index, at, at + depth, tokens[at].begin, tokens[at + depth - 1].end});
  }
}

void TermIndex::walk(std::uint32_t node, std::size_t at, std::size_t depth, const std::vector<text::Token>& tokens,
                     const Candidates& cands, std::vector<TermMatch>& out) const {
  emit(node, at, depth, tokens, out);
  if (at + depth >= tokens.size()) return;
  for (std::uint32_t key : *cands[at + depth]) {
    std::uint32_t child = edges_.find(node, key);
    if (child != EdgeTable::kNone) walk(child, at, depth + 1, tokens, cands, out);
  }
}

std::vector<TermMatch> TermIndex::find(const std::vector<text::Token>& tokens, Scratch& scratch) const {
  // Bounded memory; cleared only here, so the pointers into the memo below stay valid.
  if (scratch.memo_.size() >= kMemoLimit) scratch.memo_.clear();
  Candidates cands(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) cands[i] = &candidates(tokens[i], scratch);
  std::vector<TermMatch> matches;
  auto by_term = [this](const TermMatch& a, const TermMatch& b) {
    return a.concept_index != b.concept_index ? a.concept_index < b.concept_index : a.term_index < b.term_index;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::uint32_t key : *cands[i]) {
      std::uint32_t node = key < root_.size() ? root_[key] : EdgeTable::kNone;
      if (node == EdgeTable::kNone) continue;
      emit(node, i, 1, tokens, matches);
      if (i + 1 >= tokens.size()) continue;
      for (std::uint32_t next : *cands[i + 1]) {
        std::uint32_t second = edges_.find(node, next);
        if (second == EdgeTable::kNone) continue;
        std::size_t from = matches.size();
        walk(second, i, 2, tokens, cands, matches);
        std::sort(matches.begin() + static_cast<std::ptrdiff_t>(from), matches.end(), by_term);
      }
    }
  }
  drop_nested(matches);
  return matches;
}

std::size_t TermIndex::EdgeTable::slot(std::uint64_t k) const {
  return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> 20) & (keys_.size() - 1);
}

std::uint32_t TermIndex::EdgeTable::find(std::uint32_t node, std::uint32_t key) const {
  if (keys_.empty()) return kNone;
  std::uint64_t k = (std::uint64_t{node} << 32) | key;
  for (std::size_t i = slot(k);; i = (i + 1) & (keys_.size() - 1)) {
    if (keys_[i] == k) return children_[i];
    if (keys_[i] == kEmpty) return kNone;
  }
}

void TermIndex::EdgeTable::insert(std::uint32_t node, std::uint32_t key, std::uint32_t child) {
  if (2 * (size_ + 1) > keys_.size()) {  // load factor ≤ 1/2
    std::vector<std::uint64_t> old_keys = std::move(keys_);
    std::vector<std::uint32_t> old_children = std::move(children_);
    keys_.assign(std::max<std::size_t>(64, 2 * old_keys.size()), kEmpty);
    children_.assign(keys_.size(), kNone);
    size_ = 0;
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != kEmpty)
        insert(static_cast<std::uint32_t>(old_keys[i] >> 32), static_cast<std::uint32_t>(old_keys[i]), old_children[i]);
    }
  }
  std::uint64_t k = (std::uint64_t{node} << 32) | key;
  std::size_t i = slot(k);
  while (keys_[i] != kEmpty) i = (i + 1) & (keys_.size() - 1);
  keys_[i] = k;
  children_[i] = child;
  ++size_;
}

void drop_nested(std::vector<TermMatch>& matches) {
  // Sweep in (first token ascending, last token descending) order: a match lies strictly inside a longer one
  // exactly when an earlier match with another span reaches at least as far.
  std::vector<std::size_t> order(matches.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const TermMatch &x = matches[a], &y = matches[b];
    return x.first_token != y.first_token ? x.first_token < y.first_token : x.last_token > y.last_token;
  });
  std::vector<bool> nested(matches.size(), false);
  std::size_t reach = 0;  // furthest last_token of the spans before the current group of identical spans
  bool any = false;
  for (std::size_t g = 0; g < order.size();) {
    const TermMatch& head = matches[order[g]];
    std::size_t end = g;
    while (end < order.size() && matches[order[end]].first_token == head.first_token &&
           matches[order[end]].last_token == head.last_token)
      ++end;
    bool inside = any && reach >= head.last_token;
    for (std::size_t k = g; k < end; ++k) nested[order[k]] = inside;
    reach = any ? std::max(reach, head.last_token) : head.last_token;
    any = true;
    g = end;
  }
  std::vector<TermMatch> kept;
  kept.reserve(matches.size());
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (!nested[i]) kept.push_back(matches[i]);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const TermMatch& a, const TermMatch& b) {
    return a.first_token < b.first_token;
  });
  matches = std::move(kept);
}

}  // namespace termalign::check
