#include "text/translit.h"

#include <algorithm>
#include <vector>

#include <unicode/translit.h>

#include "text/icu_bridge.h"

namespace termalign::text {

struct Transliterator::Impl {
  std::unique_ptr<icu::Transliterator> icu;
};

namespace {

const char* rules_for(const Language& lang) {
  if (lang.code == "ru") return "Russian-Latin/BGN; Latin-ASCII; Lower";
  if (lang.code == "uk") return "Ukrainian-Latin/BGN; Latin-ASCII; Lower";
  if (lang.script == Script::Latin) return "Latin-ASCII; Lower";
  return "Any-Latin; Latin-ASCII; Lower";
}

}  // namespace

Transliterator::Transliterator(const Language& lang) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->icu.reset(icu::Transliterator::createInstance(rules_for(lang), UTRANS_FORWARD, status));
  detail::check_icu(status, "creating the transliterator");
}

Transliterator::~Transliterator() = default;
Transliterator::Transliterator(Transliterator&&) noexcept = default;
Transliterator& Transliterator::operator=(Transliterator&&) noexcept = default;

std::string Transliterator::to_ascii(std::string_view text) const {
  icu::UnicodeString u = detail::to_icu(text);
  impl_->icu->transliterate(u);
  std::string out = detail::from_icu(u);
  // Keep letters and digits only; BGN's apostrophes and ʹ marks carry nothing for matching.
  std::string clean;
  for (char c : out) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-') clean.push_back(c);
  }
  return clean;
}

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Substitution cost: vowels are cheap to confuse (Arabic script omits short vowels), consonants are not.
double sub_cost(char a, char b) {
  if (a == b) return 0.0;
  if (is_vowel(a) && is_vowel(b)) return 0.3;
  return 1.0;
}

double indel_cost(char c) { return is_vowel(c) ? 0.4 : 1.0; }

}  // namespace

double translit_similarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0.0;
  std::vector<double> prev(b.size() + 1), cur(b.size() + 1);
  prev[0] = 0.0;
  for (std::size_t j = 1; j <= b.size(); ++j) prev[j] = prev[j - 1] + indel_cost(b[j - 1]);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = prev[0] + indel_cost(a[i - 1]);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + indel_cost(a[i - 1]), cur[j - 1] + indel_cost(b[j - 1]),
                         prev[j - 1] + sub_cost(a[i - 1], b[j - 1])});
    }
    std::swap(prev, cur);
  }
  auto weight = [](std::string_view s) {
    double w = 0;
    for (char c : s) w += indel_cost(c);
    return w;
  };
  double worst = std::max(weight(a), weight(b));
  return worst > 0 ? std::max(0.0, 1.0 - prev[b.size()] / worst) : 0.0;
}

}  // namespace termalign::text
