#include "text/lang.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/error.h"

namespace termalign::text {
namespace {

const std::array<Language, 14>& table() {
  static const std::array<Language, 14> languages{{
      {"ar", "ara", "Arabic", Script::Arabic, "arabic"},
      {"da", "dan", "Danish", Script::Latin, "danish"},
      {"de", "deu", "German", Script::Latin, "german"},
      {"el", "ell", "Greek", Script::Greek, "greek"},
      {"en", "eng", "English", Script::Latin, "english"},
      {"es", "spa", "Spanish", Script::Latin, "spanish"},
      {"fi", "fin", "Finnish", Script::Latin, "finnish"},
      {"fr", "fra", "French", Script::Latin, "french"},
      {"it", "ita", "Italian", Script::Latin, "italian"},
      {"nl", "nld", "Dutch", Script::Latin, "dutch"},
      {"pt", "por", "Portuguese", Script::Latin, "portuguese"},
      {"ru", "rus", "Russian", Script::Cyrillic, "russian"},
      {"sv", "swe", "Swedish", Script::Latin, "swedish"},
      {"uk", "ukr", "Ukrainian", Script::Cyrillic, ""},
  }};
  return languages;
}

// ISO 639-2/B codes that differ from 639-2/T.
std::string_view bibliographic_alias(std::string_view code) {
  if (code == "ger") return "deu";
  if (code == "fre") return "fra";
  if (code == "dut") return "nld";
  if (code == "gre") return "ell";
  return code;
}

}  // namespace

const Language& language(std::string_view code) {
  std::string lower(code);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  // Accept region subtags as translators write them: "en-US", "ar_SA" → "en", "ar".
  if (auto cut = lower.find_first_of("-_"); cut != std::string::npos) lower.resize(cut);
  std::string_view wanted = bibliographic_alias(lower);
  for (const Language& lang : table()) {
    if (lang.code == wanted || lang.code3 == wanted) return lang;
  }
  throw_usage(fmt::format("unknown language code '{}' (supported: {})", std::string(code),
                          fmt::join(supported_languages(), ", ")));
}

std::vector<std::string> supported_languages() {
  std::vector<std::string> codes;
  for (const Language& lang : table()) codes.push_back(lang.code);
  return codes;
}

}  // namespace termalign::text
