#include "terms/similarity.h"

#include <algorithm>
#include <vector>

#include "text/translit.h"

namespace termalign::terms {
namespace {

constexpr double kMinShortAgreement = 0.25;  // translit_similarity needed beside a short skeleton

char sound_class(char c) {
  switch (c) {
    case 'p': return 'b';
    case 'v': case 'f': return 'f';
    case 'c': case 'q': case 'k': case 'g': return 'k';
    case 'z': return 's';
    case 'j': return 'k';
    case 'x': return 'k';
    default: return c;
  }
}

bool is_dropped(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w' || c == 'h' ||
         c == '\'' || c == '-';
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string consonant_skeleton(std::string_view ascii) {
  std::string word(ascii);
  if (word.size() > 4 && word.starts_with("al")) word.erase(0, 2);
  std::string out;
  for (char raw : word) {
    char c = static_cast<char>(raw >= 'A' && raw <= 'Z' ? raw - 'A' + 'a' : raw);
    if (is_dropped(c) || !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) continue;
    c = sound_class(c);
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

double name_similarity(std::string_view a_ascii, std::string_view b_ascii) {
  if (a_ascii.empty() || b_ascii.empty()) return 0.0;
  double best = text::translit_similarity(a_ascii, b_ascii);
  std::string sa = consonant_skeleton(a_ascii);
  std::string sb = consonant_skeleton(b_ascii);
  // Short skeletons ("rb", "sr") match too much by chance: they need the plain similarity to agree.
  if (sa.size() < 3 || sb.size() < 3) return sa == sb && best >= 0.35 ? std::max(best, 0.85) : best;
  double skeleton = 1.0 - static_cast<double>(edit_distance(sa, sb)) / static_cast<double>(std::max(sa.size(), sb.size()));
  // Three-consonant skeletons still collide by chance («الصواريخ» "srk" = "Sergei"): the letters must agree a bit.
  if (sa.size() <= 3 && sb.size() <= 3 && best < kMinShortAgreement) return best;
  return std::max(best, skeleton);
}

std::string digits_of(std::string_view norm_word) {
  std::string out;
  for (char c : norm_word) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

}  // namespace termalign::terms
