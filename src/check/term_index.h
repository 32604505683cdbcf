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
// Case: keys are case-folded; a term marked case_sensitive also needs the exact surface of every token.
//
// Cost: candidates of a token are looked up in a hash map of keys, and terms are found through a
// first-key → terms table, so the work per text token does not grow with the glossary's size.
// Nested matches: a match whose tokens lie strictly inside a longer match is dropped ("defense" inside
// "missile defense"); matches with the same span are all kept.
//
// A TermIndex is immutable after construction, but it owns a Stemmer: use one index per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "glossary/model.h"
#include "text/lang.h"
#include "text/stem.h"
#include "text/tokenize.h"

namespace termalign::check {

// One occurrence of a glossary term in a token sequence.
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

  // All matches in `tokens` (from text::tokenize with this index's language), in text order.
  std::vector<TermMatch> find(const std::vector<text::Token>& tokens) const;

  const text::Language& language() const { return *lang_; }
  const std::vector<glossary::Concept>& concepts() const { return *concepts_; }
  std::size_t term_count() const { return terms_.size(); }

  // The match keys of one token: what find() compares (exposed for tests and the untranslated rule).
  std::vector<std::string> token_keys(const text::Token& token) const;

 private:
  struct IndexedTerm {
    std::vector<std::uint32_t> keys;
    std::vector<std::string> surfaces;  // only for case-sensitive terms
    std::size_t concept_index = 0;
    std::size_t term_index = 0;
  };
  static constexpr std::uint32_t kNoKey = static_cast<std::uint32_t>(-1);
  std::uint32_t intern(const std::string& key);
  std::uint32_t lookup(const std::string& key) const;
  std::string term_token_key(const text::Token& token) const;
  void candidates(const text::Token& token, std::vector<std::uint32_t>& out) const;
  bool matches_at(const IndexedTerm& term, const std::vector<text::Token>& tokens,
                  const std::vector<std::vector<std::uint32_t>>& cands, std::size_t at) const;

  const std::vector<glossary::Concept>* concepts_;
  const text::Language* lang_;
  text::Stemmer stemmer_;
  std::unordered_map<std::string, std::uint32_t> key_ids_;
  std::vector<IndexedTerm> terms_;
  std::vector<std::vector<std::uint32_t>> by_first_key_;  // key id → indices into terms_
  // Memo of a token's normalized form → candidate key ids (text is Zipfian: most tokens repeat).
  mutable std::unordered_map<std::string, std::vector<std::uint32_t>> memo_;
};

// Drops matches lying strictly inside a longer one; keeps text order.
void drop_nested(std::vector<TermMatch>& matches);

}  // namespace termalign::check
