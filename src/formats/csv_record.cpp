// RFC 4180 primitives: quoting, spreadsheet-safe cells, the record reader.
#include <fmt/format.h>

#include <istream>

#include "base/error.h"
#include "formats/csv.h"
#include "text/utf8.h"

namespace termalign::formats {

std::string quote_cell(std::string_view cell, char delimiter, bool always) {
  bool needs = always || cell.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string_view::npos;
  if (!needs) return std::string(cell);
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string safe_cell(std::string_view cell) {
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) {
    std::string out(1, '\'');
    out.append(cell.data(), cell.size());
    return out;
  }
  return std::string(cell);
}

CsvRecordReader::CsvRecordReader(std::istream& in, std::string name, char delimiter, bool quotes)
    : in_(in), name_(std::move(name)), delimiter_(delimiter), quotes_(quotes) {}

void CsvRecordReader::fail(const std::string& message, std::size_t line) const { throw_input(message, {name_, line}); }

int CsvRecordReader::get() {
  if (pending_pos_ < pending_.size()) return static_cast<unsigned char>(pending_[pending_pos_++]);
  return in_.rdbuf()->sbumpc();
}

int CsvRecordReader::peek() {
  if (pending_pos_ < pending_.size()) return static_cast<unsigned char>(pending_[pending_pos_]);
  return in_.rdbuf()->sgetc();
}

// Skips a BOM and, when no delimiter was given, sniffs it from the first line (kept in pending_).
void CsvRecordReader::sniff() {
  started_ = true;
  if (peek() == 0xEF) {
    std::string bom;
    for (int i = 0; i < 3 && peek() != EOF; ++i) bom += static_cast<char>(get());
    if (bom != "\xEF\xBB\xBF") pending_ = bom;
  }
  if (delimiter_ != '\0') return;
  std::string rest;
  std::getline(in_, rest);
  if (!in_.eof()) rest += '\n';
  in_.clear(in_.rdstate() & ~std::ios::failbit);
  pending_ += rest;
  if (pending_.find('\t') != std::string::npos) {
    delimiter_ = '\t';
  } else if (pending_.find(';') != std::string::npos && pending_.find(',') == std::string::npos) {
    delimiter_ = ';';
  } else {
    delimiter_ = ',';
  }
}

bool CsvRecordReader::next(std::vector<std::string>& cells) {
  if (!started_) sniff();
  cells.clear();
  for (;;) {
    record_line_ = line_;
    std::string field;
    bool any = false;
    int c = get();
    if (c == EOF) {
      if (in_.bad()) fail("read error", line_);
      return false;
    }
    for (; c != EOF; c = get()) {
      if (c == '"' && quotes_ && field.empty()) {
        std::size_t quote_line = line_;
        for (;;) {
          int q = get();
          if (q == EOF) fail(fmt::format("unclosed quote: the quoted field starting on line {} never ends", quote_line), quote_line);
          if (q == '\n') ++line_;
          if (q == '"') {
            if (peek() != '"') break;
            get();
          }
          field += static_cast<char>(q);
        }
        int after = peek();
        if (after != EOF && after != delimiter_ && after != '\r' && after != '\n') {
          fail("unexpected text after a closing quote (a quote inside a cell must be doubled)", line_);
        }
        any = true;
        continue;
      }
      if (c == delimiter_) {
        cells.push_back(std::move(field));
        field.clear();
        any = true;
        continue;
      }
      if (c == '\r' && peek() == '\n') continue;
      if (c == '\n' || c == '\r') {
        ++line_;
        break;
      }
      field += static_cast<char>(c);
      any = true;
    }
    if (!any && cells.empty()) continue;  // blank line
    cells.push_back(std::move(field));
    for (const std::string& cell : cells) {
      if (text::find_invalid_utf8(cell) != text::kNoInvalid) fail("invalid UTF-8 in this record", record_line_);
    }
    return true;
  }
}

}  // namespace termalign::formats
