#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "check/report.h"
#include "fixture_glossary.h"
#include "text/lang.h"

using namespace termalign;
using namespace termalign::check;

namespace {

struct Sample {
  std::vector<glossary::Concept> concepts;
  std::vector<SegmentPair> pairs;
  CheckReport report;
};

// One missing and one forbidden finding, in a pair whose text needs HTML escaping.
Sample sample() {
  Sample s;
  s.concepts.resize(1);
  s.concepts[0].id = 42;
  s.concepts[0].terms = {test::make_term("ru", "ядерное оружие", glossary::TermStatus::Approved),
                         test::make_term("en", "nuclear weapon", glossary::TermStatus::Approved),
                         test::make_term("en", "atomic weapon", glossary::TermStatus::Deprecated)};
  s.pairs = {{"tu<1>", side_from_text("О ядерном оружии", 4, 3), side_from_text("<b>\"atomic weapons\"</b> & co", 5)}};
  s.report = run_check(s.concepts, text::language("ru"), text::language("en"), s.pairs);
  return s;
}

Span make_test_span(std::size_t line, std::size_t column, std::size_t length, std::string text) {
  Span span;
  span.begin = 10;
  span.end = 10 + text.size();
  span.line = line;
  span.column = column;
  span.length = length;
  span.text = std::move(text);
  return span;
}

}  // namespace

TEST_CASE("the JSON report has the documented shape") {
  Sample s = sample();
  std::ostringstream out;
  write_json(out, s.report);
  nlohmann::json j = nlohmann::json::parse(out.str());
  CHECK(j["src_lang"] == "ru");
  CHECK(j["tgt_lang"] == "en");
  REQUIRE(j["findings"].size() == 2);
  const nlohmann::json& f = j["findings"][0];
  for (const char* key : {"rule", "severity", "segment", "pair", "src_line", "tgt_lines", "concept", "src_term",
                          "expected", "found", "message", "src_span"}) {
    CAPTURE(key);
    CHECK(f.contains(key));
  }
  CHECK(f["rule"] == "missing");
  CHECK(f["severity"] == "error");
  CHECK(f["segment"] == "tu<1>");
  CHECK(f["pair"] == 1);
  CHECK(f["src_line"] == 4);
  CHECK(f["tgt_lines"] == nlohmann::json::array({5}));
  CHECK(f["concept"] == 42);
  CHECK(f["src_term"] == "ядерное оружие");
  CHECK(f["expected"] == nlohmann::json::array({"nuclear weapon"}));
  CHECK(f["src_span"]["line"] == 4);
  CHECK(f["src_span"]["column"] == 5);  // column 3 + "О "
  CHECK(f["src_span"]["length"] == 14);
  CHECK(f["src_span"]["text"] == "ядерном оружии");
  CHECK_FALSE(f.contains("tgt_span"));
  const nlohmann::json& g = j["findings"][1];
  CHECK(g["rule"] == "forbidden");
  CHECK(g["found"] == "atomic weapons");
  CHECK(g["tgt_span"]["column"] == 5);
  CHECK(j["summary"]["pairs"] == 1);
  CHECK(j["summary"]["findings"] == 2);
  CHECK(j["summary"]["errors"] == 2);
  CHECK(j["summary"]["by_rule"]["missing"] == 1);
  CHECK(j["summary"]["by_rule"]["forbidden"] == 1);
  CHECK(j["summary"]["by_rule"]["untranslated"] == 0);
}

namespace {

// The streamed writer must give what nlohmann's dump(2) of the same document gives (the layout of earlier
// versions, which scripts may diff against): escapes, empty arrays, absent spans, empty findings.
nlohmann::ordered_json reference_json(const CheckReport& report) {
  auto span = [](const Span& s) {
    return nlohmann::ordered_json{{"line", s.line}, {"column", s.column}, {"length", s.length}, {"text", s.text}};
  };
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : report.findings) {
    nlohmann::ordered_json j;
    j["rule"] = to_string(f.rule);
    j["severity"] = to_string(f.severity);
    j["segment"] = f.segment;
    j["pair"] = f.pair + 1;
    j["src_line"] = f.src_line;
    j["tgt_lines"] = f.tgt_lines;
    j["concept"] = f.concept_id;
    j["src_term"] = f.src_term;
    j["expected"] = f.expected;
    j["found"] = f.found;
    j["message"] = f.message;
    if (!f.src_span.empty()) j["src_span"] = span(f.src_span);
    if (!f.tgt_span.empty()) j["tgt_span"] = span(f.tgt_span);
    findings.push_back(std::move(j));
  }
  const CheckSummary& s = report.summary;
  nlohmann::ordered_json by_rule;
  for (Rule r : kAllRules) by_rule[std::string(to_string(r))] = s.by_rule[static_cast<std::size_t>(r)];
  nlohmann::ordered_json doc;
  doc["src_lang"] = report.src_lang;
  doc["tgt_lang"] = report.tgt_lang;
  doc["findings"] = std::move(findings);
  doc["summary"] = {{"pairs", s.pairs},   {"concepts", s.concepts}, {"findings", s.findings},
                    {"errors", s.errors}, {"warnings", s.warnings}, {"by_rule", by_rule}};
  return doc;
}

}  // namespace

