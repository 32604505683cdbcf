// Finding glossary terms in tokenized text, morphology-aware and on whole tokens.
//
// A TermIndex holds the terms of ONE language from a list of concepts. Every term is tokenized (text::tokenize)
// and stored as a sequence of match keys; a text token yields a small set of candidate keys, and a term matches
// at position i when each of its keys is among the candidates of the tokens i, i+1, ... So "east" never matches
// "Easter" (whole tokens), and multi-word terms match across their tokens only.
//
// Match keys (term side and text side use the same function, so they agree):
//   Arabic   Snowball stem of each clitic reading of the normalized word (text::arabic_analyses), so the
//            glossary's «الولايات المتحدة» matches «والولايات المتحدة» and «للولايات المتحدة»; a term
//            token contributes the stem of its article-stripped form. The sound feminine plural ات is removed
//            before stemming (Snowball misses it), so «منظومة» matches «منظومات».
//   others   Snowball stem of text::Token::key ("systems" → "system", «Договора» → «договор»).
// Guards against over-stemming (a key is compared on every token, so a false conflation repeats everywhere):
//   * a stem shorter than 3 code points is not used, the whole base is («المن» manna ≠ «من» from);
//   * Snowball's Arabic stemmer strips ب ك ل و ف again after our clitic split: when the stem lost a prefix, the
//     prefix is kept («بقال» grocer ≠ «قال» said), only suffixes go;
//   * a term word whose article-less form would be shorter than 3 letters keeps its article.
// Known limit: words the normalizer folds together stay together («علي» Ali = «على» on; «آلان» Alan = «الآن»
// now), as in every tool that folds alef and ya forms.
// Case: keys are case-folded; a term marked case_sensitive also needs the exact surface of every token.
//
// Cost: candidates of a token are looked up in a hash map of keys (memoized per distinct token), and terms are
// found by walking a trie of key sequences (root → first key by a dense array, deeper edges as each node's
// sorted (key, child) list in one compressed array): a position costs a short scan per candidate key and depth,
// however many terms share a prefix ("of the ...", «منظومة ...»), so the work per text token does not grow with
// the glossary's size.
// Matches at one position come in a fixed order: by the first token's candidate keys, one-word terms first, then
// by the second token's candidate keys, then by term (glossary) order.
// Nested matches: a match whose tokens lie strictly inside a longer match is dropped ("defense" inside
// "missile defense"); matches with the same span are all kept.
//
// Threads: a TermIndex is immutable after construction; find(tokens, scratch) may run on many threads at once,
// each with its own Scratch (stemmer + memo). find(tokens) uses the index's own Scratch: one thread only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "glossary/model.h"
#include "text/lang.h"
#include "text/stem.h"
#include "text/tokenize.h"

namespace termalign::check {

// One occurrence of a glossary term in a token sequence.
// text::tokenize without the hyphens that join two words ("nuclear-weapon" → nuclear, weapon; START-3 →
// START, 3): glossary terms and texts are both tokenized this way, so "nuclear-weapon states" contains the
// term "nuclear weapons" and "START 3" the term START-3. Token offsets still point into `text`.
std::vector<text::Token> match_tokens(std::string_view text, const text::Language& lang);

struct TermMatch {
  std::size_t concept_index = 0;  // index into the concepts the index was built from
  std::size_t term_index = 0;     // index into that concept's terms
  std::size_t first_token = 0;    // tokens [first_token, last_token) of the searched text
  std::size_t last_token = 0;
  std::size_t begin = 0;          // byte span in the searched text
  std::size_t end = 0;
};

class TermIndex {
 public:
  // Indexes the terms of `lang` (Term::lang == lang.code) of every concept. Terms that tokenize to nothing
  // are skipped. `concepts` must outlive the index.
  TermIndex(const std::vector<glossary::Concept>& concepts, const text::Language& lang);

  // Per-thread working state of find(): a stemmer and a memo of token norm → candidate key ids (an
  // open-addressing table over compact arrays: a lookup per text token is the commonest operation of the check).
  class Scratch {
   public:
    explicit Scratch(const TermIndex& index) : stemmer_(index.language()) {}

   private:
    friend class TermIndex;
    static constexpr std::uint32_t kEmptySlot = static_cast<std::uint32_t>(-1);
    struct Slot {
      std::uint64_t hash = 0;
      std::uint32_t entry = kEmptySlot;
    };
    void clear();
    void grow();
    text::Stemmer stemmer_;
    std::vector<Slot> slots_;                  // size a power of two, at most half full
    std::vector<std::string> norms_;           // entry → token norm
    std::vector<std::uint32_t> begin_{0};      // entry e → its candidates keys_[begin_[e], begin_[e + 1])
    std::vector<std::uint32_t> keys_;
  };

