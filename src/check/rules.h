// Internal to src/check: the per-pair rules and the document-level state of `inconsistent`. See checker.h for
// what each rule means; run_check() drives them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "check/checker.h"
#include "check/term_index.h"
#include "text/tokenize.h"
#include "text/translit.h"

namespace termalign::check::detail {

// What the rules need to know about each concept, computed once.
struct ConceptInfo {
  std::vector<std::size_t> accepted_tgt;  // term indices: target language, approved/admitted (+candidates)
  std::size_t display_src = static_cast<std::size_t>(-1);  // the source term to name in findings
};

struct Glossary {
  const std::vector<glossary::Concept>* concepts = nullptr;
  std::vector<ConceptInfo> info;
  const CheckOptions* options = nullptr;
  // Per term, in compact arrays (the rules ask for every match; a Term is hundreds of bytes away):
  static constexpr std::uint8_t kAccepted = 1, kDeprecated = 2;
  std::vector<std::size_t> first_term;  // concept → its first term's index in term_flags
  std::vector<std::uint8_t> term_flags;
  bool accepted(const glossary::Term& term) const;       // approved, admitted (+ candidate when enabled)
  bool accepted(std::size_t c, std::size_t t) const { return term_flags[first_term[c] + t] & kAccepted; }
  bool deprecated(std::size_t c, std::size_t t) const { return term_flags[first_term[c] + t] & kDeprecated; }
  bool triggers(std::size_t c, std::size_t t) const { return accepted(c, t); }  // a source term that is checked
  const glossary::Term& term(std::size_t c, std::size_t t) const { return (*concepts)[c].terms[t]; }
};

Glossary describe(const std::vector<glossary::Concept>& concepts, const text::Language& src,
                  const text::Language& tgt, const CheckOptions& options);

// The matches of one side grouped by concept: (concept, index into the matches), sorted, text order within a
// concept.
class ByConcept {
 public:
  using Entry = std::pair<std::uint32_t, std::uint32_t>;
  void build(const std::vector<TermMatch>& matches);
  std::span<const Entry> of(std::size_t concept_index) const;  // the entries of one concept
  const std::vector<Entry>& all() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

// One pair, tokenized and matched.
struct PairView {
  std::size_t index = 0;
  const SegmentPair* pair = nullptr;
  std::vector<text::Token> src_tokens, tgt_tokens;
  std::vector<TermMatch> src_matches, tgt_matches;
  ByConcept src_by_concept, tgt_by_concept;  // built from the matches (by group_matches)
  bool hashed = false;                     // src_hash/tgt_hash set (by hash_sentences)
  std::size_t src_hash = 0, tgt_hash = 0;  // of the normalized sides, for repeated sentences
};

// Builds src_by_concept and tgt_by_concept.
void group_matches(PairView& view);

// Sets the sentence hashes of `view` (the costly part of the repeated-sentence check, run with the matching).
void hash_sentences(PairView& view);

Span make_span(const Side& side, std::size_t begin, std::size_t end);
// A finding about `view` with the pair's lines and id filled in.
Finding new_finding(Rule rule, const PairView& view);

void rule_missing(const Glossary& g, const PairView& view, std::vector<Finding>& out);
void rule_forbidden(const Glossary& g, const PairView& view, std::vector<Finding>& out);

// Transliteration with memos (ICU transliteration is the slow part of `untranslated`).
class TranslitCache {
 public:
  TranslitCache(const text::Language& src, const text::Language& tgt);
  const std::string& src_ascii(const std::string& norm);
  const std::string& tgt_ascii(const std::string& norm);
  bool same_script() const { return same_script_; }
  bool tgt_latin() const { return tgt_latin_; }
  bool src_arabic() const { return src_arabic_; }
  bool tgt_arabic() const { return tgt_arabic_; }

 private:
  text::Transliterator src_, tgt_;
  bool same_script_;
  bool tgt_latin_;
  bool src_arabic_;
  bool tgt_arabic_;
  std::unordered_map<std::string, std::string> src_memo_, tgt_memo_;
};
void rule_untranslated(const Glossary& g, const PairView& view, TranslitCache& translit, std::vector<Finding>& out);

// Document-level `inconsistent`: fed pair by pair, reports at the end. Memory per pair is a few words (spans and
// hashes, no text), so 100k pairs stay small.
class Consistency {
 public:
  explicit Consistency(const Glossary& g) : g_(&g) {}
  void add_variants(const PairView& view);
  void add_sentence(const PairView& view, std::vector<Finding>& out);
  void finish(std::vector<Finding>& out) const;

 private:
  struct Use {  // a source term occurrence rendered by an accepted target term
    std::size_t pair = 0;
    const SegmentPair* segment = nullptr;
    std::size_t src_begin = 0, src_end = 0, tgt_begin = 0, tgt_end = 0;  // bytes
    std::size_t tgt_term = 0;
  };
  struct FirstTranslation {
    std::size_t pair = 0;
    const SegmentPair* segment = nullptr;
    std::size_t tgt_hash = 0;  // of the normalized target
  };
  const Glossary* g_;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<Use>> variants_;  // (concept, src term) → uses
  std::unordered_map<std::size_t, FirstTranslation> sentences_;               // hash of normalized source → first
};

}  // namespace termalign::check::detail
