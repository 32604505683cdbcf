// Tokenization with ICU's word BreakIterator, plus the matching forms every later stage needs.
//
//   Token::surface  the characters as written ("والمعاهدة", "START-3" is three tokens: "START" "-" "3")
//   Token::norm     normalize_for_match(surface)                        ("والمعاهده", "start")
//   Token::key      norm with Arabic proclitics stripped (arabic_key); for other languages = norm
//   Token::begin/end byte offsets of the surface in the tokenized string
// Whitespace is dropped. Punctuation and symbols are tokens of kind Punct.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/lang.h"

namespace termalign::text {

enum class TokenKind { Word, Number, Punct };

struct Token {
  std::string surface;
  std::string norm;
  std::string key;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;    // bytes, exclusive
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;  // first letter is upper/title case (always false for caseless scripts)
  bool all_caps = false;     // ≥ 2 letters, all upper case ("NATO", "ITAR")
};

std::vector<Token> tokenize(std::string_view text, const Language& lang);

}  // namespace termalign::text
