// The glossary store: one SQLite file = one concept-oriented glossary (like TBX).
//
// Tables (schema version in PRAGMA user_version, identity in PRAGMA application_id; see schema.cpp):
//   concept(id, external_id, subject, definition, note, created, modified)
//   term(id, concept_id → concept ON DELETE CASCADE, lang, text, norm, key, status, type, pos, note, origin, score,
//        case_sensitive, created, modified)           indexes: (lang, norm), (lang, key), (concept_id)
//   evidence(id, concept_id → concept ON DELETE CASCADE, document, src_line, tgt_line, src_sentence,
//            tgt_sentence)                            unique per (concept, document, src_line, tgt_line)
//   term_fts  FTS5 index of the normalized words of every term (for `search`)
// norm = text::normalize_for_match(text) (NFKC, case fold, Arabic folding); key = norm with, for Arabic, the
// article stripped from every word (text::arabic_strip_article), so «أطلسي» finds «الأطلسي» and "nato" finds "NATO".
//
// Guarantees: foreign keys on, WAL journal, prepared statements only, every write method is atomic on its own
// (a savepoint) and can be grouped into one Transaction (an import is one). Timestamps are ISO 8601 UTC.
// Errors: a file that is not SQLite, or an SQLite database that is not a termalign glossary, or one written by
// a newer termalign → Error(Input) naming the file. Unknown ids → Error(Input) "no concept 12" / "no term 7".
//
// Merge rules (merge_concept, the default of `import` and of term extraction):
//   * an incoming term is "identical" to a stored one when lang and norm are equal;
//   * the incoming concept goes into the stored concept that holds the first identical term (lowest concept id
//     among its matches); when none matches, it becomes a new concept;
//   * identical terms are not duplicated: their empty fields (type, pos, note) are filled from the incoming term,
//     and the status becomes the STRONGER of the two, by rank
//         candidate < rejected < admitted < approved < deprecated
//     (a reviewed decision is never undone by a candidate, and a forbidden term stays forbidden);
//   * missing terms are added with their own status; empty concept fields (subject, definition, note,
//     external_id) are filled; evidence already stored (same document and lines) is skipped.
//
// Thread safety: a Store is one connection; use it from one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "glossary/model.h"

namespace termalign::glossary {

namespace sql {
class Database;
}

// Rank used by merge: candidate 0 < rejected 1 < admitted 2 < approved 3 < deprecated 4.
int status_rank(TermStatus status);
// The stronger of two statuses by status_rank().
TermStatus stronger_status(TermStatus a, TermStatus b);

// Which concepts and terms for_each_concept() visits.
struct ConceptFilter {
  // Keep only terms in these languages (empty = all). Order matters for sorting: languages[0] is the source.
  std::vector<std::string> languages;
  // Keep only terms with one of these statuses (empty = all).
  std::set<TermStatus> statuses;
  // Skip concepts that lack a (kept) term in ANY of `languages`. Default false: skip only concepts left
  // with no term at all.
  bool require_all_languages = false;
  // Also load each concept's evidence (default false).
  bool with_evidence = false;
  // Sort concepts by their first source-language term (languages[0]) with that language's collation
  // (Boost.Locale, registered in SQLite as collation "termalign_<lang>"); concepts without a source term come
  // last. false or no languages → concept id order. Default true.
  bool sort_by_source = true;
  // Stop after this many visited concepts (0 = no limit).
  std::size_t limit = 0;
};

struct SearchOptions {
  std::string lang;         // only terms in this language (empty = any)
  std::size_t limit = 50;   // at most this many concepts
  bool prefix = false;      // the last query word also matches as a prefix ("missi" → "missile")
  std::set<TermStatus> statuses;  // only concepts with a matching term of these statuses (empty = all)
};

struct MergeResult {
  std::int64_t concept_id = 0;
  bool new_concept = false;     // the concept was created (no identical term was stored)
  std::size_t terms_added = 0;  // terms inserted
  std::size_t terms_merged = 0;  // incoming terms that were identical to a stored term
  std::size_t statuses_changed = 0;  // merged terms whose status became stronger
  std::size_t evidence_added = 0;
};

struct Stats {
  std::int64_t concepts = 0;
  std::int64_t terms = 0;
  std::int64_t evidence = 0;
  std::map<std::string, std::int64_t> terms_by_lang;         // "ar" → 1204
  std::map<std::string, std::int64_t> terms_by_status;       // "approved" → 311
  int schema_version = 0;
};

struct OpenOptions {
  bool create = true;      // create the file (and the schema) when missing; false → Error(Input) when missing
  bool read_only = false;  // open read-only (no schema creation or migration)
};

class Store {
 public:
  struct Impl;  // internal (glossary/store_impl.h)

