#include "text/tokenize.h"

#include <map>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

#include "text/arabic.h"
#include "text/icu_bridge.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace termalign::text {
namespace {

// One word BreakIterator per thread and language (creating one costs far more than reusing it).
icu::BreakIterator& word_iterator(const Language& lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  auto& slot = cache[lang.code];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::BreakIterator::createWordInstance(icu::Locale(lang.code.c_str()), status));
    detail::check_icu(status, "creating the word break iterator");
  }
  return *slot;
}

// Byte offset in `text` for every UTF-16 index of its UnicodeString (size length+1).
std::vector<std::size_t> utf16_to_byte(std::string_view text, const icu::UnicodeString& u) {
  std::vector<std::size_t> map(static_cast<std::size_t>(u.length()) + 1, text.size());
  std::size_t byte = 0;
  int32_t k = 0;
  while (byte < text.size()) {
    map[static_cast<std::size_t>(k)] = byte;
    char32_t cp = decode_utf8(text, byte);
    k += cp > 0xFFFF ? 2 : 1;
  }
  return map;
}

void set_case_flags(Token& t) {
  std::size_t pos = 0;
  int letters = 0, upper = 0;
  bool first = true;
  while (pos < t.surface.size()) {
    auto cp = static_cast<UChar32>(decode_utf8(t.surface, pos));
    if (!u_isalpha(cp)) continue;
    ++letters;
    bool up = u_isupper(cp) || u_istitle(cp);
    if (up) ++upper;
    if (first) t.capitalized = up;
    first = false;
  }
  t.all_caps = letters >= 2 && upper == letters;
}

bool is_space_only(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (!u_isUWhiteSpace(static_cast<UChar32>(decode_utf8(s, pos)))) return false;
  }
  return true;
}

// The matching key of a normalized word: Arabic proclitics stripped; English possessive 's dropped.
std::string key_for(const std::string& norm, const Language& lang) {
  if (lang.script == Script::Arabic) return arabic_key(norm);
  if (lang.code == "en") {
    for (std::string_view s : {"'s", "\u2019s"}) {
      if (norm.size() > s.size() + 1 && norm.compare(norm.size() - s.size(), s.size(), s) == 0)
        return norm.substr(0, norm.size() - s.size());
    }
  }
  return norm;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const Language& lang) {
  std::vector<Token> tokens;
  if (text.empty()) return tokens;
  icu::UnicodeString u = detail::to_icu(text);
  std::vector<std::size_t> to_byte = utf16_to_byte(text, u);
  icu::BreakIterator& it = word_iterator(lang);
  it.setText(u);
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    int32_t status = it.getRuleStatus();
    Token t;
    t.begin = to_byte[static_cast<std::size_t>(start)];
    t.end = to_byte[static_cast<std::size_t>(end)];
    t.surface.assign(text.substr(t.begin, t.end - t.begin));
    if (status < UBRK_WORD_NONE_LIMIT) {
      if (is_space_only(t.surface)) continue;
      t.kind = TokenKind::Punct;
    } else if (status < UBRK_WORD_NUMBER_LIMIT) {
      t.kind = TokenKind::Number;
    }
    t.norm = normalize_for_match(t.surface);
    t.key = t.kind == TokenKind::Word ? key_for(t.norm, lang) : t.norm;
    if (t.kind == TokenKind::Word) set_case_flags(t);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace termalign::text
