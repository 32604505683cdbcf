#include <catch2/catch.hpp>

#include <sstream>

#include "base/error.h"
#include "text/reader.h"

using namespace termalign;
using namespace termalign::text;
using namespace std::string_literals;

namespace {
std::vector<std::string> read(const std::string& bytes) {
  std::istringstream in(bytes);
  return read_lines(in, "doc.txt");
}
std::string error_of(const std::string& bytes) {
  try {
    read(bytes);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("read_lines strips a BOM and accepts LF and CRLF") {
  auto [input, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"a\nb\n", {"a", "b"}},
      {"a\r\nb\r\n", {"a", "b"}},
      {"\xEF\xBB\xBF" "a\nb", {"a", "b"}},
      {"", {}},
      {"\n\n", {"", ""}},
      {"one line without newline", {"one line without newline"}},
  }));
  CHECK(read(input) == expected);
}

TEST_CASE("read_lines names file, line and column of invalid UTF-8 and NUL bytes") {
  CHECK(error_of("ok\n\u0645\u0639\xFF\n") == "doc.txt:2:3: invalid UTF-8 (byte 0xFF); convert the file to UTF-8 first");
  CHECK(error_of("ok\nab\0c\n"s) == "doc.txt:2:3: NUL byte in text (is this a binary or UTF-16 file?)");
  CHECK_THAT(error_of("\xFF\xFEh\0i\0"s), Catch::StartsWith("doc.txt:1:1: UTF-16 text"));
}

TEST_CASE("read_lines handles a 40 MB single line in linear time") {
  std::string big(40u << 20, 'x');
  big += "\n";
  auto lines = read(big);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].size() == (40u << 20));
}

TEST_CASE("read_sentences_file rejects an empty file and a missing one") {
  CHECK_THROWS_WITH(read_sentences_file("/nonexistent/x.txt"), Catch::Contains("no such file"));
}