  static Store open(const std::string& path, const OpenOptions& options = {});
  static Store open_memory();  // ":memory:", for tests
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // RAII transaction: BEGIN IMMEDIATE; ~Transaction rolls back unless commit() was called; never throws.
  // Outside a transaction every write below is atomic on its own; inside one, a write that throws may leave part
  // of its changes, and the transaction must be rolled back (let it go out of scope), not committed.
  class Transaction {
   public:
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    void commit();

   private:
    friend class Store;
    Transaction(Impl& impl, bool bulk);
    Impl* impl_ = nullptr;
  };
  Transaction transaction();
  // A transaction for loading many terms (import): the full-text index of the new terms is filled in one statement
  // at commit instead of row by row (per-row FTS5 upkeep flushes its index at every statement: it was more than
  // half of a 1M-pair import). Until commit, search() does not find the new terms, and the writes that remove
  // terms or change their text (remove_concept, remove_term, update_term, merge_concepts) throw Error(Internal).
  Transaction bulk_transaction();

  // ---- writing ------------------------------------------------------------------------------------------
  // Adds a concept with its terms and evidence; fills ids, norm, created/modified (and origin "manual" when
  // empty) in `entry`; returns the concept id. Throws Error(Input) for a term with an empty text or an
  // unknown language code.
  std::int64_t add_concept(Concept& entry);
  // See "Merge rules" above. Fills ids and norm of `entry`'s terms.
  MergeResult merge_concept(Concept& entry);
  // Adds one term to an existing concept; returns its id (fills term.id, norm, created/modified).
  std::int64_t add_term(std::int64_t concept_id, Term& term);
  void set_status(std::int64_t term_id, TermStatus status);
  // Adds evidence unless the same (document, src_line, tgt_line) is stored; returns whether it was added.
  bool add_evidence(std::int64_t concept_id, const Evidence& evidence);
  // Replaces the concept-level fields (external_id, subject, definition, note) of concept.id.
  void update_concept(const Concept& entry);
  // Replaces text, status, type, pos, note, case_sensitive of term.id (norm recomputed).
  void update_term(const Term& term);
  void remove_concept(std::int64_t concept_id);
  // Removes a term; removes its concept too when it was the last term. Returns whether the concept went.
  bool remove_term(std::int64_t term_id);
  // Moves every term (keeping its id) and evidence of `from` into `into`, fills `into`'s empty fields, deletes `from`.
  // Terms identical to one already in `into` are merged (stronger status) instead of duplicated.
  void merge_concepts(std::int64_t into, std::int64_t from);

  // ---- reading ------------------------------------------------------------------------------------------
  // The id of a term with this language and normalized form (lowest id when several), if any.
  std::optional<std::int64_t> find_term(std::string_view lang, std::string_view text) const;
  // Every concept holding a term with this language and normalized form.
  std::vector<std::int64_t> find_concepts(std::string_view lang, std::string_view text) const;
  std::optional<Concept> concept_by_id(std::int64_t concept_id, bool with_evidence = true) const;
  std::optional<Term> term_by_id(std::int64_t term_id) const;
  std::int64_t concept_of_term(std::int64_t term_id) const;  // Error(Input) when no such term
  // Streams concepts one at a time (constant memory), in the order described by ConceptFilter::sort_by_source.
  void for_each_concept(const ConceptFilter& filter, const std::function<void(const Concept&)>& visit) const;
  // Concepts with a term matching `query` on normalized forms: every query word must match a word of the term
  // (after normalization and, for Arabic, article stripping). Exact matches of the whole term come first.
  std::vector<Concept> search(std::string_view query, const SearchOptions& options = {}) const;
  Stats stats() const;
  // The languages of the stored terms, most terms first (ties by tag): the default source/target order.
  std::vector<std::string> languages() const;

  const std::string& path() const;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The normalized form the store keeps for a term (text::normalize_for_match) and its search key (Arabic:
// article stripped from each word). Exposed for other stages that need to agree with the store.
std::string term_norm(std::string_view text);
std::string term_key(std::string_view lang, std::string_view norm);

}  // namespace termalign::glossary
