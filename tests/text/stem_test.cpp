#include <catch2/catch.hpp>

#include "text/lang.h"
#include "text/normalize.h"
#include "text/stem.h"

using namespace termalign::text;

TEST_CASE("Snowball stems conflate inflected forms") {
  auto [lang, a, b] = GENERATE(table<std::string, std::string, std::string>({
      {"en", "missiles", "missile"},
      {"en", "treaties", "treaty"},
      {"ru", "договора", "договор"},
      {"ru", "нераспространении", "нераспространение"},
      {"de", "Verträge", "Vertrag"},
  }));
  Stemmer stemmer(language(lang));
  CHECK(stemmer.stem(normalize_for_match(a)) == stemmer.stem(normalize_for_match(b)));
}

TEST_CASE("a language without a Snowball stemmer stems to the word itself") {
  Stemmer stemmer(language("uk"));
  CHECK(stemmer.stem("слово") == "слово");
}
