#include <catch2/catch.hpp>

#include "text/lang.h"
#include "text/tokenize.h"

using namespace termalign::text;

namespace {
std::vector<std::string> surfaces(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.surface);
  return out;
}
}  // namespace

TEST_CASE("tokenize splits words, numbers and punctuation and drops spaces") {
  auto tokens = tokenize("START-3 was signed in 2010, \"finally\".", language("en"));
  CHECK(surfaces(tokens) ==
        std::vector<std::string>{"START", "-", "3", "was", "signed", "in", "2010", ",", "\"", "finally", "\"", "."});
  CHECK(tokens[0].all_caps);
  CHECK(tokens[0].capitalized);
  CHECK(tokens[2].kind == TokenKind::Number);
  CHECK(tokens[1].kind == TokenKind::Punct);
  CHECK(tokens[3].kind == TokenKind::Word);
  CHECK_FALSE(tokens[3].capitalized);
}

TEST_CASE("token offsets point into the original text") {
  std::string text = "قال سيرغي كيسلياك";
  auto tokens = tokenize(text, language("ar"));
  REQUIRE(tokens.size() == 3);
  for (const Token& t : tokens) CHECK(text.substr(t.begin, t.end - t.begin) == t.surface);
}

TEST_CASE("token keys are normalized and clitic-split") {
  auto tokens = tokenize("والمعاهدة ٢٠١٠ Moscow's", language("ar"));
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].key == "معاهده");
  CHECK(tokens[1].norm == "2010");
  CHECK(tokens[1].kind == TokenKind::Number);
  auto en = tokenize("Moscow's envoy", language("en"));
  CHECK(en[0].key == "moscow");
  CHECK(en[0].norm == "moscow's");
}

TEST_CASE("Cyrillic capitalisation is detected") {
  auto tokens = tokenize("Сергей Рябков заявил", language("ru"));
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].capitalized);
  CHECK(tokens[0].norm == "сергей");
  CHECK_FALSE(tokens[2].capitalized);
}
