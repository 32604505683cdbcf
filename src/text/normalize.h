// Normalization for matching (never for output).
//
// normalize() applies, in this order: Unicode NFKC; full case folding; Arabic orthographic folding
// (أ إ آ ٱ → ا, ى → ي, optionally ة → ه, tatweel U+0640 and harakat U+064B–U+0652, U+0670 removed);
// Arabic-Indic ٠–٩ and Eastern Arabic-Indic ۰–۹ digits → 0–9 (NFKC does not fold them).
// The result keeps a map from every normalized byte back to the original byte it came from, so findings
// can point at the user's own characters (idea: sentencepiece's norm_to_orig).
//
//   option              default  meaning
//   nfkc                true     apply NFKC
//   case_fold           true     full Unicode case folding ("NATO" → "nato", "Straße" → "strasse")
//   arabic_fold         true     alef / alef maqsura folding, remove tatweel and harakat
//   ta_marbuta_to_ha    true     ة → ه (the matching default; spelling varies in real text)
//   fold_digits         true     Arabic-Indic and Eastern digits → ASCII
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace termalign::text {

struct NormalizeOptions {
  bool nfkc = true;
  bool case_fold = true;
  bool arabic_fold = true;
  bool ta_marbuta_to_ha = true;
  bool fold_digits = true;
};

struct Normalized {
  std::string text;
  // norm_to_orig[i] = byte offset in the original of the character that produced normalized byte i;
  // norm_to_orig[text.size()] = original size. Size text.size() + 1.
  std::vector<std::size_t> norm_to_orig;
};

Normalized normalize(std::string_view original, const NormalizeOptions& options = {});

// normalize(original, options).text, without building the offset map. Input must be valid UTF-8.
std::string normalize_for_match(std::string_view original, const NormalizeOptions& options = {});

}  // namespace termalign::text
