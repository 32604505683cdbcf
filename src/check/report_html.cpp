// The self-contained HTML report (see report.h).
#include <algorithm>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "check/report.h"

namespace termalign::check {
namespace {

constexpr std::string_view kStyle = R"(
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;text-align:start}
th{background:#f3f3f3}
.pair td.text{width:45%;font-size:1.05em;line-height:1.6}
mark{padding:0 .1em;border-radius:3px}
mark.missing{background:#ffd6d6}
mark.forbidden{background:#ff9e9e}
mark.inconsistent{background:#fff0a8}
mark.untranslated{background:#d6e4ff}
.error{color:#b00000;font-weight:bold}
.warning{color:#8a6d00;font-weight:bold}
ul.findings{margin:.3em 0 0 1.2em;padding:0}
)";

struct Highlight {
  std::size_t begin, end;
  Rule rule;
  std::string title;
};

// The side's text with non-overlapping highlights (a span overlapping an earlier one is listed, not marked).
std::string highlighted(const std::string& text, std::vector<Highlight> marks) {
  std::sort(marks.begin(), marks.end(), [](const Highlight& a, const Highlight& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t pos = 0;
  for (const Highlight& m : marks) {
    if (m.begin < pos || m.end > text.size() || m.begin >= m.end) continue;
    out += html_escape(std::string_view(text).substr(pos, m.begin - pos));
    out += fmt::format("<mark class=\"{}\" title=\"{}\">", to_string(m.rule), html_escape(m.title));
    out += html_escape(std::string_view(text).substr(m.begin, m.end - m.begin));
    out += "</mark>";
    pos = m.end;
  }
  out += html_escape(std::string_view(text).substr(std::min(pos, text.size())));
  return out;
}

void write_summary(std::ostream& out, const CheckReport& report, const ReportOptions& options) {
  const CheckSummary& s = report.summary;
  out << "<h1>Terminology check</h1>\n<table class=\"summary\">\n";
  if (!options.src_name.empty())
    out << "<tr><th>files</th><td>" << html_escape(options.src_name) << " \u2192 " << html_escape(options.tgt_name)
        << "</td></tr>\n";
  out << "<tr><th>languages</th><td>" << html_escape(report.src_lang) << " \u2192 " << html_escape(report.tgt_lang)
      << "</td></tr>\n<tr><th>segment pairs</th><td>" << s.pairs << "</td></tr>\n<tr><th>concepts</th><td>"
      << s.concepts << "</td></tr>\n<tr><th>findings</th><td>" << s.findings << " (" << s.errors << " errors, "
      << s.warnings << " warnings)</td></tr>\n";
  for (Rule r : kAllRules) {
    out << "<tr><th><mark class=\"" << to_string(r) << "\">" << to_string(r) << "</mark></th><td>"
        << s.by_rule[static_cast<std::size_t>(r)] << "</td></tr>\n";
  }
  out << "</table>\n";
}

void write_pair(std::ostream& out, const SegmentPair& pair, std::size_t index, const std::vector<const Finding*>& fs) {
  std::vector<Highlight> src_marks, tgt_marks;
  for (const Finding* f : fs) {
    if (!f->src_span.empty()) src_marks.push_back({f->src_span.begin, f->src_span.end, f->rule, f->message});
    if (!f->tgt_span.empty()) tgt_marks.push_back({f->tgt_span.begin, f->tgt_span.end, f->rule, f->message});
  }
  const Finding& first = *fs.front();
  std::string label = first.segment.empty() ? fmt::format("pair {}", index + 1) : html_escape(first.segment);
  out << "<tr class=\"pair\"><td>" << label << "<br>src " << first.src_line << "<br>tgt ";
  for (std::size_t i = 0; i < first.tgt_lines.size(); ++i) out << (i ? "," : "") << first.tgt_lines[i];
  out << "</td><td class=\"text\" dir=\"auto\">" << highlighted(pair.src.text, src_marks)
      << "</td><td class=\"text\" dir=\"auto\">" << highlighted(pair.tgt.text, tgt_marks) << "</td></tr>\n";
  out << "<tr><td></td><td colspan=\"2\"><ul class=\"findings\">\n";
  for (const Finding* f : fs) {
    out << "<li><span class=\"" << to_string(f->severity) << "\">" << to_string(f->severity) << "</span> <mark class=\""
        << to_string(f->rule) << "\">" << to_string(f->rule) << "</mark> <bdi>" << html_escape(f->message)
        << "</bdi></li>\n";
  }
  out << "</ul></td></tr>\n";
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

void write_html(std::ostream& out, const CheckReport& report, const std::vector<SegmentPair>& pairs,
                const ReportOptions& options) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>termalign check: "
      << html_escape(report.src_lang) << " \u2192 " << html_escape(report.tgt_lang) << "</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n";
  write_summary(out, report, options);
  std::map<std::size_t, std::vector<const Finding*>> by_pair;
  for (const Finding& f : report.findings) {
    if (f.pair < pairs.size()) by_pair[f.pair].push_back(&f);
  }
  out << "<h2>Findings</h2>\n";
  if (by_pair.empty()) out << "<p>No findings.</p>\n";
  else out << "<table class=\"pairs\">\n<tr><th>where</th><th>source</th><th>target</th></tr>\n";
  for (const auto& [index, fs] : by_pair) write_pair(out, pairs[index], index, fs);
  if (!by_pair.empty()) out << "</table>\n";
  out << "</body>\n</html>\n";
}

}  // namespace termalign::check
