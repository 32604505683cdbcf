#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <fmt/format.h>

#include "base/error.h"
#include "text/icu_bridge.h"
#include "text/utf8.h"

namespace termalign::text {

namespace detail {
void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw_internal(fmt::format("{}: ICU error {}", what, u_errorName(status)));
}
}  // namespace detail

namespace {

const icu::Normalizer2* pick_normalizer(const NormalizeOptions& o) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = nullptr;
  if (o.nfkc && o.case_fold) {
    n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  } else if (o.nfkc) {
    n = icu::Normalizer2::getNFKCInstance(status);
  }
  detail::check_icu(status, "loading the Unicode normalizer");
  return n;
}

// Arabic orthographic folding and digit folding of one already NFKC/case-folded code point.
// Returns 0 when the code point is removed.
char32_t fold_code_point(char32_t cp, const NormalizeOptions& o) {
  if (o.fold_digits) {
    if (cp >= 0x0660 && cp <= 0x0669) return U'0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9) return U'0' + (cp - 0x06F0);
  }
  if (!o.arabic_fold || cp < 0x0622 || cp > 0x0671) return cp;
  switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;  // آ أ إ ٱ → ا
    case 0x0649: return 0x064A;                                           // ى → ي
    case 0x0629: return o.ta_marbuta_to_ha ? 0x0647 : cp;                 // ة → ه
    case 0x0640: case 0x0670: return 0;                                   // tatweel, superscript alef
    default: break;
  }
  if (cp >= 0x064B && cp <= 0x0655) return 0;  // harakat (064B–0652) and hamza/madda marks (0653–0655)
  return cp;
}

void emit(std::string& out, std::vector<std::size_t>* map, char32_t cp, std::size_t orig) {
  std::size_t before = out.size();
  append_utf8(out, cp);
  if (map) map->insert(map->end(), out.size() - before, orig);
}

// Case-folds a chunk without NFKC (options.nfkc == false).
icu::UnicodeString fold_case_only(const icu::UnicodeString& u) {
  icu::UnicodeString folded(u);
  folded.foldCase(U_FOLD_CASE_DEFAULT);
  return folded;
}

void normalize_into(std::string_view s, const NormalizeOptions& o, std::string& out, std::vector<std::size_t>* map) {
  const icu::Normalizer2* norm = pick_normalizer(o);
  out.reserve(s.size());
  if (map) map->reserve(s.size() + 1);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t first = decode_utf8(s, i);
    // Extend the chunk to the next normalization boundary.
    std::size_t end = i;
    while (end < s.size()) {
      std::size_t probe = end;
      char32_t next = decode_utf8(s, probe);
      if (!norm || norm->hasBoundaryBefore(static_cast<UChar32>(next))) break;
      end = probe;
    }
    if (end == i && first < 0x80) {  // lone ASCII: fold directly
      char32_t c = (o.case_fold && first >= 'A' && first <= 'Z') ? first + 32 : first;
      emit(out, map, c, start);
    } else if (end == i && (norm ? norm->isInert(static_cast<UChar32>(first)) : !o.case_fold)) {
      if (char32_t c = fold_code_point(first, o)) emit(out, map, c, start);
    } else {
      icu::UnicodeString chunk = detail::to_icu(s.substr(start, end - start));
      icu::UnicodeString result;
      if (norm) {
        UErrorCode status = U_ZERO_ERROR;
        norm->normalize(chunk, result, status);
        detail::check_icu(status, "normalizing text");
      } else {
        result = o.case_fold ? fold_case_only(chunk) : chunk;
      }
      for (int32_t k = 0; k < result.length();) {
        UChar32 cp = result.char32At(k);
        k += U16_LENGTH(cp);
        if (char32_t c = fold_code_point(static_cast<char32_t>(cp), o)) emit(out, map, c, start);
      }
    }
    i = end;
  }
  if (map) map->push_back(s.size());
}

}  // namespace

Normalized normalize(std::string_view original, const NormalizeOptions& options) {
  Normalized result;
  normalize_into(original, options, result.text, &result.norm_to_orig);
  return result;
}

std::string normalize_for_match(std::string_view original, const NormalizeOptions& options) {
  std::string out;
  normalize_into(original, options, out, nullptr);
  return out;
}

}  // namespace termalign::text
