// Reading UTF-8 text files as lines.
//
// - A leading UTF-8 byte order mark is stripped.
// - Lines end at LF; a CR before the LF (CRLF files) is dropped. A final line without LF is kept.
// - Invalid UTF-8 or a NUL byte throws Error(Input) naming the file, the 1-based line and the 1-based column
//   in code points of the first bad byte.
// - Reading is streamed in blocks: a 40 MB single line costs about its own size in memory, no more.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace termalign::text {

std::vector<std::string> read_lines(std::istream& in, const std::string& name);

// Opens `path` ("-" = standard input) and reads it as above; a missing file is Error(Input).
std::vector<std::string> read_lines_file(const std::string& path);

// Like read_lines_file, but one sentence per line: trailing spaces are removed, and an input with no line at
// all throws Error(Input) "file is empty". Blank lines are kept (they are sentences with no text).
std::vector<std::string> read_sentences_file(const std::string& path);

}  // namespace termalign::text
