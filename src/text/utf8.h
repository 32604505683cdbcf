// UTF-8 primitives on std::string / std::string_view. Offsets are bytes unless a name says code points.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace termalign::text {

inline constexpr std::size_t kNoInvalid = static_cast<std::size_t>(-1);

// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence (overlongs, surrogates and
// code points above U+10FFFF are ill-formed), or kNoInvalid.
std::size_t find_invalid_utf8(std::string_view s);

// Decodes the code point starting at byte `pos` of valid UTF-8 and advances `pos` past it.
char32_t decode_utf8(std::string_view s, std::size_t& pos);

// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view s);

// Number of code points that precede byte offset `byte_offset` (which must be on a code point boundary).
std::size_t code_point_index(std::string_view s, std::size_t byte_offset);

// Byte offset of the code point with index `cp_index` (or s.size() when past the end).
std::size_t byte_offset_of(std::string_view s, std::size_t cp_index);

// Replaces ill-formed sequences by U+FFFD (for messages quoting bad input).
std::string sanitize_utf8(std::string_view s);

}  // namespace termalign::text
