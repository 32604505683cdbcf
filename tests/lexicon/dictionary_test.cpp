// Dictionary readers: TSV, dictd (plain and dictzip/gzip data, FreeDict entry layout), reversal, the packaged
// FreeDict lookup, and the errors for bad files.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "lexicon/dictionary.h"
#include "text/lang.h"

using namespace termalign;
using namespace termalign::lexicon;
namespace fs = std::filesystem;

namespace {
// dictd's base64 numbers (most significant digit first).
std::string b64(std::size_t value) {
  static const char* kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  do {
    out.insert(out.begin(), kDigits[value % 64]);
    value /= 64;
  } while (value > 0);
  return out;
}

// A dictd pair (index text, data text) holding the given entries, FreeDict layout.
std::pair<std::string, std::string> make_dictd(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string index, data;
  for (const auto& [head, body] : entries) {
    index += head + "\t" + b64(data.size()) + "\t" + b64(body.size()) + "\n";
    data += body;
  }
  return {index, data};
}

const std::vector<std::pair<std::string, std::string>> kEntries = {
    {"00databaseinfo", "00databaseinfo\nThis is the FreeDict test dictionary\n"},
    {"agreement", "agreement /əgriːmənt/\n1. согласие, соответствие\n2. аккорд\n"},
    {"house", "house /haus/\nдом\n"},
    {"treaty", "treaty /ˈtriːti/ <n>\nдоговор (международный); пакт\nnot a translation line\n"},
};

std::vector<std::pair<std::string, std::string>> pairs_of(const Dictionary& d) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Entry& e : d.entries) out.emplace_back(e.source, e.target);
  return out;
}

std::string gzip(const std::string& data) {
  fs::path tmp = fs::temp_directory_path() / ("termalign-lex-" + std::to_string(::getpid()) + ".gz");
  gzFile f = gzopen(tmp.c_str(), "wb");
  gzwrite(f, data.data(), static_cast<unsigned>(data.size()));
  gzclose(f);
  std::ifstream in(tmp, std::ios::binary);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::remove(tmp);
  return out;
}
}  // namespace

TEST_CASE("dictd entries: numbered senses, first line otherwise, notes dropped, database entries skipped") {
  auto [index, data] = make_dictd(kEntries);
  bool compressed = GENERATE(false, true);
  std::istringstream idx(index), dat(compressed ? gzip(data) : data);
  Dictionary d = read_dictd(idx, dat, "test.index");
  CHECK(d.name == "test.index");
  std::vector<std::pair<std::string, std::string>> expected = {
      {"agreement", "согласие"}, {"agreement", "соответствие"}, {"agreement", "аккорд"},
      {"house", "дом"},          {"treaty", "договор"},         {"treaty", "пакт"},
  };
  CHECK(pairs_of(d) == expected);
}

TEST_CASE("a dictd index that is malformed or points outside the data names the line") {
  auto [line, expected] = GENERATE(table<std::string, std::string>({
      {"house\tA\n", "dictd index line is not 'headword TAB offset TAB length'"},
      {"house\tA\tZZZZ\n", "dictd index points outside the dictionary data"},
      {"house\t!\tB\n", "dictd index points outside the dictionary data"},
  }));
  std::istringstream idx("agreement\tA\tB\n" + line), dat("ab\ncd\n");
  try {
    read_dictd(idx, dat, "bad.index");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.message() == expected);
    CHECK(e.where().file == "bad.index");
    CHECK(e.where().line == 2);
  }
}

TEST_CASE("TSV dictionaries: comments, blank lines, extra columns, trimming, and a line without TAB") {
  std::istringstream in("\xEF\xBB\xBF# comment\n\nVertrag\ttraité\r\n  Haus \t maison \textra\n");
  Dictionary d = read_tsv(in, "de-fr.tsv");
  std::vector<std::pair<std::string, std::string>> expected = {{"Vertrag", "traité"}, {"Haus", "maison"}};
  CHECK(pairs_of(d) == expected);
  CHECK(pairs_of(reversed(d)) == std::vector<std::pair<std::string, std::string>>{{"traité", "Vertrag"},
                                                                                   {"maison", "Haus"}});

  std::istringstream bad("Vertrag\ttraité\nHaus maison\n");
  try {
    read_tsv(bad, "bad.tsv");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == "bad.tsv");
    CHECK(e.where().line == 2);
  }
}

TEST_CASE("load_dictionary picks the reader by extension and finds the .dict.dz beside the .index") {
  fs::path dir = fs::temp_directory_path() / ("termalign-lexdir-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto [index, data] = make_dictd(kEntries);
  std::ofstream(dir / "t.index", std::ios::binary) << index;
  std::ofstream(dir / "t.dict.dz", std::ios::binary) << gzip(data);
  std::ofstream(dir / "t.tsv", std::ios::binary) << "house\tдом\n";
  CHECK(load_dictionary((dir / "t.index").string()).entries.size() == 6);
  CHECK(pairs_of(load_dictionary((dir / "t.tsv").string())) ==
        std::vector<std::pair<std::string, std::string>>{{"house", "дом"}});
  try {
    load_dictionary((dir / "missing.tsv").string());
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK_THAT(e.message(), Catch::Contains("missing.tsv' does not exist"));
  }
  fs::remove_all(dir);
}

TEST_CASE("packaged FreeDict dictionaries: forward and reversed directions") {
  if (!fs::exists(dictd_dir() + "/freedict-eng-rus.index")) {
    WARN("FreeDict eng-rus is not installed; skipped");
    return;
  }
  // Russian–English has only eng-rus: it is read reversed.
  auto ru_en = packaged_dictionary(text::language("ru"), text::language("en"));
  REQUIRE(ru_en->entries.size() > 1000);
  bool found = false;
  for (const Entry& e : ru_en->entries) found = found || (e.source == "дом" && e.target == "house");
  CHECK(found);
  // Cached: the same object on the second call.
  CHECK(packaged_dictionary(text::language("ru"), text::language("en")) == ru_en);
}
