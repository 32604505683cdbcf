// Arabic proclitics, for matching. Operates on NORMALIZED words (see normalize.h: alef forms folded, ة → ه).
//
// Arabic writes conjunctions (و ف), prepositions (ب ك ل) and the article (ال) onto the word: «والمعاهدة» is
// «و + ال + معاهدة», «للولايات» is «ل + ال + ولايات». Snowball's Arabic stemmer alone misses these.
//
// arabic_analyses() returns every plausible reading, so a matcher can accept any of them; arabic_key() picks one
// reading deterministically (for dictionaries, co-occurrence counts, the aligner's lexical model).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace termalign::text {

struct ArabicSplit {
  std::string proclitics;  // the conjunction/preposition letters removed, e.g. "وب"
  bool article = false;    // whether an article ال was removed (for لل: true)
  std::string base;        // what remains, e.g. "معاهده"
};

// All readings, the unsplit word first, then by decreasing base length. A reading is kept only when its base
// has at least 2 letters. "والمعاهده" → {"والمعاهده"}, {"و", "المعاهده"}, {"و", article, "معاهده"}.
std::vector<ArabicSplit> arabic_analyses(std::string_view norm_word);

// The matching key: the word without a proclitic + article combination (ال وال فال بال كال لل وبال وكال فبال
// ولل فلل ...), stripped when ≥ 3 letters remain (so «الله» stays whole). A bare و ف ب ك ل without article is NOT stripped here, because
// many roots begin with those letters (وزير, فرنسا, بلد): use arabic_analyses() where recall matters.
// "والمعاهده" → "معاهده", "الولايات" → "ولايات", "للولايات" → "ولايات", "وروسيا" → "وروسيا".
std::string arabic_key(std::string_view norm_word);

// Strips only the article from a citation form (glossary terms): "الولايات" → "ولايات".
std::string arabic_strip_article(std::string_view norm_word);

}  // namespace termalign::text
