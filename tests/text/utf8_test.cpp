#include <catch2/catch.hpp>

#include "text/utf8.h"

using namespace termalign::text;

TEST_CASE("find_invalid_utf8 locates the first ill-formed byte") {
  auto [input, expected] = GENERATE(table<std::string, std::size_t>({
      {"plain ascii", kNoInvalid},
      {"\u0645\u0639\u0627\u0647\u062F\u0629", kNoInvalid},  // معاهدة
      {"\xF0\x9F\x98\x80 emoji", kNoInvalid},
      {"ab\xFF", 2},
      {"\xC0\xAF", 0},          // overlong '/'
      {"x\xED\xA0\x80", 1},     // UTF-16 surrogate encoded
      {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
      {"\xE2\x82", 0},          // truncated
  }));
  CHECK(find_invalid_utf8(input) == expected);
}

TEST_CASE("code point counting and offsets") {
  std::string s = "a\u0645\u0639b";  // a م ع b: 1 + 2 + 2 + 1 bytes
  CHECK(count_code_points(s) == 4);
  CHECK(code_point_index(s, 3) == 2);
  CHECK(byte_offset_of(s, 3) == 5);
  CHECK(byte_offset_of(s, 9) == s.size());
}

TEST_CASE("decode and encode round trip") {
  for (char32_t cp : {U'A', U'\u0645', U'\u20AC', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, cp);
    std::size_t pos = 0;
    CHECK(decode_utf8(s, pos) == cp);
    CHECK(pos == s.size());
  }
}

TEST_CASE("sanitize_utf8 replaces bad bytes for messages") {
  CHECK(sanitize_utf8("a\xFF" "b") == "a\uFFFDb");
}
