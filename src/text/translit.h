// Transliteration to lower-case Latin ASCII, for cognate matching across scripts. A hint, not an identity:
// "ستارت" → "start", "Рябков" → "ryabkov", "Kislyak" → "kislyak".
//
// Arabic and other scripts use ICU "Any-Latin; Latin-ASCII"; Russian uses "Russian-Latin/BGN; Latin-ASCII".
// Latin text is only folded to ASCII. An ICU Transliterator is not safe to share between threads: use one
// Transliterator object per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "text/lang.h"

namespace termalign::text {

class Transliterator {
 public:
  explicit Transliterator(const Language& lang);
  ~Transliterator();
  Transliterator(Transliterator&&) noexcept;
  Transliterator& operator=(Transliterator&&) noexcept;

  std::string to_ascii(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Similarity of two ASCII strings in [0, 1] for cognate and name matching: 1 - normalised edit distance after
// collapsing vowels' differences (consonant skeleton weighs more). "kislyak" vs "kisliak" ≈ 0.9.
double translit_similarity(std::string_view a, std::string_view b);

}  // namespace termalign::text
