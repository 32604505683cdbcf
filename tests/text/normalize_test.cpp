#include <catch2/catch.hpp>

#include "text/normalize.h"

using namespace termalign::text;

TEST_CASE("normalize_for_match folds case, compatibility forms, Arabic orthography and digits") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"NATO", "nato"},
      {"Stra\u00DFe", "strasse"},                    // full case folding
      {"\uFB01nal", "final"},                        // ﬁ ligature (NFKC)
      {"\u0627\u0644\u0623\u0637\u0644\u0633\u064A", "\u0627\u0644\u0627\u0637\u0644\u0633\u064A"},  // الأطلسي → الاطلسي
      {"\u0625\u064A\u062A\u0627\u0631", "\u0627\u064A\u062A\u0627\u0631"},                          // إيتار → ايتار
      {"\u0622\u0633\u064A\u0627", "\u0627\u0633\u064A\u0627"},                                      // آسيا → اسيا
      {"\u0645\u0635\u0637\u0641\u0649", "\u0645\u0635\u0637\u0641\u064A"},                          // مصطفى → مصطفي
      {"\u0645\u0639\u0627\u0647\u062F\u0629", "\u0645\u0639\u0627\u0647\u062F\u0647"},              // معاهدة → معاهده
      {"\u0645\u0640\u0640\u0639\u0627\u0647\u062F\u0629", "\u0645\u0639\u0627\u0647\u062F\u0647"},  // tatweel removed
      {"\u0645\u064F\u0639\u064E\u0627\u0647\u064E\u062F\u064E\u0629", "\u0645\u0639\u0627\u0647\u062F\u0647"},  // harakat
      {"\u0662\u0660\u0661\u0660", "2010"},          // Arabic-Indic digits
      {"\u06F2\u06F0\u06F1\u06F0", "2010"},          // Eastern Arabic-Indic digits
      {"\uFEEA\uFEE0\uFEDF\u0627", "\u0647\u0644\u0644\u0627"},  // presentation forms → base letters
      {"\u041C\u041E\u0421\u041A\u0412\u0410", "\u043C\u043E\u0441\u043A\u0432\u0430"},  // МОСКВА → москва
      {"e\u0301", "\u00E9"},                         // composition
  }));
  CHECK(normalize_for_match(input) == expected);
}

TEST_CASE("ta marbuta folding is optional") {
  NormalizeOptions keep;
  keep.ta_marbuta_to_ha = false;
  CHECK(normalize_for_match("\u0645\u0639\u0627\u0647\u062F\u0629", keep) == "\u0645\u0639\u0627\u0647\u062F\u0629");
}

TEST_CASE("normalize keeps a map from normalized bytes to original bytes") {
  // "A" + tatweel + "ﬁ": tatweel removed, the ligature expands to two bytes that both point at it.
  std::string original = "A\u0640\uFB01";
  Normalized n = normalize(original);
  CHECK(n.text == "afi");
  REQUIRE(n.norm_to_orig.size() == n.text.size() + 1);
  CHECK(n.norm_to_orig[1] == 3);
  CHECK(n.norm_to_orig[2] == 3);
  CHECK(n.norm_to_orig.back() == original.size());
}

TEST_CASE("normalize maps each output byte to the original character that produced it") {
  std::string original = "X\u0623\u0640Y";  // X أ tatweel Y
  Normalized n = normalize(original);
  CHECK(n.text == "x\u0627y");
  REQUIRE(n.norm_to_orig.size() == n.text.size() + 1);
  CHECK(n.norm_to_orig[0] == 0);  // x ← X
  CHECK(n.norm_to_orig[1] == 1);  // ا ← أ (2 bytes)
  CHECK(n.norm_to_orig[2] == 1);
  CHECK(n.norm_to_orig[3] == 5);  // y ← Y, after the 2-byte tatweel
  CHECK(n.norm_to_orig[4] == original.size());
}