TEST_CASE("the streamed JSON report is byte-identical to a DOM dump") {
  Sample s = sample();
  Finding odd;  // every escape, no lines, no expected terms, no spans, a negative concept id
  odd.rule = Rule::Inconsistent;
  odd.severity = Severity::Warning;
  odd.pair = 7;
  odd.segment = "a\"b\\c/\x01\x1f\x7f\b\f\n\r\téو";
  odd.concept_id = -3;
  odd.found = "tab\there";
  odd.message = "\"quoted\"";
  odd.tgt_span = make_test_span(2, 3, 4, "x\ny");
  s.report.findings.push_back(odd);
  CheckReport empty{"ar", "en", {}, {}};
  for (const CheckReport* report : {&s.report, &empty}) {
    std::ostringstream out;
    write_json(out, *report);
    CHECK(out.str() == reference_json(*report).dump(2) + "\n");
  }
}

TEST_CASE("the JSON report stays valid JSON when a glossary term holds invalid UTF-8") {
  Sample s = sample();
  s.report.findings[0].src_term = "bad\xff\xfe term";
  std::ostringstream out;
  write_json(out, s.report);
  nlohmann::json j = nlohmann::json::parse(out.str());
  CHECK(j["findings"][0]["src_term"] == "bad\uFFFD\uFFFD term");
}

TEST_CASE("html_escape escapes markup characters") {
  auto [in, expected] = GENERATE(table<std::string, std::string>({
      {"a<b>&\"c\"'", "a&lt;b&gt;&amp;&quot;c&quot;&#39;"},
      {"الناتو", "الناتو"},
      {"", ""},
  }));
  CHECK(html_escape(in) == expected);
}

TEST_CASE("the HTML report is self-contained, escaped and highlights the spans") {
  Sample s = sample();
  std::ostringstream out;
  write_html(out, s.report, s.pairs, {"a.ru", "b.en"});
  std::string html = out.str();
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http") == std::string::npos);
  CHECK(html.find("&lt;b&gt;&quot;<mark class=\"forbidden\"") != std::string::npos);
  CHECK(html.find(">atomic weapons</mark>&quot;&lt;/b&gt; &amp; co") != std::string::npos);
  CHECK(html.find("<mark class=\"missing\" title=") != std::string::npos);
  CHECK(html.find(">ядерном оружии</mark>") != std::string::npos);
  CHECK(html.find("tu&lt;1&gt;") != std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
}

TEST_CASE("TSV and text reports: one line per finding plus header or summary") {
  Sample s = sample();
  std::ostringstream tsv, text;
  write_tsv(tsv, s.report);
  write_text(text, s.report);
  std::string t = tsv.str();
  CHECK(std::count(t.begin(), t.end(), '\n') == 3);
  CHECK(t.find("missing\terror\ttu<1>\t4\t5\t5\t14\t\t\t\t") != std::string::npos);
  std::string x = text.str();
  CHECK(x.find("src:4:5: error: [missing]") == 0);
  CHECK(x.find("    segment tu<1>, source line 4, target line 5\n") != std::string::npos);
  std::ostringstream named;
  write_text(named, s.report, {"a.ru.txt", "a.en.txt"});
  CHECK(named.str().find("a.en.txt:5:5: error: [forbidden]") != std::string::npos);
  CHECK(x.find("1 segment pair, 1 concept: 2 findings (2 errors, 0 warnings; missing 1; forbidden 1;") !=
        std::string::npos);
}

TEST_CASE("report formats parse by name") {
  CHECK(parse_report_format("html") == ReportFormat::Html);
  CHECK(parse_report_format("json") == ReportFormat::Json);
  CHECK_THROWS_AS(parse_report_format("xml"), Error);
}
