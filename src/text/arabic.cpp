#include "text/arabic.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace termalign::text {
namespace {

constexpr std::string_view kAlef = "\u0627";
constexpr std::string_view kLam = "\u0644";
constexpr std::string_view kArticle = "\u0627\u0644";  // ال
constexpr std::array<std::string_view, 3> kConjunctions{"", "\u0648", "\u0641"};          // و ف
constexpr std::array<std::string_view, 4> kPrepositions{"", "\u0628", "\u0643", "\u0644"};  // ب ك ل

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The written prefix for a (conjunction, preposition, article) reading: ل + ال is written لل.
std::string written_prefix(std::string_view conj, std::string_view prep, bool article) {
  std::string p(conj);
  p += prep;
  if (article) p += (prep == kLam) ? std::string(kLam) : std::string(kArticle);
  return p;
}

}  // namespace

std::vector<ArabicSplit> arabic_analyses(std::string_view word) {
  std::vector<ArabicSplit> out{{"", false, std::string(word)}};
  for (std::string_view conj : kConjunctions) {
    for (std::string_view prep : kPrepositions) {
      for (bool article : {false, true}) {
        std::string prefix = written_prefix(conj, prep, article);
        if (prefix.empty() || !starts_with(word, prefix)) continue;
        std::string_view base = word.substr(prefix.size());
        if (count_code_points(base) < 2) continue;
        std::string clitics(conj);
        clitics += prep;
        out.push_back({clitics, article, std::string(base)});
      }
    }
  }
  std::stable_sort(out.begin() + 1, out.end(),
                   [](const ArabicSplit& a, const ArabicSplit& b) { return a.base.size() > b.base.size(); });
  // Drop readings whose base repeats an earlier one.
  std::vector<ArabicSplit> unique;
  for (ArabicSplit& s : out) {
    bool seen = std::any_of(unique.begin(), unique.end(), [&](const ArabicSplit& u) { return u.base == s.base; });
    if (!seen) unique.push_back(std::move(s));
  }
  return unique;
}

std::string arabic_key(std::string_view word) {
  std::string_view best = word;
  for (std::string_view conj : kConjunctions) {
    for (std::string_view prep : kPrepositions) {
      std::string prefix = written_prefix(conj, prep, true);
      if (!starts_with(word, prefix)) continue;
      std::string_view base = word.substr(prefix.size());
      if (count_code_points(base) >= 3 && base.size() < best.size()) best = base;
    }
  }
  return std::string(best);
}

std::string arabic_strip_article(std::string_view word) {
  if (starts_with(word, kArticle)) {
    std::string_view base = word.substr(kArticle.size());
    if (count_code_points(base) >= 2) return std::string(base);
  }
  (void)kAlef;
  return std::string(word);
}

}  // namespace termalign::text
