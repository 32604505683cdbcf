// Store: opening, transactions and every write (see store.h). Reads are in store_read.cpp.
#include "glossary/store.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <utility>

#include <fmt/format.h>

#include "base/error.h"
#include "glossary/collation.h"
#include "glossary/schema.h"
#include "glossary/store_impl.h"
#include "text/arabic.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace termalign::glossary {

// ---- helpers ------------------------------------------------------------------------------------------------

int status_rank(TermStatus status) {
  switch (status) {
    case TermStatus::Candidate: return 0;
    case TermStatus::Rejected: return 1;
    case TermStatus::Admitted: return 2;
    case TermStatus::Approved: return 3;
    case TermStatus::Deprecated: return 4;
  }
  return 0;
}

TermStatus stronger_status(TermStatus a, TermStatus b) { return status_rank(b) > status_rank(a) ? b : a; }

std::string term_norm(std::string_view text) { return text::normalize_for_match(text); }

std::string term_key(std::string_view lang, std::string_view norm) {
  if (lang != "ar" && lang.substr(0, 3) != "ar-" && !lang.empty()) return std::string(norm);
  std::string key;
  std::size_t pos = 0;
  while (pos <= norm.size()) {
    std::size_t space = norm.find(' ', pos);
    if (space == std::string_view::npos) space = norm.size();
    if (!key.empty()) key += ' ';
    key += text::arabic_strip_article(norm.substr(pos, space - pos));
    pos = space + 1;
  }
  return key;
}

std::string now_iso() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string normalize_lang(std::string_view lang) {
  std::string tag;
  for (char c : lang) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) throw_input(fmt::format("invalid language tag '{}'", text::sanitize_utf8(lang)));
    tag += c;
  }
  if (tag.empty() || tag.size() > 35) throw_input(fmt::format("invalid language tag '{}'", lang));
  return tag;
}

bool lang_matches(std::string_view filter, std::string_view tag) {
  if (filter == tag) return true;
  return filter.find('-') == std::string_view::npos && tag.size() > filter.size() &&
         tag.substr(0, filter.size()) == filter && tag[filter.size()] == '-';
}

// Inside a Store::Transaction a write needs no savepoint of its own: an error propagates out of the transaction,
// which rolls everything back. Skipping it matters for bulk writes: FTS5 flushes its pending index data at every
// savepoint release, which made a 1M-concept import write one FTS segment per concept.
Savepoint::Savepoint(const sql::Database& db) : db_(db), done_(db.in_transaction()) {
  if (!done_) db_.exec("SAVEPOINT write_op", "starting a write");
}

Savepoint::~Savepoint() {
  if (done_) return;
  sqlite3_exec(db_.get(), "ROLLBACK TO write_op; RELEASE write_op", nullptr, nullptr, nullptr);
}

void Savepoint::release() {
  if (done_) return;
  db_.exec("RELEASE write_op", "finishing a write");
  done_ = true;
}

CachedUse Store::Impl::use(std::string_view sql) {
  auto it = cache.find(std::string(sql));
  if (it == cache.end()) it = cache.emplace(std::string(sql), sql::Statement(db, sql)).first;
  return CachedUse(it->second);
}

std::string Store::Impl::collation(std::string_view lang) {
  std::string name = "termalign_" + std::string(lang);
  for (char& c : name) {
    if (c == '-') c = '_';
  }
  if (collations.insert(std::string(lang)).second) register_collation(db, lang);
  return name;
}

void Store::Impl::require_writable() const {
  if (read_only) throw_internal("the glossary was opened read-only");
}

// ---- opening ------------------------------------------------------------------------------------------------

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
const std::string& Store::path() const { return impl_->db.path(); }

Store Store::open(const std::string& path, const OpenOptions& options) {
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (!exists && (!options.create || options.read_only)) {
    throw_input("no such glossary (create one with `termalign import` or `termalign glossary add`)", {path});
  }
  if (exists && std::filesystem::is_directory(path, ec)) throw_input("is a directory, not a glossary file", {path});
  int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  auto impl = std::make_unique<Impl>();
  impl->db = sql::Database::open(path, flags | SQLITE_OPEN_NOMUTEX);
  impl->read_only = options.read_only;
  // temp_store = MEMORY keeps the statement journal of each concept's savepoint in memory: on disk it cost ~34
  // pwrite calls per imported concept (a 1M-pair import spent most of its time in the kernel).
  impl->db.exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;",
                "configuring the connection");
  prepare_schema(impl->db, options.read_only);
  if (!options.read_only) {
    impl->db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", "switching to WAL");
  }
  return Store(std::move(impl));
}

Store Store::open_memory() {
  auto impl = std::make_unique<Impl>();
  impl->db = sql::Database::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY);
  impl->db.exec("PRAGMA foreign_keys = ON;", "configuring the connection");
  prepare_schema(impl->db, false);
  return Store(std::move(impl));
}

// ---- transactions -------------------------------------------------------------------------------------------

// A bulk transaction drops the per-row FTS insert trigger inside the transaction (DDL is transactional in SQLite, so
// a rollback restores it) and indexes the new rows at commit with one INSERT ... SELECT.
Store::Transaction::Transaction(Impl& impl, bool bulk) : impl_(&impl) {
  if (impl.db.in_transaction()) throw_internal("a transaction is already open on this glossary");
  impl.db.exec("BEGIN IMMEDIATE", "starting a transaction");
  if (!bulk) return;
  try {
    sql::Statement max_id(impl.db, "SELECT coalesce(max(id), 0) FROM term");
    max_id.step();
    impl.db.exec("DROP TRIGGER term_fts_insert", "starting a bulk load");
    impl.bulk_from = max_id.column_int64(0);
  } catch (...) {
    sqlite3_exec(impl.db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

Store::Transaction::Transaction(Transaction&& other) noexcept : impl_(std::exchange(other.impl_, nullptr)) {}

Store::Transaction::~Transaction() {
  if (impl_ == nullptr) return;
  impl_->bulk_from = -1;
  if (impl_->db.in_transaction()) sqlite3_exec(impl_->db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Store::Transaction::commit() {
  if (impl_ == nullptr) throw_internal("commit of a finished transaction");
  if (impl_->bulk_from >= 0) {
    sql::Statement index(impl_->db, "INSERT INTO term_fts(rowid, key) SELECT id, key FROM term WHERE id > ?1");
    index.bind(1, impl_->bulk_from);
    index.step();
    impl_->db.exec(fts_insert_trigger_sql(), "finishing a bulk load");
    impl_->bulk_from = -1;
  }
  impl_->db.exec("COMMIT", "committing");
  impl_ = nullptr;
}

Store::Transaction Store::transaction() {
  impl_->require_writable();
  return Transaction(*impl_, false);
}

Store::Transaction Store::bulk_transaction() {
  impl_->require_writable();
  return Transaction(*impl_, true);
}

void Store::Impl::require_not_bulk(const char* what) const {
  if (bulk_from >= 0) throw_internal(fmt::format("{} inside a bulk load", what));
}

}  // namespace termalign::glossary
