// The JSON report (see report.h), written finding by finding: a report of 270k findings is 150 MB of JSON, and a
// DOM of it (nlohmann) took 500 MB and seconds. The layout is the one nlohmann's dump(2) gives (2-space indent,
// one array element per line, "key": value, UTF-8 as is, control characters escaped), so readers see no change.
#include <charconv>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "check/report.h"
#include "text/utf8.h"

namespace termalign::check {
namespace {

// Appends to a buffer flushed to the stream in large pieces (ostream insertion per token was a second of the
// check on 270k findings).
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) { buffer_.reserve(2 * kFlushAt); }
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the next member of the current object.
  void key(std::string_view k) {
    next_item();
    quoted(k);
    buffer_ += ": ";
    after_key_ = true;
  }
  void value(std::string_view s) {
    next_item();
    quoted(s);
  }
  void value(std::size_t n) {
    next_item();
    number(n);
  }
  void value(std::int64_t n) {
    next_item();
    number(n);
  }
  void member(std::string_view k, std::string_view s) {
    key(k);
    value(s);
  }
  void member(std::string_view k, std::size_t n) {
    key(k);
    value(n);
  }
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;

  // Before a value or a key: the separator and the indentation, unless a key was just written.
  void next_item() {
    if (buffer_.size() >= kFlushAt) flush();
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (!first_) buffer_ += ',';
    new_line();
    first_ = false;
  }
  void open(char bracket) {
    next_item();
    buffer_ += bracket;
    ++depth_;
    first_ = true;
  }
  void close(char bracket) {
    --depth_;
    if (!first_) new_line();
    buffer_ += bracket;
    first_ = false;
  }
  void new_line() {
    buffer_ += '\n';
    buffer_.append(2 * depth_, ' ');
  }
  template <typename T>
  void number(T n) {
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    buffer_.append(digits, end);
  }
  // Runs of characters that need no escape are appended whole. Invalid UTF-8 (a glossary edited outside
  // termalign) is replaced by U+FFFD, so the report stays valid JSON.
  void quoted(std::string_view s) {
    if (text::find_invalid_utf8(s) != text::kNoInvalid) {
      const std::string clean = text::sanitize_utf8(s);
      quoted_valid(clean);
      return;
    }
    quoted_valid(s);
  }
  void quoted_valid(std::string_view s) {
    buffer_ += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto u = static_cast<unsigned char>(s[i]);
      if (u >= 0x20 && u != '"' && u != '\\') continue;
      buffer_.append(s.substr(run, i - run));
      run = i + 1;
      switch (s[i]) {
        case '"': buffer_ += "\\\""; break;
        case '\\': buffer_ += "\\\\"; break;
        case '\b': buffer_ += "\\b"; break;
        case '\f': buffer_ += "\\f"; break;
        case '\n': buffer_ += "\\n"; break;
        case '\r': buffer_ += "\\r"; break;
        case '\t': buffer_ += "\\t"; break;
        default: buffer_ += fmt::format("\\u{:04x}", u);
      }
    }
    buffer_.append(s.substr(run));
    buffer_ += '"';
  }

  std::ostream& out_;
  std::size_t depth_ = 0;
  bool first_ = true;       // no item yet in the innermost open object/array
  bool after_key_ = false;  // a key was written, its value comes next on the same line
  std::string buffer_;
};

void write_span(JsonWriter& w, std::string_view name, const Span& span) {
  w.key(name);
  w.begin_object();
  w.member("line", span.line);
  w.member("column", span.column);
  w.member("length", span.length);
  w.member("text", span.text);
  w.end_object();
}

void write_finding(JsonWriter& w, const Finding& f) {
  w.begin_object();
  w.member("rule", to_string(f.rule));
  w.member("severity", to_string(f.severity));
  w.member("segment", f.segment);
  w.member("pair", f.pair + 1);
  w.member("src_line", f.src_line);
  w.key("tgt_lines");
  w.begin_array();
  for (std::size_t line : f.tgt_lines) w.value(line);
  w.end_array();
  w.key("concept");
  w.value(f.concept_id);
  w.member("src_term", f.src_term);
  w.key("expected");
  w.begin_array();
  for (const std::string& e : f.expected) w.value(e);
  w.end_array();
  w.member("found", f.found);
  w.member("message", f.message);
  if (!f.src_span.empty()) write_span(w, "src_span", f.src_span);
  if (!f.tgt_span.empty()) write_span(w, "tgt_span", f.tgt_span);
  w.end_object();
}

}  // namespace

void write_json(std::ostream& out, const CheckReport& report) {
  JsonWriter w(out);
  w.begin_object();
  w.member("src_lang", report.src_lang);
  w.member("tgt_lang", report.tgt_lang);
  w.key("findings");
  w.begin_array();
  for (const Finding& f : report.findings) write_finding(w, f);
  w.end_array();
  const CheckSummary& s = report.summary;
  w.key("summary");
  w.begin_object();
  w.member("pairs", s.pairs);
  w.member("concepts", s.concepts);
  w.member("findings", s.findings);
  w.member("errors", s.errors);
  w.member("warnings", s.warnings);
  w.key("by_rule");
  w.begin_object();
  for (Rule r : kAllRules) w.member(to_string(r), s.by_rule[static_cast<std::size_t>(r)]);
  w.end_object();
  w.end_object();
  w.end_object();
  w.flush();
  out << '\n';
}

}  // namespace termalign::check
