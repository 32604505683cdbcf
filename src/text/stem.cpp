#include "text/stem.h"

#include <libstemmer.h>

#include <fmt/format.h>

#include "base/error.h"

namespace termalign::text {

struct Stemmer::Impl {
  sb_stemmer* stemmer = nullptr;
  ~Impl() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
};

Stemmer::Stemmer(const Language& lang) : impl_(std::make_unique<Impl>()) {
  if (lang.stemmer.empty()) return;
  impl_->stemmer = sb_stemmer_new(lang.stemmer.c_str(), "UTF_8");
  if (!impl_->stemmer) throw_internal(fmt::format("libstemmer has no '{}' stemmer", lang.stemmer));
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

std::string Stemmer::stem(std::string_view word) const {
  if (!impl_->stemmer || word.empty()) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (!out) throw_internal("libstemmer ran out of memory");
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace termalign::text
