#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "base/error.h"
#include "check/checker.h"
#include "check/report.h"
#include "fixture_glossary.h"
#include "test_paths.h"
#include "text/lang.h"

using namespace termalign;
using namespace termalign::check;

namespace {

// "rule src_line: src span text -> tgt span text" for every finding, in report order.
std::vector<std::string> brief(const CheckReport& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) {
    out.push_back(std::string(to_string(f.rule)) + " " + std::to_string(f.src_line) + ": " + f.src_span.text + " -> " +
                  f.tgt_span.text);
  }
  return out;
}

CheckReport check_fixture(const std::string& pair, const std::string& tgt_file, const CheckOptions& options = {}) {
  std::string src_lang = pair.substr(0, 2), tgt_lang = pair.substr(3, 2);
  static std::vector<glossary::Concept> concepts;
  concepts = test::read_fixture_glossary(test::source_path("tests/fixtures/check/" + pair + ".glossary.tsv"));
  std::vector<SegmentPair> pairs = test::read_fixture_pairs(pair + "." + src_lang + ".txt", tgt_file);
  return run_check(concepts, text::language(src_lang), text::language(tgt_lang), pairs, options);
}

}  // namespace

TEST_CASE("planted Arabic-English errors are found, each rule with its spans") {
  CheckReport report = check_fixture("ar-en", "ar-en.en.txt");
  std::vector<std::string> expected{
      "missing 2: حلف شمال الأطلسي -> ",
      "missing 3: الأسلحة النووية -> ",
      "forbidden 3: الأسلحة النووية -> atomic weapons",
      "missing 4: الناتو -> ",  // two source occurrences, one NATO
      "missing 6: للدفاع الصاروخي -> ",
      "untranslated 6: للدفاع الصاروخي -> "
      "الدفاع الصاروخي",
      "inconsistent 7: الولايات المتحدة -> USA",
      "inconsistent 9: ولم يصدر أي تعليق. -> "
      "There was no comment.",
      "missing 10: الانتفاضة -> ",
      "untranslated 10: الانتفاضة -> intifada",
  };
  CHECK(brief(report) == expected);
  CHECK(report.summary.by_rule == std::array<std::size_t, 4>{5, 1, 2, 2});
  CHECK(report.summary.errors == 6);
  CHECK(report.summary.warnings == 4);
}

TEST_CASE("finding fields: lines, columns in code points, expected terms, counts") {
  CheckReport report = check_fixture("ar-en", "ar-en.en.txt");
  auto find = [&](Rule rule, std::size_t line) {
    auto it = std::find_if(report.findings.begin(), report.findings.end(),
                           [&](const Finding& f) { return f.rule == rule && f.src_line == line; });
    REQUIRE(it != report.findings.end());
    return *it;
  };
  Finding forbidden = find(Rule::Forbidden, 3);
  CHECK(forbidden.severity == Severity::Error);
  CHECK(forbidden.concept_id == 5);
  CHECK(forbidden.expected == std::vector<std::string>{"nuclear weapons"});
  CHECK(forbidden.found == "atomic weapons");
  CHECK(forbidden.tgt_lines == std::vector<std::size_t>{3});
  CHECK(forbidden.tgt_span.line == 3);
  CHECK(forbidden.tgt_span.column == 48);  // after "Russia and the United States pledged to reduce " (47 code points)
  CHECK(forbidden.tgt_span.length == 14);
  Finding clitic = find(Rule::Missing, 6);
  CHECK(clitic.src_term == "الدفاع الصاروخي");
  CHECK(clitic.src_span.column == 32);  // after «وأعلن البنتاغون عن اختبار جديد » (31 code points)
  CHECK(clitic.src_span.length == 15);
  Finding twice = find(Rule::Missing, 4);
  CHECK(twice.found == "NATO");
  CHECK(twice.message.find("2 times") != std::string::npos);
  CHECK(twice.src_span.column == 37);  // the second «الناتو», the one without a translation
}

TEST_CASE("planted Russian-English errors are found in inflected forms") {
  CheckReport report = check_fixture("ru-en", "ru-en.en.txt");
  std::vector<std::string> expected{
      "missing 2: Договора о нераспр"
      "остранении ядерного "
      "оружия -> ",
      "missing 3: противоракетной "
      "обороны -> ",
      "forbidden 3: противоракетной "
      "обороны -> anti-missile defence",
      "missing 4: Минобороны -> ",
      "untranslated 4: Минобороны -> Minoborony",
      "inconsistent 6: Министерство "
      "обороны -> Defense Ministry",
      "inconsistent 10: Переговоры продо"
      "лжатся завтра. -> Negotiations resume tomorrow.",
      "missing 11: ядерное оружие -> ",
  };
  CHECK(brief(report) == expected);
  const Finding& variant = report.findings[5];
  CHECK(variant.expected == std::vector<std::string>{"Ministry of Defense"});  // used in 2 pairs, the majority
  CHECK(variant.found == "Defense Ministry");
}