  // All matches in `tokens` (from text::tokenize with this index's language), in text order.
  std::vector<TermMatch> find(const std::vector<text::Token>& tokens, Scratch& scratch) const;
  std::vector<TermMatch> find(const std::vector<text::Token>& tokens) const { return find(tokens, *own_); }

  const text::Language& language() const { return *lang_; }
  const std::vector<glossary::Concept>& concepts() const { return *concepts_; }
  std::size_t term_count() const { return term_count_; }

  // The match keys of one token: what find() compares (exposed for tests and the untranslated rule).
  std::vector<std::string> token_keys(const text::Token& token) const { return token_keys(token, stemmer_); }

 private:
  static constexpr std::uint32_t kNoKey = static_cast<std::uint32_t>(-1);
  struct EndingTerm {  // a term whose keys end at a trie node
    std::uint32_t concept_index = 0;
    std::uint32_t term_index = 0;
    std::uint32_t surfaces = kNoKey;  // index into surfaces_ for a case-sensitive term, else kNoKey
  };
  std::uint32_t intern(const std::string& key);
  std::uint32_t lookup(const std::string& key) const;
  std::vector<std::string> token_keys(const text::Token& token, const text::Stemmer& stemmer) const;
  std::string base_key(std::string_view base, const text::Stemmer& stemmer) const;
  std::string term_token_key(const text::Token& token) const;
  using Candidates = std::vector<std::span<const std::uint32_t>>;  // per token, into the Scratch's memo
  std::uint32_t memo_entry(const text::Token& token, Scratch& scratch) const;

  const std::vector<glossary::Concept>* concepts_;
  const text::Language* lang_;
  text::Stemmer stemmer_;
  std::unordered_map<std::string, std::uint32_t> key_ids_;
  std::size_t term_count_ = 0;
  std::vector<std::vector<std::string>> surfaces_;  // token surfaces of the case-sensitive terms
  // (node, key) → child reference, open addressing with linear probing; a slot holds key and child together
  // (one cache line per probe).
  class EdgeTable {
   public:
    static constexpr std::uint32_t kNone = 0;  // the root is never a child
    std::uint32_t find(std::uint32_t node, std::uint32_t key) const;
    void insert(std::uint32_t node, std::uint32_t key, std::uint32_t child);
    template <typename F>  // f(node, key, child&) for every edge
    void for_each_edge(F f) {
      for (Slot& s : slots_) {
        if (s.key != kEmpty) f(static_cast<std::uint32_t>(s.key >> 32), static_cast<std::uint32_t>(s.key), s.child);
      }
    }

   private:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
    struct Slot {
      std::uint64_t key = kEmpty;  // node << 32 | key id
      std::uint32_t child = kNone;
    };
    std::size_t slot(std::uint64_t k) const;
    std::vector<Slot> slots_;
    std::size_t size_ = 0;
  };
  // A child reference (in root_ and edges_) is a node id, with kEndsHere set when terms end at that node.
  static constexpr std::uint32_t kEndsHere = std::uint32_t{1} << 31;
  static constexpr std::uint32_t kNodeMask = kEndsHere - 1;
  std::uint32_t child_or_add(std::uint32_t node, std::uint32_t key);
  // Adds the matches of the terms ending at the node `ref` refers to or below it; `depth` tokens from `at` are
  // matched.
  void walk(std::uint32_t ref, std::size_t at, std::size_t depth, const std::vector<text::Token>& tokens,
            const Candidates& cands, std::vector<TermMatch>& out) const;
  void emit(std::uint32_t node, std::size_t at, std::size_t depth, const std::vector<text::Token>& tokens,
            std::vector<TermMatch>& out) const;

  std::vector<std::uint32_t> root_;                // key id → depth-1 node reference (0 = none)
  EdgeTable edges_;                                // deeper edges while building, then compressed into:
  std::vector<std::uint32_t> children_begin_;      // node → its children children_[begin[n] .. begin[n + 1])
  std::vector<std::pair<std::uint32_t, std::uint32_t>> children_;  // (key id, child reference), sorted by key
  // The reference of the child of `node` by `key`, or EdgeTable::kNone (after construction).
  std::uint32_t child(std::uint32_t node, std::uint32_t key) const;
  void compress_edges();
  std::uint32_t node_count_ = 1;                   // the root is node 0
  std::vector<std::uint32_t> ends_begin_;          // node → its terms: ends_[ends_begin_[n] .. ends_begin_[n + 1])
  std::vector<EndingTerm> ends_;
  std::unique_ptr<Scratch> own_;  // for find(tokens)
};

// Drops matches lying strictly inside a longer one; keeps text order.
void drop_nested(std::vector<TermMatch>& matches);

}  // namespace termalign::check
