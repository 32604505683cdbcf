// Cross-script word similarity for names and loanwords, and number matching.
//
// name_similarity() compares two transliterated (lower-case ASCII) words: the best of text::translit_similarity
// and the similarity of their consonant skeletons, where vowels, w, y, h are dropped and sound-alike letters
// share a class (b/p, f/v, c/k/q, s/z, ...), doubled letters collapse and a leading Arabic article "al" is
// ignored. It makes "mwskw" ≈ "moscow", "dymbsy" ≈ "dempsey", "kwmyrsant" ≈ "kommersant" (all ≥ 0.8) while
// unrelated words stay low. Skeletons shorter than 2 letters only ever match exactly-equal words.
#pragma once

#include <string>
#include <string_view>

namespace termalign::terms {

// The consonant skeleton of an ASCII word: "moscow" → "msk", "europe" → "rb".
std::string consonant_skeleton(std::string_view ascii);

// Similarity in [0, 1] of two transliterated words.
double name_similarity(std::string_view a_ascii, std::string_view b_ascii);

// The digits of a word ("10-13" → "1013", "٢٠١٠" must be folded first), empty when it has none.
std::string digits_of(std::string_view norm_word);

}  // namespace termalign::terms
