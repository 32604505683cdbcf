// Thin RAII wrappers for the SQLite C API, used only inside src/glossary (idea: SQLiteCpp).
//
// Every sqlite3 / sqlite3_stmt handle is owned by exactly one object and released in its destructor (which never
// throws). check() is the one place where an SQLite return code becomes a termalign::Error: SQLITE_NOTADB and
// SQLITE_CORRUPT are Input errors naming the database file, SQLITE_CONSTRAINT is an Input error, everything else
// is Internal; the message carries what was being done and sqlite3_errmsg().
//
//   Database db = Database::open("g.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
//   Statement st(db, "SELECT id FROM term WHERE lang = ?1 AND norm = ?2");
//   st.bind(1, "en"); st.bind(2, "nato");
//   while (st.step()) use(st.column_int64(0));
//   st.reset();                                   // reuse with new bindings
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace termalign::glossary::sql {

class Database {
 public:
  // Opens with sqlite3_open_v2 flags (SQLITE_OPEN_*); throws Error(Input) naming `path` when it cannot.
  static Database open(const std::string& path, int flags);
  Database() = default;
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }
  // Runs one or more statements without results; `what` names the operation in error messages.
  void exec(const char* sql, std::string_view what) const;
  // Throws unless rc is SQLITE_OK / SQLITE_ROW / SQLITE_DONE.
  void check(int rc, std::string_view what) const;
  std::int64_t last_insert_rowid() const;
  int changes() const;
  bool in_transaction() const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement() = default;
  Statement(const Database& db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based. Text is bound SQLITE_TRANSIENT (copied).
  void bind(int index, std::string_view text);
  void bind(int index, std::int64_t value);
  void bind(int index, double value);
  void bind_null(int index);
  // Returns true for a row, false when done; throws on error.
  bool step();
  // Steps once expecting no row (INSERT/UPDATE/DELETE), then resets.
  void run();
  // Resets and clears bindings so the statement can be reused.
  void reset();

  std::int64_t column_int64(int index) const;
  double column_double(int index) const;
  std::string column_text(int index) const;  // "" for NULL
  bool column_is_null(int index) const;

 private:
  const Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace termalign::glossary::sql
