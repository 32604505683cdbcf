// Language codes termalign understands, and what it knows about each.
//
// Codes are ISO 639-1 ("ar", "en", "ru", ...), case-insensitive; ISO 639-2/3 forms ("ara", "eng", "rus", "deu",
// "fra") are accepted too. language() throws Error(Usage) naming the supported codes for anything else.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace termalign::text {

enum class Script { Latin, Arabic, Cyrillic, Greek, Other };

struct Language {
  std::string code;          // ISO 639-1, lower case: "ar"
  std::string code3;         // ISO 639-2/T: "ara" (FreeDict names dictionaries by it)
  std::string name;          // English name: "Arabic"
  Script script = Script::Latin;
  std::string stemmer;       // Snowball algorithm name for libstemmer, empty when none
  bool has_case() const { return script != Script::Arabic && script != Script::Other; }
};

// Looks a code up; throws Error(Usage) "unknown language code 'xx' (supported: ...)".
const Language& language(std::string_view code);

// All supported ISO 639-1 codes, sorted.
std::vector<std::string> supported_languages();

}  // namespace termalign::text
