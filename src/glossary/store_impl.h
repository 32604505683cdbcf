// Internals shared by store.cpp (opening, schema, writes) and store_read.cpp (reads): the connection, its
// statement cache and small row helpers. Not a public header.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "glossary/sqlite.h"
#include "glossary/store.h"

namespace termalign::glossary {

// Uses a cached statement and resets it (and clears bindings) when the use ends, even on exceptions.
class CachedUse {
 public:
  explicit CachedUse(sql::Statement& statement) : statement_(statement) {}
  ~CachedUse() { statement_.reset(); }
  CachedUse(const CachedUse&) = delete;
  CachedUse& operator=(const CachedUse&) = delete;
  sql::Statement* operator->() { return &statement_; }
  sql::Statement& operator*() { return statement_; }

 private:
  sql::Statement& statement_;
};

// SAVEPOINT; rolled back and released on destruction unless release() was called. Never throws from the
// destructor.
class Savepoint {
 public:
  explicit Savepoint(const sql::Database& db);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();

 private:
  const sql::Database& db_;
  bool done_ = false;
};

struct Store::Impl {
  sql::Database db;
  bool read_only = false;
  std::unordered_map<std::string, sql::Statement> cache;
  std::set<std::string> collations;  // languages registered on this connection

  // The cached prepared statement for `sql` (prepared on first use).
  CachedUse use(std::string_view sql);
  // Registers the collation of `lang` once; returns its name.
  std::string collation(std::string_view lang);
  void require_writable() const;
  // Inside a bulk transaction: the largest term id before it began (the FTS index lacks the terms after it); else -1.
  std::int64_t bulk_from = -1;
  void require_not_bulk(const char* what) const;
};

// Current time, ISO 8601 UTC with seconds: "2026-11-23T09:41:07Z".
std::string now_iso();
// Lower-cases a language tag, '_' → '-'; Error(Input) when empty or not letters/digits/'-'.
std::string normalize_lang(std::string_view lang);
// True when a filter language matches a stored tag: equal, or the filter has no region and the tag starts
// with it ("en" matches "en-us").
bool lang_matches(std::string_view filter, std::string_view tag);

// Column lists and row readers for SELECTs (store_read.cpp).
inline constexpr std::string_view kTermColumns =
    "id, lang, text, norm, status, type, pos, note, origin, score, case_sensitive, created, modified";
inline constexpr std::string_view kConceptColumns = "id, external_id, subject, definition, note";
Term read_term(const sql::Statement& row);        // a row of kTermColumns
Concept read_concept(const sql::Statement& row);  // a row of kConceptColumns (no terms)
TermStatus status_from_db(const std::string& name);
// Loads the terms (by id) and, when asked, the evidence of concept.id into `concept`.
void load_children(Store::Impl& impl, Concept& entry, bool with_evidence);

}  // namespace termalign::glossary
