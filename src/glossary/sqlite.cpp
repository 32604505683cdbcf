// RAII wrappers for sqlite3 and sqlite3_stmt; the one place SQLite return codes become termalign::Error.
#include "glossary/sqlite.h"

#include <sqlite3.h>

#include <utility>

#include <fmt/format.h>

#include "base/error.h"

namespace termalign::glossary::sql {

namespace {

[[noreturn]] void raise(int rc, const std::string& path, std::string_view what, const char* detail) {
  std::string message = fmt::format("{}: {}", what, detail != nullptr ? detail : sqlite3_errstr(rc));
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
      throw Error(ErrorKind::Input, fmt::format("not an SQLite database (file is not a database)"), {path});
    case SQLITE_CORRUPT:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_PERM:
    case SQLITE_CONSTRAINT:
      throw Error(ErrorKind::Input, message, {path});
    default:
      throw Error(ErrorKind::Internal, fmt::format("{}: {}", path, message));
  }
}

}  // namespace

Database Database::open(const std::string& path, int flags) {
  Database db;
  db.path_ = path;
  int rc = sqlite3_open_v2(path.c_str(), &db.db_, flags | SQLITE_OPEN_EXRESCODE, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db.db_ ? sqlite3_errmsg(db.db_) : sqlite3_errstr(rc);
    raise(rc, path, "cannot open the glossary", detail.c_str());
  }
  sqlite3_busy_timeout(db.db_, 5000);
  return db;
}

Database::~Database() { sqlite3_close_v2(db_); }

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

void Database::exec(const char* sql, std::string_view what) const {
  char* error = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string detail = error ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    raise(rc, path_, what, detail.c_str());
  }
}

void Database::check(int rc, std::string_view what) const {
  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return;
  raise(rc, path_, what, db_ ? sqlite3_errmsg(db_) : nullptr);
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }
bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

Statement::Statement(const Database& db, std::string_view sql) : db_(&db) {
  int rc = sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &stmt_, nullptr);
  db.check(rc, fmt::format("preparing '{}'", sql.substr(0, 60)));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

void Statement::bind(int index, std::string_view text) {
  db_->check(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
             "binding a text parameter");
}
void Statement::bind(int index, std::int64_t value) {
  db_->check(sqlite3_bind_int64(stmt_, index, value), "binding an integer parameter");
}
void Statement::bind(int index, double value) {
  db_->check(sqlite3_bind_double(stmt_, index, value), "binding a real parameter");
}
void Statement::bind_null(int index) { db_->check(sqlite3_bind_null(stmt_, index), "binding NULL"); }

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const char* sql = sqlite3_sql(stmt_);
  std::string what = fmt::format("running '{}'", std::string_view(sql ? sql : "").substr(0, 60));
  sqlite3_reset(stmt_);
  db_->check(rc, what);
  return false;
}

void Statement::run() {
  step();
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int64(int index) const { return sqlite3_column_int64(stmt_, index); }
double Statement::column_double(int index) const { return sqlite3_column_double(stmt_, index); }
std::string Statement::column_text(int index) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
  if (text == nullptr) return {};
  return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)));
}
bool Statement::column_is_null(int index) const { return sqlite3_column_type(stmt_, index) == SQLITE_NULL; }

}  // namespace termalign::glossary::sql
