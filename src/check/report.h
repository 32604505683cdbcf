// Writing a CheckReport: text for terminals, JSON for machines, TSV for spreadsheets, HTML for people.
//
// JSON (lines and columns 1-based, columns and lengths in code points; a span is absent when not applicable):
//   {"src_lang":"ar","tgt_lang":"en",
//    "findings":[{"rule":"missing","severity":"error","segment":"tu7","pair":3,"src_line":3,"tgt_lines":[3],
//                 "concept":12,"src_term":"...","expected":["..."],"found":"...","message":"...",
//                 "src_span":{"line":3,"column":10,"length":8,"text":"..."},"tgt_span":{...}}],
//    "summary":{"pairs":120,"concepts":40,"findings":5,"errors":3,"warnings":2,
//               "by_rule":{"missing":2,"forbidden":1,"inconsistent":1,"untranslated":1}}}
// TSV: a header line, then one finding per line; TABs and newlines inside fields become spaces.
// HTML: one self-contained file (inline CSS, no script, no external resource): a summary table, then every pair
// with findings, source and target side by side, matched spans highlighted per rule, all text HTML-escaped.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "check/checker.h"
#include "check/segment_pair.h"

namespace termalign::check {

enum class ReportFormat { Text, Json, Tsv, Html };
ReportFormat parse_report_format(std::string_view name);  // "text", "json", "tsv", "html"; Error(Usage) otherwise

struct ReportOptions {
  std::string src_name;  // source file name shown in text/HTML reports ("" = not shown)
  std::string tgt_name;  // target file name
};

void write_text(std::ostream& out, const CheckReport& report, const ReportOptions& options = {});
void write_json(std::ostream& out, const CheckReport& report);
void write_tsv(std::ostream& out, const CheckReport& report);
// `pairs` are the pairs the report was computed from.
void write_html(std::ostream& out, const CheckReport& report, const std::vector<SegmentPair>& pairs,
                const ReportOptions& options = {});
void write_report(std::ostream& out, ReportFormat format, const CheckReport& report,
                  const std::vector<SegmentPair>& pairs, const ReportOptions& options = {});

// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view s);

}  // namespace termalign::check
