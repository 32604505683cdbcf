#include "text/reader.h"

#include <istream>

#include <fmt/format.h>

#include "base/atomic_file.h"
#include "base/error.h"
#include "text/utf8.h"

namespace termalign::text {
namespace {

// Validates one complete line (without its LF) and returns it with a trailing CR removed.
void check_line(std::string& line, const std::string& name, std::size_t line_no) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::size_t bad = find_invalid_utf8(line);
  std::size_t nul = line.find('\0');
  if (bad == kNoInvalid && nul == std::string::npos) return;
  std::size_t at = std::min(bad, nul);
  std::size_t column = code_point_index(line, at) + 1;
  if (at == nul) throw_input("NUL byte in text (is this a binary or UTF-16 file?)", {name, line_no, column});
  throw_input(fmt::format("invalid UTF-8 (byte 0x{:02X}); convert the file to UTF-8 first",
                          static_cast<unsigned char>(line[at])),
              {name, line_no, column});
}

}  // namespace

std::vector<std::string> read_lines(std::istream& in, const std::string& name) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_no = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++line_no;
    if (first) {
      first = false;
      if (line.size() >= 2 && static_cast<unsigned char>(line[0]) == 0xFF && static_cast<unsigned char>(line[1]) == 0xFE)
        throw_input("UTF-16 text (byte order mark FF FE); convert the file to UTF-8 first", {name, 1, 1});
      if (line.size() >= 2 && static_cast<unsigned char>(line[0]) == 0xFE && static_cast<unsigned char>(line[1]) == 0xFF)
        throw_input("UTF-16 text (byte order mark FE FF); convert the file to UTF-8 first", {name, 1, 1});
      if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    }
    check_line(line, name, line_no);
    lines.push_back(std::move(line));
    line.clear();
  }
  if (in.bad()) throw_input("read error", {name});
  return lines;
}

std::vector<std::string> read_lines_file(const std::string& path) {
  InputFile file(path);
  return read_lines(file.stream(), path);
}

std::vector<std::string> read_sentences_file(const std::string& path) {
  std::vector<std::string> lines = read_lines_file(path);
  if (lines.empty()) throw_input("file is empty", {path});
  for (std::string& line : lines) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
  }
  return lines;
}

}  // namespace termalign::text
