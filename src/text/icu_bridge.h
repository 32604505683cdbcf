// Private to src/text: conversions between UTF-8 std::string and icu::UnicodeString, and UErrorCode checks.
#pragma once

#include <string>
#include <string_view>

#include <unicode/unistr.h>
#include <unicode/utypes.h>

namespace termalign::text::detail {

inline icu::UnicodeString to_icu(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

inline std::string from_icu(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Throws Error(Internal) "<what>: <ICU error name>" when `status` is a failure.
void check_icu(UErrorCode status, const char* what);

}  // namespace termalign::text::detail
