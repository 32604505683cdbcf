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

}  // namespace

std::vector<text::Token> match_tokens(std::string_view text, const text::Language& lang) {
  std::vector<text::Token> tokens = text::tokenize(text, lang);
  auto joining_hyphen = [&](std::size_t i) {
    const text::Token& t = tokens[i];
    bool hyphen = t.kind == text::TokenKind::Punct &&
                  (t.surface == "-" || t.surface == "\u2010" || t.surface == "\u2011");  // hyphen-minus, hyphen, nb hyphen
    return hyphen && i > 0 && i + 1 < tokens.size() && tokens[i - 1].kind != text::TokenKind::Punct &&
           tokens[i + 1].kind != text::TokenKind::Punct && tokens[i - 1].end == t.begin && t.end == tokens[i + 1].begin;
  };
  std::vector<std::size_t> drop;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (joining_hyphen(i)) drop.push_back(i);
  }
  if (drop.empty()) return tokens;
  std::size_t out = 0, next = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (next < drop.size() && drop[next] == i) {
      ++next;
      continue;
    }
    if (out != i) tokens[out] = std::move(tokens[i]);
    ++out;
  }
  tokens.resize(out);
  return tokens;
}

TermIndex::TermIndex(const std::vector<glossary::Concept>& concepts, const text::Language& lang)
    : concepts_(&concepts), lang_(&lang), stemmer_(lang) {
  std::vector<std::pair<std::uint32_t, EndingTerm>> ending;  // (node, term), in glossary order
  for (std::size_t c = 0; c < concepts.size(); ++c) {
    for (std::size_t t = 0; t < concepts[c].terms.size(); ++t) {
      const glossary::Term& term = concepts[c].terms[t];
      if (term.lang != lang.code) continue;
      std::vector<text::Token> tokens = match_tokens(term.text, lang);
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
  auto flag = [this](std::uint32_t& ref) {
    if (ref != EdgeTable::kNone && ends_begin_[ref] != ends_begin_[ref + 1]) ref |= kEndsHere;
  };
  for (std::uint32_t& ref : root_) flag(ref);
  edges_.for_each_edge([&](std::uint32_t, std::uint32_t, std::uint32_t& ref) { flag(ref); });
  compress_edges();
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

void TermIndex::Scratch::clear() {
  slots_.clear();
  norms_.clear();
  begin_.assign(1, 0);
  keys_.clear();
}

void TermIndex::Scratch::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(1024, 2 * old.size()), Slot{});
  std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.entry == kEmptySlot) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].entry != kEmptySlot) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

std::uint32_t TermIndex::memo_entry(const text::Token& token, Scratch& scratch) const {
  if (2 * (scratch.norms_.size() + 1) > scratch.slots_.size()) scratch.grow();
  std::uint64_t hash = std::hash<std::string_view>{}(token.norm);
  std::size_t mask = scratch.slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; scratch.slots_[i].entry != Scratch::kEmptySlot; i = (i + 1) & mask) {
    const Scratch::Slot& slot = scratch.slots_[i];
    if (slot.hash == hash && scratch.norms_[slot.entry] == token.norm) return slot.entry;
  }
  auto entry = static_cast<std::uint32_t>(scratch.norms_.size());
  scratch.slots_[i] = {hash, entry};
  scratch.norms_.push_back(token.norm);
  std::size_t first = scratch.keys_.size();
  for (const std::string& key : token_keys(token, scratch.stemmer_)) {
    std::uint32_t id = lookup(key);
    bool seen = std::find(scratch.keys_.begin() + static_cast<std::ptrdiff_t>(first), scratch.keys_.end(), id) !=
                scratch.keys_.end();
    if (id != kNoKey && !seen) scratch.keys_.push_back(id);
  }
  scratch.begin_.push_back(static_cast<std::uint32_t>(scratch.keys_.size()));
  return entry;
}

void TermIndex::compress_edges() {
  children_begin_.assign(node_count_ + 1, 0);
  edges_.for_each_edge([&](std::uint32_t node, std::uint32_t, std::uint32_t&) { ++children_begin_[node + 1]; });
  for (std::size_t n = 0; n < node_count_; ++n) children_begin_[n + 1] += children_begin_[n];
  children_.resize(children_begin_.back());
  std::vector<std::uint32_t> fill(children_begin_.begin(), children_begin_.end() - 1);
  edges_.for_each_edge([&](std::uint32_t node, std::uint32_t key, std::uint32_t& ref) {
    children_[fill[node]++] = {key, ref};
  });
  for (std::size_t n = 0; n < node_count_; ++n)
    std::sort(children_.begin() + children_begin_[n], children_.begin() + children_begin_[n + 1]);
  edges_ = EdgeTable();
}

