#include <catch2/catch.hpp>

#include "text/lang.h"
#include "text/translit.h"

using namespace termalign::text;

TEST_CASE("transliteration to ASCII gives cognate hints") {
  auto [lang, input, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"ru", "Рябков", "ryabkov"},
      {"ru", "Кисляк", "kislyak"},
      {"ar", "ستارت", "start"},
      {"en", "Kislyak", "kislyak"},
      {"fr", "Genève", "geneve"},
  }));
  Transliterator t(language(lang));
  CHECK(t.to_ascii(input) == expected);
}

TEST_CASE("translit_similarity prefers the same consonant skeleton") {
  CHECK(translit_similarity("kislyak", "kislyak") == Approx(1.0));
  CHECK(translit_similarity("kysliak", "kislyak") > 0.7);
  CHECK(translit_similarity("makarov", "dempsey") < 0.3);
  CHECK(translit_similarity("", "x") == 0.0);
}
