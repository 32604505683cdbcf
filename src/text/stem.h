// Snowball stemming (Debian's libstemmer) on normalized tokens. For Arabic, apply arabic_key() first: the
// Snowball stemmer does not split «وال»-type proclitics. A Stemmer is not thread-safe; use one per thread.
// Languages without a Snowball algorithm stem to the word itself.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "text/lang.h"

namespace termalign::text {

class Stemmer {
 public:
  explicit Stemmer(const Language& lang);
  ~Stemmer();
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  std::string stem(std::string_view norm_word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace termalign::text