std::uint32_t TermIndex::child(std::uint32_t node, std::uint32_t key) const {
  auto first = children_.begin() + children_begin_[node], last = children_.begin() + children_begin_[node + 1];
  if (last - first <= 8) {  // most nodes: a scan within a cache line or two
    for (; first != last; ++first) {
      if (first->first == key) return first->second;
    }
    return EdgeTable::kNone;
  }
  auto it = std::lower_bound(first, last, std::pair<std::uint32_t, std::uint32_t>{key, 0});
  return it != last && it->first == key ? it->second : EdgeTable::kNone;
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

void TermIndex::walk(std::uint32_t ref, std::size_t at, std::size_t depth, const std::vector<text::Token>& tokens,
                     const Candidates& cands, std::vector<TermMatch>& out) const {
  std::uint32_t node = ref & kNodeMask;
  if (ref & kEndsHere) emit(node, at, depth, tokens, out);
  if (at + depth >= tokens.size()) return;
  for (std::uint32_t key : cands[at + depth]) {
    std::uint32_t next = child(node, key);
    if (next != EdgeTable::kNone) walk(next, at, depth + 1, tokens, cands, out);
  }
}

std::vector<TermMatch> TermIndex::find(const std::vector<text::Token>& tokens, Scratch& scratch) const {
  if (scratch.norms_.size() >= kMemoLimit) scratch.clear();  // bounded memory
  std::vector<std::uint32_t> entries(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) entries[i] = memo_entry(tokens[i], scratch);
  Candidates cands(tokens.size());  // spans taken once the memo has stopped growing for this text
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::uint32_t first = scratch.begin_[entries[i]], last = scratch.begin_[entries[i] + 1];
    cands[i] = {scratch.keys_.data() + first, last - first};
  }
  std::vector<TermMatch> matches;
  matches.reserve(tokens.size());
  auto by_term = [](const TermMatch& a, const TermMatch& b) {
    return a.concept_index != b.concept_index ? a.concept_index < b.concept_index : a.term_index < b.term_index;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::uint32_t key : cands[i]) {
      std::uint32_t ref = key < root_.size() ? root_[key] : EdgeTable::kNone;
      if (ref == EdgeTable::kNone) continue;
      if (ref & kEndsHere) emit(ref & kNodeMask, i, 1, tokens, matches);
      if (i + 1 >= tokens.size()) continue;
      for (std::uint32_t next : cands[i + 1]) {
        std::uint32_t second = child(ref & kNodeMask, next);
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
  return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> 20) & (slots_.size() - 1);
}

std::uint32_t TermIndex::EdgeTable::find(std::uint32_t node, std::uint32_t key) const {
  if (slots_.empty()) return kNone;
  std::uint64_t k = (std::uint64_t{node} << 32) | key;
  for (std::size_t i = slot(k);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i].key == k) return slots_[i].child;
    if (slots_[i].key == kEmpty) return kNone;
  }
}

void TermIndex::EdgeTable::insert(std::uint32_t node, std::uint32_t key, std::uint32_t child) {
  if (2 * (size_ + 1) > slots_.size()) {  // load factor ≤ 1/2
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.key != kEmpty) insert(static_cast<std::uint32_t>(s.key >> 32), static_cast<std::uint32_t>(s.key), s.child);
    }
  }
  std::uint64_t k = (std::uint64_t{node} << 32) | key;
  std::size_t i = slot(k);
  while (slots_[i].key != kEmpty) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = {k, child};
  ++size_;
}

void drop_nested(std::vector<TermMatch>& matches) {
  // A match lies strictly inside a longer one exactly when a match starting earlier reaches at least as far, or
  // one starting at the same token reaches further. Sorted by first token (find's order) this is one sweep.
  bool sorted = std::is_sorted(matches.begin(), matches.end(), [](const TermMatch& a, const TermMatch& b) {
    return a.first_token < b.first_token;
  });
  if (!sorted) {
    std::stable_sort(matches.begin(), matches.end(), [](const TermMatch& a, const TermMatch& b) {
      return a.first_token < b.first_token;
    });
  }
  std::size_t reach = 0;  // furthest last_token of the matches starting before the current group
  bool any = false;       // whether there are such matches
  std::size_t kept = 0;
  for (std::size_t g = 0; g < matches.size();) {
    std::size_t end = g, group_reach = 0;
    for (; end < matches.size() && matches[end].first_token == matches[g].first_token; ++end)
      group_reach = std::max(group_reach, matches[end].last_token);
    for (std::size_t k = g; k < end; ++k) {
      bool nested = (any && reach >= matches[k].last_token) || group_reach > matches[k].last_token;
      if (!nested) matches[kept++] = matches[k];
    }
    reach = any ? std::max(reach, group_reach) : group_reach;
    any = true;
    g = end;
  }
  matches.resize(kept);
}

}  // namespace termalign::check