TEST_CASE("clean translations give no missing or forbidden finding") {
  auto [pair, file, findings] = GENERATE(table<std::string, std::string, std::size_t>({
      {"ar-en", "ar-en.clean.en.txt", 0},
      {"ru-en", "ru-en.clean.en.txt", 1},  // one legitimate variant switch: the long and the short treaty name
  }));
  CAPTURE(pair, file);
  CheckReport report = check_fixture(pair, file);
  CHECK(report.summary.by_rule[static_cast<std::size_t>(Rule::Missing)] == 0);
  CHECK(report.summary.by_rule[static_cast<std::size_t>(Rule::Forbidden)] == 0);
  CHECK(report.summary.findings == findings);
  CHECK(report.summary.pairs == 11);
}

TEST_CASE("rules can be switched off and candidates switched on") {
  CheckOptions only_forbidden;
  only_forbidden.rules = {Rule::Forbidden};
  CheckReport report = check_fixture("ru-en", "ru-en.en.txt", only_forbidden);
  CHECK(report.summary.findings == 1);
  CHECK(report.findings.at(0).rule == Rule::Forbidden);

  std::vector<glossary::Concept> concepts(1);
  concepts[0].terms = {test::make_term("en", "missile", glossary::TermStatus::Candidate),
                       test::make_term("fr", "missile", glossary::TermStatus::Candidate)};
  std::vector<SegmentPair> pairs{{"", side_from_text("a missile", 1), side_from_text("une fusée", 1)}};
  const text::Language &en = text::language("en"), &fr = text::language("fr");
  CHECK(run_check(concepts, en, fr, pairs).summary.findings == 0);
  CheckOptions candidates;
  candidates.include_candidates = true;
  CHECK(run_check(concepts, en, fr, pairs, candidates).summary.by_rule[0] == 1);
}

TEST_CASE("the report does not depend on the number of threads") {
  // 455 copies of a fixture (5005 pairs): several blocks of the pipeline, several pairs per thread, and
  // document-level findings (variants, repeated sentences) that span the blocks.
  auto [pair, tgt_file] =
      GENERATE(table<std::string, std::string>({{"ar-en", "ar-en.en.txt"}, {"ru-en", "ru-en.en.txt"}}));
  CAPTURE(pair);
  std::string src_lang = pair.substr(0, 2), tgt_lang = pair.substr(3, 2);
  std::vector<glossary::Concept> concepts =
      test::read_fixture_glossary(test::source_path("tests/fixtures/check/" + pair + ".glossary.tsv"));
  std::vector<SegmentPair> fixture = test::read_fixture_pairs(pair + "." + src_lang + ".txt", tgt_file);
  constexpr std::size_t kCopies = 455;
  std::vector<SegmentPair> pairs;
  for (std::size_t copy = 0; copy < kCopies; ++copy) {
    for (const SegmentPair& p : fixture) {
      pairs.push_back(p);
      pairs.back().id = std::to_string(pairs.size());
    }
  }
  auto run = [&](const std::vector<SegmentPair>& input, std::size_t threads) {
    CheckOptions options;
    options.threads = threads;
    return run_check(concepts, text::language(src_lang), text::language(tgt_lang), input, options);
  };
  auto json = [](const CheckReport& report) {
    std::ostringstream out;
    write_json(out, report);
    return out.str();
  };
  CheckReport once = run(fixture, 1);
  CheckReport single = run(pairs, 1);
  for (Rule rule : {Rule::Missing, Rule::Forbidden, Rule::Untranslated}) {  // per-pair rules: every copy again
    auto r = static_cast<std::size_t>(rule);
    CHECK(single.summary.by_rule[r] == kCopies * once.summary.by_rule[r]);
  }
  CHECK(single.summary.by_rule[static_cast<std::size_t>(Rule::Inconsistent)] > kCopies);
  for (std::size_t threads : {2, 3, 8}) {
    CAPTURE(threads);
    CHECK(json(run(pairs, threads)) == json(single));
  }
}

TEST_CASE("rule names round-trip and unknown names are usage errors") {
  for (Rule r : kAllRules) CHECK(parse_rule(to_string(r)) == r);
  CHECK_THROWS_AS(parse_rule("typo"), Error);
  CHECK(severity_of(Rule::Missing) == Severity::Error);
  CHECK(severity_of(Rule::Untranslated) == Severity::Warning);
}
