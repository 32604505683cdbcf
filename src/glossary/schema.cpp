// Schema creation, identification and migration (see schema.h).
#include "glossary/schema.h"

#include <fmt/format.h>

#include "base/error.h"

namespace termalign::glossary {

namespace {

// Version 0 → 1: the concept / term / evidence tables, their indexes and the FTS5 index of term keys.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE concept(
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL DEFAULT '',
  definition TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  modified TEXT NOT NULL);
CREATE TABLE term(
  id INTEGER PRIMARY KEY,
  concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK(length(lang) > 0),
  text TEXT NOT NULL CHECK(length(text) > 0),
  norm TEXT NOT NULL,
  key TEXT NOT NULL,
  status TEXT NOT NULL CHECK(status IN ('candidate', 'approved', 'admitted', 'rejected', 'deprecated')),
  type TEXT NOT NULL DEFAULT '',
  pos TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  score REAL NOT NULL DEFAULT 0,
  case_sensitive INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  modified TEXT NOT NULL);
CREATE INDEX term_concept ON term(concept_id);
CREATE INDEX term_lang_norm ON term(lang, norm);
CREATE INDEX term_key ON term(key, lang);
CREATE TABLE evidence(
  id INTEGER PRIMARY KEY,
  concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
  document TEXT NOT NULL,
  src_line INTEGER NOT NULL,
  tgt_line INTEGER NOT NULL,
  src_sentence TEXT NOT NULL,
  tgt_sentence TEXT NOT NULL,
  UNIQUE(concept_id, document, src_line, tgt_line));
CREATE VIRTUAL TABLE term_fts USING fts5(key, content='term', content_rowid='id');
CREATE TRIGGER term_fts_insert AFTER INSERT ON term BEGIN INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key); END;
CREATE TRIGGER term_fts_delete AFTER DELETE ON term BEGIN
  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key);
END;
CREATE TRIGGER term_fts_update AFTER UPDATE OF key ON term BEGIN
  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key);
  INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key);
END;
)sql";

struct Identity {
  std::int64_t application_id = 0;
  int user_version = 0;
  std::int64_t objects = 0;  // rows of sqlite_master
};

Identity read_identity(const sql::Database& db) {
  Identity identity;
  // Reading sqlite_master is the first real read: a file that is not SQLite fails here with SQLITE_NOTADB.
  sql::Statement objects(db, "SELECT count(*) FROM sqlite_master");
  objects.step();
  identity.objects = objects.column_int64(0);
  sql::Statement app(db, "PRAGMA application_id");
  if (app.step()) identity.application_id = app.column_int64(0);
  sql::Statement version(db, "PRAGMA user_version");
  if (version.step()) identity.user_version = static_cast<int>(version.column_int64(0));
  return identity;
}

void migrate(const sql::Database& db, int from) {
  db.exec("BEGIN IMMEDIATE", "starting the schema upgrade");
  try {
    for (int v = from; v < kSchemaVersion; ++v) {
      db.exec(migrations()[static_cast<std::size_t>(v)], fmt::format("upgrading the schema to version {}", v + 1));
    }
    db.exec(fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {};", kApplicationId, kSchemaVersion)
                .c_str(),
            "recording the schema version");
    db.exec("COMMIT", "committing the schema upgrade");
  } catch (...) {
    if (db.in_transaction()) db.exec("ROLLBACK", "rolling back the schema upgrade");
    throw;
  }
}

}  // namespace

const char* fts_insert_trigger_sql() {
  // Must stay identical to the trigger in kVersion1 (a test compares them).
  return "CREATE TRIGGER term_fts_insert AFTER INSERT ON term BEGIN INSERT INTO term_fts(rowid, key) VALUES "
         "(new.id, new.key); END;";
}

const std::vector<const char*>& migrations() {
  static const std::vector<const char*> kMigrations{kVersion1};
  return kMigrations;
}

void prepare_schema(const sql::Database& db, bool read_only) {
  Identity identity = read_identity(db);
  const bool empty = identity.application_id == 0 && identity.user_version == 0 && identity.objects == 0;
  if (!empty && identity.application_id != kApplicationId) {
    throw_input("an SQLite database, but not a termalign glossary", {db.path()});
  }
  if (identity.user_version > kSchemaVersion) {
    throw_input(fmt::format("glossary schema version {} is newer than this termalign supports ({}); upgrade termalign",
                            identity.user_version, kSchemaVersion),
                {db.path()});
  }
  if (identity.user_version == kSchemaVersion) return;
  if (read_only) {
    throw_input(empty ? "empty file, not a termalign glossary"
                      : "glossary needs a schema upgrade; open it once with a command that writes",
                {db.path()});
  }
  migrate(db, identity.user_version);
}

}  // namespace termalign::glossary
