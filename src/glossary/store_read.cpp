// Store: lookups, streaming, search and statistics (see store.h).
#include <cctype>
#include <unordered_set>

#include <fmt/format.h>

#include "base/error.h"
#include "glossary/store.h"
#include "glossary/store_impl.h"
#include "text/utf8.h"

namespace termalign::glossary {

TermStatus status_from_db(const std::string& name) {
  try {
    return parse_status(name);
  } catch (const Error&) {
    throw_input(fmt::format("invalid term status '{}' in the glossary", name));
  }
}

Term read_term(const sql::Statement& row) {
  Term term;
  term.id = row.column_int64(0);
  term.lang = row.column_text(1);
  term.text = row.column_text(2);
  term.norm = row.column_text(3);
  term.status = status_from_db(row.column_text(4));
  term.type = row.column_text(5);
  term.pos = row.column_text(6);
  term.note = row.column_text(7);
  term.origin = row.column_text(8);
  term.score = row.column_double(9);
  term.case_sensitive = row.column_int64(10) != 0;
  term.created = row.column_text(11);
  term.modified = row.column_text(12);
  return term;
}

Concept read_concept(const sql::Statement& row) {
  Concept entry;
  entry.id = row.column_int64(0);
  entry.external_id = row.column_text(1);
  entry.subject = row.column_text(2);
  entry.definition = row.column_text(3);
  entry.note = row.column_text(4);
  return entry;
}

void load_children(Store::Impl& impl, Concept& entry, bool with_evidence) {
  {
    static const std::string kSql = fmt::format("SELECT {} FROM term WHERE concept_id = ?1 ORDER BY id", kTermColumns);
    auto st = impl.use(kSql);
    st->bind(1, entry.id);
    while (st->step()) entry.terms.push_back(read_term(*st));
  }
  if (!with_evidence) return;
  auto st = impl.use(
      "SELECT document, src_line, tgt_line, src_sentence, tgt_sentence FROM evidence WHERE concept_id = ?1 ORDER BY id");
  st->bind(1, entry.id);
  while (st->step()) {
    Evidence evidence;
    evidence.document = st->column_text(0);
    evidence.src_line = static_cast<std::size_t>(st->column_int64(1));
    evidence.tgt_line = static_cast<std::size_t>(st->column_int64(2));
    evidence.src_sentence = st->column_text(3);
    evidence.tgt_sentence = st->column_text(4);
    entry.evidence.push_back(std::move(evidence));
  }
}

namespace {

// Applies the filter's language and status selection to `concept`'s terms; false when the concept is to be skipped.
bool keep_terms(const ConceptFilter& filter, const std::vector<std::string>& langs, Concept& entry) {
  std::erase_if(entry.terms, [&](const Term& term) {
    if (!filter.statuses.empty() && !filter.statuses.contains(term.status)) return true;
    if (langs.empty()) return false;
    for (const std::string& lang : langs) {
      if (lang_matches(lang, term.lang)) return false;
    }
    return true;
  });
  if (entry.terms.empty()) return false;
  if (!filter.require_all_languages) return true;
  for (const std::string& lang : langs) {
    bool found = false;
    for (const Term& term : entry.terms) found = found || lang_matches(lang, term.lang);
    if (!found) return false;
  }
  return true;
}

// Space-separated words of a search key as an FTS5 query: each word a quoted phrase (so punctuation inside a word
// is tokenized the same way as in the index), all required.
std::string fts_query(std::string_view key, bool prefix) {
  std::string query;
  std::size_t pos = 0;
  while (pos < key.size()) {
    std::size_t end = key.find(' ', pos);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(pos, end - pos);
    pos = end + 1;
    bool has_alnum = false;
    for (char c : word) {
      auto u = static_cast<unsigned char>(c);
      has_alnum = has_alnum || u >= 0x80 || std::isalnum(u);
    }
    if (!has_alnum) continue;
    if (!query.empty()) query += ' ';
    query += '"';
    for (char c : word) {
      query += c;
      if (c == '"') query += '"';
    }
    query += '"';
  }
  if (prefix && !query.empty()) query += '*';
  return query;
}

std::string status_clause(const std::set<TermStatus>& statuses) {
  if (statuses.empty()) return {};
  std::string clause = " AND t.status IN (";
  bool first = true;
  for (TermStatus status : statuses) {
    clause += fmt::format("{}'{}'", first ? "" : ", ", to_string(status));
    first = false;
  }
  return clause + ")";
}

// Appends the concept ids returned by `sql` (bound: ?1 query, ?2 lang, ?3 lang prefix pattern) to `ids`.
void collect_ids(Store::Impl& impl, const std::string& sql, std::string_view query, const std::string& lang,
                 std::size_t limit, std::vector<std::int64_t>& ids, std::unordered_set<std::int64_t>& seen) {
  if (ids.size() >= limit) return;
  sql::Statement st(impl.db, sql);
  st.bind(1, query);
  if (!lang.empty()) {
    st.bind(2, lang);
    st.bind(3, lang + "-%");
  }
  while (ids.size() < limit && st.step()) {
    std::int64_t id = st.column_int64(0);
    if (seen.insert(id).second) ids.push_back(id);
  }
}

}  // namespace

std::optional<std::int64_t> Store::find_term(std::string_view lang, std::string_view text) const {
  if (text.empty() || text::find_invalid_utf8(text) != text::kNoInvalid) return std::nullopt;
  auto st = impl_->use("SELECT id FROM term WHERE lang = ?1 AND norm = ?2 ORDER BY id LIMIT 1");
  st->bind(1, normalize_lang(lang));
  st->bind(2, term_norm(text));
  if (!st->step()) return std::nullopt;
  return st->column_int64(0);
}

std::vector<std::int64_t> Store::find_concepts(std::string_view lang, std::string_view text) const {
  std::vector<std::int64_t> ids;
  if (text.empty() || text::find_invalid_utf8(text) != text::kNoInvalid) return ids;
  auto st = impl_->use("SELECT DISTINCT concept_id FROM term WHERE lang = ?1 AND norm = ?2 ORDER BY concept_id");
  st->bind(1, normalize_lang(lang));
  st->bind(2, term_norm(text));
  while (st->step()) ids.push_back(st->column_int64(0));
  return ids;
}

std::optional<Concept> Store::concept_by_id(std::int64_t concept_id, bool with_evidence) const {
  Concept entry;
  {
    static const std::string kSql = fmt::format("SELECT {} FROM concept WHERE id = ?1", kConceptColumns);
    auto st = impl_->use(kSql);
    st->bind(1, concept_id);
    if (!st->step()) return std::nullopt;
    entry = read_concept(*st);
  }
  load_children(*impl_, entry, with_evidence);
  return entry;
}

std::optional<Term> Store::term_by_id(std::int64_t term_id) const {
  static const std::string kSql = fmt::format("SELECT {} FROM term WHERE id = ?1", kTermColumns);
  auto st = impl_->use(kSql);
  st->bind(1, term_id);
  if (!st->step()) return std::nullopt;
  return read_term(*st);
}

std::int64_t Store::concept_of_term(std::int64_t term_id) const {
  auto st = impl_->use("SELECT concept_id FROM term WHERE id = ?1");
  st->bind(1, term_id);
  if (!st->step()) throw_input(fmt::format("no term {}", term_id));
  return st->column_int64(0);
}

void Store::for_each_concept(const ConceptFilter& filter, const std::function<void(const Concept&)>& visit) const {
  std::vector<std::string> langs;
  for (const std::string& lang : filter.languages) langs.push_back(normalize_lang(lang));
  std::string sql;
  if (filter.sort_by_source && !langs.empty()) {
    std::string collation = impl_->collation(langs[0]);
    sql = fmt::format(
        "SELECT {0} FROM (SELECT c.*, (SELECT t.text FROM term t WHERE t.concept_id = c.id AND (t.lang = ?1 OR "
        "t.lang LIKE ?2) ORDER BY t.id LIMIT 1) AS sort_text FROM concept c) "
        "ORDER BY sort_text IS NULL, sort_text COLLATE {1}, id",
        kConceptColumns, collation);
  } else {
    sql = fmt::format("SELECT {} FROM concept ORDER BY id", kConceptColumns);
  }
  sql::Statement st(impl_->db, sql);
  if (filter.sort_by_source && !langs.empty()) {
    st.bind(1, langs[0]);
    st.bind(2, langs[0] + "-%");
  }
  std::size_t visited = 0;
  while ((filter.limit == 0 || visited < filter.limit) && st.step()) {
    Concept entry = read_concept(st);
    load_children(*impl_, entry, filter.with_evidence);
    if (!keep_terms(filter, langs, entry)) continue;
    visit(entry);
    ++visited;
  }
}

std::vector<Concept> Store::search(std::string_view query, const SearchOptions& options) const {
  if (text::find_invalid_utf8(query) != text::kNoInvalid) throw_usage("the search query is not valid UTF-8");
  const std::string lang = options.lang.empty() ? std::string() : normalize_lang(options.lang);
  const std::string key = term_key(lang.empty() ? "ar" : lang, term_norm(query));
  std::vector<std::int64_t> ids;
  std::unordered_set<std::int64_t> seen;
  if (key.find_first_not_of(' ') == std::string::npos || options.limit == 0) return {};
  const std::string where = fmt::format("{}{}", lang.empty() ? "" : " AND (t.lang = ?2 OR t.lang LIKE ?3)",
                                        status_clause(options.statuses));
  collect_ids(*impl_,
              fmt::format("SELECT DISTINCT t.concept_id FROM term t WHERE t.key = ?1{} ORDER BY t.concept_id", where),
              key, lang, options.limit, ids, seen);
  const std::string match = fts_query(key, options.prefix);
  if (!match.empty()) {
    collect_ids(*impl_,
                fmt::format("SELECT t.concept_id FROM term_fts JOIN term t ON t.id = term_fts.rowid "
                            "WHERE term_fts MATCH ?1{} ORDER BY term_fts.rank",
                            where),
                match, lang, options.limit, ids, seen);
  }
  std::vector<Concept> concepts;
  for (std::int64_t id : ids) {
    if (std::optional<Concept> entry = concept_by_id(id, false)) concepts.push_back(std::move(*entry));
  }
  return concepts;
}

Stats Store::stats() const {
  Stats stats;
  auto count = [&](const char* sql) {
    auto st = impl_->use(sql);
    st->step();
    return st->column_int64(0);
  };
  stats.concepts = count("SELECT count(*) FROM concept");
  stats.terms = count("SELECT count(*) FROM term");
  stats.evidence = count("SELECT count(*) FROM evidence");
  stats.schema_version = static_cast<int>(count("PRAGMA user_version"));
  {
    auto st = impl_->use("SELECT lang, count(*) FROM term GROUP BY lang ORDER BY lang");
    while (st->step()) stats.terms_by_lang[st->column_text(0)] = st->column_int64(1);
  }
  auto st = impl_->use("SELECT status, count(*) FROM term GROUP BY status ORDER BY status");
  while (st->step()) stats.terms_by_status[st->column_text(0)] = st->column_int64(1);
  return stats;
}

std::vector<std::string> Store::languages() const {
  std::vector<std::string> langs;
  auto st = impl_->use("SELECT lang FROM term GROUP BY lang ORDER BY count(*) DESC, lang");
  while (st->step()) langs.push_back(st->column_text(0));
  return langs;
}

}  // namespace termalign::glossary
