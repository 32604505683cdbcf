// The RAII wrappers and the schema guard: return codes become termalign::Error naming the file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "glossary/sqlite.h"
#include "glossary/store.h"

using namespace termalign;
using namespace termalign::glossary;

namespace {

std::string temp_file(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / "termalign_glossary_test";
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return path.string();
}

}  // namespace

TEST_CASE("sqlite: statements bind, step and reset") {
  sql::Database db = sql::Database::open(":memory:", 0x2 | 0x4);  // READWRITE | CREATE
  db.exec("CREATE TABLE t(a INTEGER, b TEXT)", "test");
  sql::Statement insert(db, "INSERT INTO t VALUES (?1, ?2)");
  insert.bind(1, std::int64_t{7});
  insert.bind(2, "سبعة");
  insert.run();
  insert.bind(1, std::int64_t{8});
  insert.bind_null(2);
  insert.run();
  sql::Statement select(db, "SELECT a, b FROM t ORDER BY a");
  REQUIRE(select.step());
  CHECK(select.column_int64(0) == 7);
  CHECK(select.column_text(1) == "سبعة");
  REQUIRE(select.step());
  CHECK(select.column_is_null(1));
  CHECK(select.column_text(1).empty());
  CHECK_FALSE(select.step());
}

TEST_CASE("sqlite: an SQL error is an Error with context") {
  sql::Database db = sql::Database::open(":memory:", 0x2 | 0x4);
  try {
    db.exec("SELEC nonsense", "running a bad statement");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Internal);
    CHECK(std::string(e.what()).find("running a bad statement") != std::string::npos);
    CHECK(std::string(e.what()).find("syntax error") != std::string::npos);
  }
  db.exec("CREATE TABLE u(x UNIQUE)", "test");
  db.exec("INSERT INTO u VALUES (1)", "test");
  try {
    db.exec("INSERT INTO u VALUES (1)", "inserting a duplicate");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
  }
}

TEST_CASE("sqlite: files that are not glossaries are input errors naming the file") {
  using Row = std::tuple<std::string, std::string, std::string>;  // file name, content, expected message part
  auto [name, content, expected] = GENERATE(table<std::string, std::string, std::string>({
      Row{"text.db", "ar,en\nحلف,NATO\n" + std::string(4096, 'x'), "not an SQLite database"},
      Row{"other.db", "", "not a termalign glossary"},
  }));
  std::string path = temp_file(name);
  if (name == "other.db") {
    sql::Database db = sql::Database::open(path, 0x2 | 0x4);
    db.exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY)", "test");
  } else {
    std::ofstream(path) << content;
  }
  auto size_before = std::filesystem::file_size(path);
  try {
    Store::open(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == path);
    CHECK(e.message().find(expected) != std::string::npos);
  }
  CHECK(std::filesystem::file_size(path) == size_before);
}

TEST_CASE("sqlite: a missing glossary is created, or refused when creation is off") {
  std::string path = temp_file("new.db");
  CHECK_THROWS_AS(Store::open(path, OpenOptions{false, false}), Error);
  CHECK_FALSE(std::filesystem::exists(path));
  {
    Store store = Store::open(path);
    CHECK(store.stats().schema_version == 1);
  }
  Store again = Store::open(path, OpenOptions{false, true});
  CHECK(again.stats().concepts == 0);
}
