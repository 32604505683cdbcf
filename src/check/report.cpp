#include "check/report.h"

#include <ostream>

#include <fmt/format.h>

#include "base/error.h"

namespace termalign::check {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string join_lines(const std::vector<std::size_t>& lines) {
  std::string out;
  for (std::size_t l : lines) {
    if (!out.empty()) out += ',';
    out += std::to_string(l);
  }
  return out;
}

std::string tsv_field(std::string s) {
  for (char& ch : s) {
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  }
  return s;
}

// The span a finding is about: the source for `missing`, else the target when there is a target span.
bool primary_is_source(const Finding& f) { return f.rule == Rule::Missing || f.tgt_span.empty(); }

// "FILE:LINE:COLUMN" of the finding's primary span (compiler style, so editors can jump to it).
std::string where(const Finding& f, const ReportOptions& options) {
  bool src = primary_is_source(f);
  const Span& span = src ? f.src_span : f.tgt_span;
  const std::string& name = src ? options.src_name : options.tgt_name;
  std::string file = name.empty() ? (src ? "src" : "tgt") : name;
  if (span.empty() || span.line == 0) return fmt::format("{}: pair {}", file, f.pair + 1);
  return fmt::format("{}:{}:{}", file, span.line, span.column);
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

ReportFormat parse_report_format(std::string_view name) {
  if (name == "text") return ReportFormat::Text;
  if (name == "json") return ReportFormat::Json;
  if (name == "tsv") return ReportFormat::Tsv;
  if (name == "html") return ReportFormat::Html;
  throw_usage(fmt::format("unknown report format '{}' (formats: text, json, tsv, html)", name));
}

void write_text(std::ostream& out, const CheckReport& report, const ReportOptions& options) {
  for (const Finding& f : report.findings) {
    out << where(f, options) << ": " << to_string(f.severity) << ": [" << to_string(f.rule) << "] " << f.message
        << '\n';
    out << "    ";
    if (!f.segment.empty()) out << "segment " << f.segment << ", ";
    out << "source line " << f.src_line << ", target line" << (f.tgt_lines.size() == 1 ? " " : "s ")
        << join_lines(f.tgt_lines);
    bool src = primary_is_source(f);
    const Span& other = src ? f.tgt_span : f.src_span;
    if (!other.empty() && other.line != 0)
      out << "; " << (src ? "target" : "source") << " at " << other.line << ':' << other.column;
    out << '\n';
  }
  const CheckSummary& s = report.summary;
  std::string files = options.src_name.empty() ? "" : options.src_name;
  if (!options.tgt_name.empty() && options.tgt_name != options.src_name) files += " \u2192 " + options.tgt_name;
  if (!files.empty()) files += ": ";
  out << files << plural(s.pairs, "segment pair") << ", " << plural(s.concepts, "concept") << ": "
      << plural(s.findings, "finding") << " (" << plural(s.errors, "error") << ", " << plural(s.warnings, "warning");
  for (Rule r : kAllRules) out << "; " << to_string(r) << ' ' << s.by_rule[static_cast<std::size_t>(r)];
  out << ")\n";
}

void write_tsv(std::ostream& out, const CheckReport& report) {
  out << "rule\tseverity\tsegment\tsrc_line\ttgt_lines\tsrc_column\tsrc_length\ttgt_line\ttgt_column\ttgt_length"
         "\tsrc_term\texpected\tfound\tmessage\n";
  for (const Finding& f : report.findings) {
    auto num = [](std::size_t v, bool present) { return present ? std::to_string(v) : std::string(); };
    bool s = !f.src_span.empty(), t = !f.tgt_span.empty();
    out << to_string(f.rule) << '\t' << to_string(f.severity) << '\t' << tsv_field(f.segment) << '\t' << f.src_line
        << '\t' << join_lines(f.tgt_lines) << '\t' << num(f.src_span.column, s) << '\t' << num(f.src_span.length, s)
        << '\t' << num(f.tgt_span.line, t) << '\t' << num(f.tgt_span.column, t) << '\t' << num(f.tgt_span.length, t)
        << '\t' << tsv_field(f.src_term) << '\t' << tsv_field(join(f.expected, " | ")) << '\t' << tsv_field(f.found)
        << '\t' << tsv_field(f.message) << '\n';
  }
}

void write_report(std::ostream& out, ReportFormat format, const CheckReport& report,
                  const std::vector<SegmentPair>& pairs, const ReportOptions& options) {
  switch (format) {
    case ReportFormat::Text: write_text(out, report, options); break;
    case ReportFormat::Json: write_json(out, report); break;
    case ReportFormat::Tsv: write_tsv(out, report); break;
    case ReportFormat::Html: write_html(out, report, pairs, options); break;
  }
}

}  // namespace termalign::check
