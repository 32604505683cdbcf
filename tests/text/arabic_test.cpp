#include <catch2/catch.hpp>

#include <algorithm>

#include "text/arabic.h"
#include "text/normalize.h"

using namespace termalign::text;

namespace {
std::string n(const std::string& s) { return normalize_for_match(s); }
bool has_base(const std::vector<ArabicSplit>& splits, const std::string& base) {
  return std::any_of(splits.begin(), splits.end(), [&](const ArabicSplit& s) { return s.base == base; });
}
}  // namespace

TEST_CASE("arabic_key strips conjunction, preposition and article combinations") {
  auto [word, key] = GENERATE(table<std::string, std::string>({
      {"والمعاهدة", "معاهده"},
      {"والناتو", "ناتو"},
      {"الولايات", "ولايات"},
      {"للولايات", "ولايات"},
      {"والولايات", "ولايات"},
      {"بالصواريخ", "صواريخ"},
      {"فالاتفاق", "اتفاق"},
      {"وبالصواريخ", "صواريخ"},
      {"كالعادة", "عاده"},
      {"وروسيا", "وروسيا"},  // bare و is not stripped: too many roots begin with it
      {"وزير", "وزير"},
      {"الله", "الله"},      // too short a base after stripping
  }));
  CHECK(arabic_key(n(word)) == n(key));
}

TEST_CASE("arabic_analyses offers every reading, unsplit first") {
  auto splits = arabic_analyses(n("وروسيا"));
  REQUIRE(!splits.empty());
  CHECK(splits.front().base == n("وروسيا"));
  CHECK(has_base(splits, n("روسيا")));

  auto treaty = arabic_analyses(n("والمعاهدة"));
  CHECK(has_base(treaty, n("المعاهدة")));
  CHECK(has_base(treaty, n("معاهدة")));
  auto it = std::find_if(treaty.begin(), treaty.end(), [](const ArabicSplit& s) { return s.base == n("معاهدة"); });
  CHECK(it->article);
  CHECK(it->proclitics == "و");
}

TEST_CASE("arabic_strip_article removes only the article") {
  CHECK(arabic_strip_article(n("الأطلسي")) == n("اطلسي"));
  CHECK(arabic_strip_article(n("روسيا")) == n("روسيا"));
}
