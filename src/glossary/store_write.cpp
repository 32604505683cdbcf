// Store: adding, merging, editing and removing concepts, terms and evidence (see store.h for the rules).
#include <fmt/format.h>

#include "base/error.h"
#include "glossary/store.h"
#include "glossary/store_impl.h"
#include "text/utf8.h"

namespace termalign::glossary {

namespace {

// Validates a term and fills lang (normalized tag), norm and origin.
void prepare_term(Term& term) {
  if (term.text.empty()) throw_input("a term with an empty text");
  if (text::find_invalid_utf8(term.text) != text::kNoInvalid) {
    throw_input(fmt::format("term '{}' is not valid UTF-8", text::sanitize_utf8(term.text)));
  }
  term.lang = normalize_lang(term.lang);
  if (term.norm.empty()) term.norm = term_norm(term.text);
  if (term.origin.empty()) term.origin = "manual";
}

std::int64_t insert_concept_row(Store::Impl& impl, const Concept& entry, const std::string& now) {
  auto st = impl.use(
      "INSERT INTO concept(external_id, subject, definition, note, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
  st->bind(1, entry.external_id);
  st->bind(2, entry.subject);
  st->bind(3, entry.definition);
  st->bind(4, entry.note);
  st->bind(5, now);
  st->step();
  return impl.db.last_insert_rowid();
}

void insert_term_row(Store::Impl& impl, std::int64_t concept_id, Term& term, const std::string& now) {
  auto st = impl.use(
      "INSERT INTO term(concept_id, lang, text, norm, key, status, type, pos, note, origin, score, case_sensitive, "
      "created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)");
  st->bind(1, concept_id);
  st->bind(2, term.lang);
  st->bind(3, term.text);
  st->bind(4, term.norm);
  st->bind(5, term_key(term.lang, term.norm));
  st->bind(6, to_string(term.status));
  st->bind(7, term.type);
  st->bind(8, term.pos);
  st->bind(9, term.note);
  st->bind(10, term.origin);
  st->bind(11, term.score);
  st->bind(12, static_cast<std::int64_t>(term.case_sensitive ? 1 : 0));
  st->bind(13, now);
  st->step();
  term.id = impl.db.last_insert_rowid();
  term.created = term.modified = now;
}

bool insert_evidence_row(Store::Impl& impl, std::int64_t concept_id, const Evidence& evidence) {
  auto st = impl.use(
      "INSERT OR IGNORE INTO evidence(concept_id, document, src_line, tgt_line, src_sentence, tgt_sentence) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  st->bind(1, concept_id);
  st->bind(2, evidence.document);
  st->bind(3, static_cast<std::int64_t>(evidence.src_line));
  st->bind(4, static_cast<std::int64_t>(evidence.tgt_line));
  st->bind(5, evidence.src_sentence);
  st->bind(6, evidence.tgt_sentence);
  st->step();
  return impl.db.changes() > 0;
}

void require_concept(Store::Impl& impl, std::int64_t concept_id) {
  auto st = impl.use("SELECT 1 FROM concept WHERE id = ?1");
  st->bind(1, concept_id);
  if (!st->step()) throw_input(fmt::format("no concept {}", concept_id));
}

// Fills the empty concept-level fields of `concept_id` from `incoming` and touches `modified`.
void fill_concept(Store::Impl& impl, std::int64_t concept_id, const Concept& incoming, const std::string& now) {
  auto st = impl.use(
      "UPDATE concept SET external_id = iif(external_id = '', ?2, external_id), subject = iif(subject = '', ?3, "
      "subject), definition = iif(definition = '', ?4, definition), note = iif(note = '', ?5, note), modified = ?6 "
      "WHERE id = ?1");
  st->bind(1, concept_id);
  st->bind(2, incoming.external_id);
  st->bind(3, incoming.subject);
  st->bind(4, incoming.definition);
  st->bind(5, incoming.note);
  st->bind(6, now);
  st->step();
}

// The id of the term of `concept_id` identical to `term` (same lang and norm), or 0; its status in `status`.
std::int64_t find_in_concept(Store::Impl& impl, std::int64_t concept_id, const Term& term,
                             TermStatus* status = nullptr) {
  auto st = impl.use("SELECT id, status FROM term WHERE concept_id = ?1 AND lang = ?2 AND norm = ?3 ORDER BY id LIMIT 1");
  st->bind(1, concept_id);
  st->bind(2, term.lang);
  st->bind(3, term.norm);
  if (!st->step()) return 0;
  if (status != nullptr) *status = status_from_db(st->column_text(1));
  return st->column_int64(0);
}

// Merges `term` into concept `concept_id`: updates the identical stored term or inserts it.
void merge_term(Store::Impl& impl, std::int64_t concept_id, Term& term, const std::string& now,
                MergeResult& result) {
  TermStatus status = TermStatus::Candidate;
  const std::int64_t existing = find_in_concept(impl, concept_id, term, &status);
  if (existing == 0) {
    insert_term_row(impl, concept_id, term, now);
    ++result.terms_added;
    return;
  }
  ++result.terms_merged;
  TermStatus merged = stronger_status(status, term.status);
  if (merged != status) ++result.statuses_changed;
  auto st = impl.use(
      "UPDATE term SET status = ?2, type = iif(type = '', ?3, type), pos = iif(pos = '', ?4, pos), "
      "note = iif(note = '', ?5, note), modified = iif(status <> ?2 OR (type = '' AND ?3 <> '') OR "
      "(pos = '' AND ?4 <> '') OR (note = '' AND ?5 <> ''), ?6, modified) WHERE id = ?1");
  st->bind(1, existing);
  st->bind(2, to_string(merged));
  st->bind(3, term.type);
  st->bind(4, term.pos);
  st->bind(5, term.note);
  st->bind(6, now);
  st->step();
  term.id = existing;
  term.status = merged;
}

// The concept holding the first term of `concept` that is already stored (lowest concept id), or 0.
std::int64_t find_target(Store::Impl& impl, const Concept& entry) {
  for (const Term& term : entry.terms) {
    auto st = impl.use("SELECT min(concept_id) FROM term WHERE lang = ?1 AND norm = ?2");
    st->bind(1, term.lang);
    st->bind(2, term.norm);
    if (st->step() && !st->column_is_null(0)) return st->column_int64(0);
  }
  return 0;
}

}  // namespace

std::int64_t Store::add_concept(Concept& entry) {
  impl_->require_writable();
  for (Term& term : entry.terms) prepare_term(term);
  Savepoint savepoint(impl_->db);
  const std::string now = now_iso();
  entry.id = insert_concept_row(*impl_, entry, now);
  for (Term& term : entry.terms) insert_term_row(*impl_, entry.id, term, now);
  for (const Evidence& evidence : entry.evidence) insert_evidence_row(*impl_, entry.id, evidence);
  savepoint.release();
  return entry.id;
}

MergeResult Store::merge_concept(Concept& entry) {
  impl_->require_writable();
  for (Term& term : entry.terms) prepare_term(term);
  Savepoint savepoint(impl_->db);
  const std::string now = now_iso();
  MergeResult result;
  result.concept_id = find_target(*impl_, entry);
  if (result.concept_id == 0) {
    result.concept_id = insert_concept_row(*impl_, entry, now);
    result.new_concept = true;
  } else {
    fill_concept(*impl_, result.concept_id, entry, now);
  }
  entry.id = result.concept_id;
  for (Term& term : entry.terms) merge_term(*impl_, entry.id, term, now, result);
  for (const Evidence& evidence : entry.evidence) {
    if (insert_evidence_row(*impl_, entry.id, evidence)) ++result.evidence_added;
  }
  savepoint.release();
  return result;
}

std::int64_t Store::add_term(std::int64_t concept_id, Term& term) {
  impl_->require_writable();
  prepare_term(term);
  Savepoint savepoint(impl_->db);
  require_concept(*impl_, concept_id);
  const std::string now = now_iso();
  insert_term_row(*impl_, concept_id, term, now);
  auto st = impl_->use("UPDATE concept SET modified = ?2 WHERE id = ?1");
  st->bind(1, concept_id);
  st->bind(2, now);
  st->step();
  savepoint.release();
  return term.id;
}

void Store::set_status(std::int64_t term_id, TermStatus status) {
  impl_->require_writable();
  auto st = impl_->use("UPDATE term SET status = ?2, modified = ?3 WHERE id = ?1");
  st->bind(1, term_id);
  st->bind(2, to_string(status));
  st->bind(3, now_iso());
  st->step();
  if (impl_->db.changes() == 0) throw_input(fmt::format("no term {}", term_id));
}

bool Store::add_evidence(std::int64_t concept_id, const Evidence& evidence) {
  impl_->require_writable();
  Savepoint savepoint(impl_->db);
  require_concept(*impl_, concept_id);
  bool added = insert_evidence_row(*impl_, concept_id, evidence);
  savepoint.release();
  return added;
}

void Store::update_concept(const Concept& entry) {
  impl_->require_writable();
  auto st = impl_->use(
      "UPDATE concept SET external_id = ?2, subject = ?3, definition = ?4, note = ?5, modified = ?6 WHERE id = ?1");
  st->bind(1, entry.id);
  st->bind(2, entry.external_id);
  st->bind(3, entry.subject);
  st->bind(4, entry.definition);
  st->bind(5, entry.note);
  st->bind(6, now_iso());
  st->step();
  if (impl_->db.changes() == 0) throw_input(fmt::format("no concept {}", entry.id));
}

void Store::update_term(const Term& term) {
  impl_->require_writable();
  impl_->require_not_bulk("update_term");
  Term copy = term;
  copy.norm.clear();
  prepare_term(copy);
  auto st = impl_->use(
      "UPDATE term SET lang = ?2, text = ?3, norm = ?4, key = ?5, status = ?6, type = ?7, pos = ?8, note = ?9, "
      "case_sensitive = ?10, modified = ?11 WHERE id = ?1");
  st->bind(1, copy.id);
  st->bind(2, copy.lang);
  st->bind(3, copy.text);
  st->bind(4, copy.norm);
  st->bind(5, term_key(copy.lang, copy.norm));
  st->bind(6, to_string(copy.status));
  st->bind(7, copy.type);
  st->bind(8, copy.pos);
  st->bind(9, copy.note);
  st->bind(10, static_cast<std::int64_t>(copy.case_sensitive ? 1 : 0));
  st->bind(11, now_iso());
  st->step();
  if (impl_->db.changes() == 0) throw_input(fmt::format("no term {}", term.id));
}

void Store::remove_concept(std::int64_t concept_id) {
  impl_->require_writable();
  impl_->require_not_bulk("remove_concept");
  auto st = impl_->use("DELETE FROM concept WHERE id = ?1");
  st->bind(1, concept_id);
  st->step();
  if (impl_->db.changes() == 0) throw_input(fmt::format("no concept {}", concept_id));
}

bool Store::remove_term(std::int64_t term_id) {
  impl_->require_writable();
  impl_->require_not_bulk("remove_term");
  Savepoint savepoint(impl_->db);
  const std::int64_t concept_id = concept_of_term(term_id);
  {
    auto st = impl_->use("DELETE FROM term WHERE id = ?1");
    st->bind(1, term_id);
    st->step();
  }
  bool concept_gone = false;
  {
    auto st = impl_->use("DELETE FROM concept WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM term WHERE concept_id = ?1)");
    st->bind(1, concept_id);
    st->step();
    concept_gone = impl_->db.changes() > 0;
  }
  savepoint.release();
  return concept_gone;
}

void Store::merge_concepts(std::int64_t into, std::int64_t from) {
  impl_->require_writable();
  impl_->require_not_bulk("merge_concepts");
  if (into == from) throw_input(fmt::format("cannot merge concept {} into itself", into));
  Savepoint savepoint(impl_->db);
  require_concept(*impl_, into);
  std::optional<Concept> source = concept_by_id(from, true);
  if (!source) throw_input(fmt::format("no concept {}", from));
  const std::string now = now_iso();
  fill_concept(*impl_, into, *source, now);
  for (Term& term : source->terms) {
    // A term identical to one of `into` is merged into it (stronger status); any other term moves with its id.
    if (find_in_concept(*impl_, into, term) != 0) {
      MergeResult ignored;
      merge_term(*impl_, into, term, now, ignored);
      continue;
    }
    auto st = impl_->use("UPDATE term SET concept_id = ?2, modified = ?3 WHERE id = ?1");
    st->bind(1, term.id);
    st->bind(2, into);
    st->bind(3, now);
    st->step();
  }
  for (const Evidence& evidence : source->evidence) insert_evidence_row(*impl_, into, evidence);
  auto st = impl_->use("DELETE FROM concept WHERE id = ?1");
  st->bind(1, from);
  st->step();
  savepoint.release();
}

}  // namespace termalign::glossary
