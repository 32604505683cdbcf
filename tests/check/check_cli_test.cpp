// End-to-end tests of `termalign check`: the binary run on files, glossaries built with the store.
#include <catch2/catch.hpp>

#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli_fixtures.h"
#include "cli_runner.h"
#include "text/reader.h"
#include "text/utf8.h"

using namespace termalign::test;
using nlohmann::json;

namespace {

const std::string kFixtures = source_path("tests/fixtures/check/");

// One glossary database per language pair and test process.
const std::string& glossary_db(const std::string& pair) {
  static std::map<std::string, std::string> dbs;
  auto it = dbs.find(pair);
  if (it == dbs.end()) it = dbs.emplace(pair, make_glossary_db(pair, pair + ".db")).first;
  return it->second;
}

struct JsonRun {
  RunResult run;
  json doc;
};

JsonRun run_json(const std::string& args) {
  JsonRun r{run_termalign(args + " --format json"), {}};
  INFO(r.run.err);
  REQUIRE(r.run.exit_code <= 1);
  r.doc = json::parse(r.run.out);
  return r;
}

// "rule src_line [tgt lines] src_term | found" for every finding, in report order.
std::vector<std::string> brief(const json& doc) {
  std::vector<std::string> out;
  for (const json& f : doc["findings"]) {
    std::string lines;
    for (const json& l : f["tgt_lines"]) {
      if (!lines.empty()) lines += ',';
      lines += std::to_string(l.get<int>());
    }
    out.push_back(fmt::format("{} {} [{}] {} | {}", f["rule"].get<std::string>(), f["src_line"].get<int>(), lines,
                              f["src_term"].get<std::string>(), f["found"].get<std::string>()));
  }
  return out;
}

// Skips `n` code points of `s`.
std::string drop_code_points(const std::string& s, std::size_t n) {
  std::size_t i = 0;
  for (; i < s.size() && n > 0; --n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(i);
}

// Every span of every finding names a line and code-point column of `src_file` / `tgt_file` at which its
// text really is.
void check_spans_point_at_the_files(const json& doc, const std::string& src_file, const std::string& tgt_file) {
  std::vector<std::string> src = termalign::text::read_lines_file(src_file);
  std::vector<std::string> tgt = termalign::text::read_lines_file(tgt_file);
  std::size_t spans = 0;
  for (const json& f : doc["findings"]) {
    for (auto [key, lines] : {std::pair{"src_span", &src}, std::pair{"tgt_span", &tgt}}) {
      if (!f.contains(key)) continue;
      const json& span = f[key];
      std::size_t line = span["line"], column = span["column"];
      std::string text = span["text"];
      INFO(f.dump());
      REQUIRE(line >= 1);
      REQUIRE(line <= lines->size());
      CHECK(drop_code_points((*lines)[line - 1], column - 1).starts_with(text));
      CHECK(span["length"] == termalign::text::count_code_points(text));
      ++spans;
    }
  }
  CHECK(spans > 0);
}

std::string two_texts(const std::string& pair, const std::string& tgt_file) {
  std::string src_lang = pair.substr(0, 2), tgt_lang = pair.substr(3, 2);
  return fmt::format("check {0}{1}.{2}.txt {0}{3} -s {2} -t {4} -g {5}", kFixtures, pair, src_lang, tgt_file,
                     tgt_lang, glossary_db(pair));
}

const std::vector<std::string> kArEnFindings{
    "missing 2 [2] حلف شمال الأطلسي | ",
    "missing 3 [3] الأسلحة النووية | ",
    "forbidden 3 [3] الأسلحة النووية | atomic weapons",
    "missing 4 [4] الناتو | NATO",  // two «الناتو», one NATO
    "missing 6 [6] الدفاع الصاروخي | ",  // found as «للدفاع الصاروخي»
    "untranslated 6 [6] الدفاع الصاروخي | الدفاع الصاروخي",
    "inconsistent 7 [7] الولايات المتحدة | USA",
    "inconsistent 9 [9]  | There was no comment.",
    "missing 10 [10] الانتفاضة | ",
    "untranslated 10 [10] الانتفاضة | intifada",
};

const std::vector<std::string> kRuEnFindings{
    "missing 2 [2] Договор о нераспространении ядерного оружия | ",  // found as «Договора о ...»
    "missing 3 [3] противоракетная оборона | ",
    "forbidden 3 [3] противоракетная оборона | anti-missile defence",
    "missing 4 [4] Минобороны | ",
    "untranslated 4 [4] Минобороны | Minoborony",
    "inconsistent 6 [6] Министерство обороны | Defense Ministry",
    "inconsistent 10 [10]  | Negotiations resume tomorrow.",
    "missing 11 [11] ядерное оружие | nuclear weapons",  // two «ядерное оружие», one "nuclear weapons"
};

}  // namespace

TEST_CASE("check finds the planted errors of every rule in line-aligned and presegmented texts") {
  auto [pair, mode] = GENERATE(table<std::string, std::string>({
      {"ar-en", "--aligned"},
      {"ar-en", "--presegmented"},
      {"ar-en", "--presegmented --dictionary none"},
      {"ru-en", "--aligned"},
      {"ru-en", "--presegmented"},
  }));
  CAPTURE(pair, mode);
  JsonRun r = run_json(two_texts(pair, pair + ".en.txt") + " " + mode);
  CHECK(r.run.exit_code == 1);
  CHECK(r.run.err.empty());
  CHECK(brief(r.doc) == (pair == "ar-en" ? kArEnFindings : kRuEnFindings));
  check_spans_point_at_the_files(r.doc, kFixtures + pair + "." + pair.substr(0, 2) + ".txt",
                                 kFixtures + pair + ".en.txt");
}

TEST_CASE("check reports clitic-prefixed and inflected source terms as the user wrote them") {
  JsonRun ar = run_json(two_texts("ar-en", "ar-en.en.txt") + " --aligned");
  const json& clitic = ar.doc["findings"][4];
  CHECK(clitic["src_span"] == json::parse(R"({"line":6,"column":32,"length":15,"text":"للدفاع الصاروخي"})"));
  CHECK(clitic["expected"] == json::array({"missile defense"}));
  CHECK(clitic["concept"] == 3);
  // «والولايات المتحدة» (line 3) counts among the renderings of «الولايات المتحدة» as "United States".
  CHECK(ar.doc["findings"][6]["message"] ==
        "«الولايات المتحدة» is rendered as «USA» here but as «United States» in 2 other pairs");
  const json& forbidden = ar.doc["findings"][2];
  CHECK(forbidden["tgt_span"] == json::parse(R"({"line":3,"column":48,"length":14,"text":"atomic weapons"})"));

  JsonRun ru = run_json(two_texts("ru-en", "ru-en.en.txt") + " --aligned");
  CHECK(ru.doc["findings"][0]["src_span"]["text"] == "Договора о нераспространении ядерного оружия");
  CHECK(ru.doc["findings"][2]["src_span"]["text"] == "противоракетной обороны");
  CHECK(ru.doc["findings"][7]["src_span"]["column"] == 51);  // the second «ядерное оружие»
}

TEST_CASE("a clean translation passes with exit code 0") {
  RunResult ar = run_termalign(two_texts("ar-en", "ar-en.clean.en.txt") + " --aligned");
  CHECK(ar.exit_code == 0);
  CHECK(ar.err.empty());
  CHECK(ar.out.ends_with(": 11 segment pairs, 8 concepts: 0 findings (0 errors, 0 warnings; missing 0; forbidden 0; "
                         "inconsistent 0; untranslated 0)\n"));
  // Russian: no missing or forbidden term; the long and the short treaty name alternate (one warning).
  RunResult ru = run_termalign(two_texts("ru-en", "ru-en.clean.en.txt") + " --aligned");
  CHECK(ru.exit_code == 1);
  CHECK(ru.out.find("1 finding (0 errors, 1 warning; missing 0; forbidden 0; inconsistent 1;") != std::string::npos);
  RunResult ru_errors = run_termalign(two_texts("ru-en", "ru-en.clean.en.txt") + " --aligned --rules missing,forbidden");
  CHECK(ru_errors.exit_code == 0);
}

TEST_CASE("check segments and aligns running text and points at its lines and columns") {
  // Paragraphs of several sentences; the English one wrapped inside sentences.
  std::vector<std::string> ar = fixture_lines("ar-en.ar.txt"), en = fixture_lines("ar-en.en.txt");
  auto paragraphs = [](const std::vector<std::string>& lines) {
    std::string out;
    for (auto [from, to] : {std::pair{0, 3}, std::pair{3, 7}, std::pair{7, 11}}) {
      for (int i = from; i < to; ++i) out += lines[static_cast<std::size_t>(i)] + (i + 1 < to ? " " : "\n\n");
    }
    return out;
  };
  std::string en_text = paragraphs(en);
  for (std::string at : {"do not target", "said the alliance"}) {
    std::size_t p = en_text.find(at);
    REQUIRE(p != std::string::npos);
    en_text[en_text.find(' ', p + 5)] = '\n';
  }
  std::string src = write_temp("raw.ar.txt", paragraphs(ar)), tgt = write_temp("raw.en.txt", en_text);
  JsonRun r = run_json(fmt::format("check {} {} -s ar -t en -g {}", src, tgt, glossary_db("ar-en")));
  CHECK(r.run.exit_code == 1);
  std::vector<std::string> rules;
  for (const json& f : r.doc["findings"]) rules.push_back(f["rule"].get<std::string>() + " " + f["src_term"].get<std::string>());
  std::vector<std::string> expected;
  for (const std::string& b : kArEnFindings) {
    std::size_t first_space = b.find(' '), bracket = b.find("] ");
    expected.push_back(b.substr(0, first_space) + " " + b.substr(bracket + 2, b.find(" | ") - bracket - 2));
  }
  CHECK(rules == expected);
  // "... do not\ntarget Russia. The alliance stressed ... Russia and the United States pledged to reduce atomic
  // weapons.": the third sentence starts on line 2 of the wrapped paragraph.
  CHECK(r.doc["findings"][2]["tgt_span"] == json::parse(R"({"line":2,"column":130,"length":14,"text":"atomic weapons"})"));
  CHECK(r.doc["findings"][1]["src_line"] == 1);
  CHECK(r.doc["findings"][1]["tgt_lines"] == json::array({2}));
  check_spans_point_at_the_files(r.doc, src, tgt);
}

TEST_CASE("check reads TMX and XLIFF 1.2 / 2.0, takes the languages from the file and reports unit ids") {
  auto [kind, pair, src_tag, tgt_tag, unit_suffix] =
      GENERATE(table<BitextKind, std::string, std::string, std::string, std::string>({
          {BitextKind::Tmx, "ar-en", "ar-EG", "en-US", ""},
          {BitextKind::Xliff12, "ar-en", "ar", "en", ""},
          {BitextKind::Xliff20, "ar-en", "ar", "en-GB", "/s1"},
          {BitextKind::Xliff12, "ru-en", "ru-RU", "en", ""},
          {BitextKind::Xliff20, "ru-en", "ru", "en", "/s1"},
      }));
  CAPTURE(pair, src_tag, tgt_tag);
  std::string xml = bitext_xml(kind, src_tag, tgt_tag, fixture_lines(pair + "." + pair.substr(0, 2) + ".txt"),
                               fixture_lines(pair + ".en.txt"));
  std::string ext = kind == BitextKind::Tmx ? ".tmx" : ".xlf";
  std::string file = write_temp("bitext-" + pair + ext, xml);
  JsonRun r = run_json(fmt::format("check {} -g {}", file, glossary_db(pair)));
  CHECK(r.run.exit_code == 1);
  CHECK(r.doc["src_lang"] == pair.substr(0, 2));
  CHECK(r.doc["tgt_lang"] == "en");
  const std::vector<std::string>& expected = pair == "ar-en" ? kArEnFindings : kRuEnFindings;
  REQUIRE(r.doc["findings"].size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const json& f = r.doc["findings"][i];
    int unit = std::stoi(expected[i].substr(expected[i].find(' ') + 1));  // the fixture line = the unit number
    CHECK(f["segment"] == fmt::format("u{}{}", unit, unit_suffix));
    CHECK(f["src_line"] == kBitextFirstLine + static_cast<std::size_t>(unit) - 1);
    CHECK(f["rule"] == expected[i].substr(0, expected[i].find(' ')));
  }
  RunResult text = run_termalign(fmt::format("check {} -g {}", file, glossary_db(pair)));
  CHECK(text.exit_code == 1);
  CHECK(text.out.find(fmt::format("    segment u2{}, source line {}, target line {}\n", unit_suffix,
                                  kBitextFirstLine + 1, kBitextFirstLine + 1)) != std::string::npos);
  // A repeated sentence names the segment of its first translation.
  CHECK(text.out.find(fmt::format("the same source sentence in segment u{}{} was translated differently",
                                  pair == "ar-en" ? 8 : 9, unit_suffix)) != std::string::npos);
}

TEST_CASE("the JSON report has the documented shape and summary") {
  JsonRun r = run_json(two_texts("ar-en", "ar-en.en.txt") + " --aligned");
  std::vector<std::string> top;
  nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(r.run.out);
  for (auto it = ordered.begin(); it != ordered.end(); ++it) top.push_back(it.key());
  CHECK(top == std::vector<std::string>{"src_lang", "tgt_lang", "findings", "summary"});
  CHECK(r.doc["summary"] == json::parse(R"({"pairs":11,"concepts":8,"findings":10,"errors":6,"warnings":4,
      "by_rule":{"missing":5,"forbidden":1,"inconsistent":2,"untranslated":2}})"));
  for (const json& f : r.doc["findings"]) {
    INFO(f.dump());
    for (const char* key : {"rule", "severity", "segment", "src_term", "found", "message"}) CHECK(f[key].is_string());
    for (const char* key : {"pair", "src_line", "concept"}) CHECK(f[key].is_number_unsigned());
    CHECK(f["tgt_lines"].is_array());
    CHECK(f["expected"].is_array());
    CHECK(f["severity"] == (f["rule"] == "missing" || f["rule"] == "forbidden" ? "error" : "warning"));
    CHECK((f.contains("src_span") || f.contains("tgt_span")));
  }
}

TEST_CASE("check writes TSV and HTML reports atomically to -o") {
  std::string tsv = temp_path("report.tsv"), html = temp_path("report.html");
  RunResult t = run_termalign(two_texts("ru-en", "ru-en.en.txt") + " --aligned -f tsv -o " + tsv);
  CHECK(t.exit_code == 1);
  CHECK(t.out.empty());
  std::string table = slurp_file(tsv);
  CHECK(std::count(table.begin(), table.end(), '\n') == 1 + static_cast<long>(kRuEnFindings.size()));
  CHECK(table.find("\nforbidden\terror\t\t3\t3\t") != std::string::npos);
  RunResult h = run_termalign(two_texts("ar-en", "ar-en.en.txt") + " --aligned -f html -o " + html);
  CHECK(h.exit_code == 1);
  std::string page = slurp_file(html);
  CHECK(page.starts_with("<!DOCTYPE html>"));
  CHECK(page.find("<mark class=\"forbidden\"") != std::string::npos);
  CHECK(page.find("atomic weapons</mark>") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);

  std::string never = temp_path("never.json");
  RunResult bad = run_termalign("check /no/such.ar /no/such.en -s ar -t en -g " + glossary_db("ar-en") + " -o " + never);
  CHECK(bad.exit_code == 3);
  CHECK_FALSE(std::filesystem::exists(never));
}

TEST_CASE("bad input and bad usage give exit codes 2 and 3 with the file and line") {
  std::string bad_utf8 = write_temp("bad.ar.txt", "سطر سليم\nمكسور \xD8 هنا\n");
  std::string not_db = write_temp("notes.db", "not a database\n");
  std::string bad_xml = write_temp("bad.xlf",
                                   "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n<file source-language=\"ar\" "
                                   "target-language=\"en\">\n<body>\n<trans-unit id=\"1\"><source>x</source>\n"
                                   "</body></file></xliff>\n");
  std::string short_en = write_temp("short.en.txt", "One line.\n");
  std::string ar = kFixtures + "ar-en.ar.txt", en = kFixtures + "ar-en.en.txt", db = glossary_db("ar-en");
  auto [args, code, err] = GENERATE_COPY(table<std::string, int, std::string>({
      {ar + " " + en + " -s ar -t en -g /no/such.db", 3, "/no/such.db: no such glossary"},
      {ar + " " + en + " -s ar -t en -g " + not_db, 3, not_db + ": not an SQLite database"},
      {ar + " " + en + " -s ru -t en -g " + db, 3, db + ": the glossary has no ru terms"},
      {bad_utf8 + " " + en + " -s ar -t en --aligned -g " + db, 3, bad_utf8 + ":2:7: invalid UTF-8 (byte 0xD8)"},
      {ar + " " + bad_utf8 + " -s ar -t en -g " + db, 3, bad_utf8 + ":2:7: invalid UTF-8"},
      {ar + " " + short_en + " -s ar -t en --aligned -g " + db, 3, short_en},
      {bad_xml + " -g " + db, 3, bad_xml + ":6: malformed XML"},
      {ar + " -g " + db, 3, ar + ": not a TMX or XLIFF file"},
      {"/no/such.xlf -g " + db, 3, "/no/such.xlf: no such file"},
      {ar + " " + en + " -s ar -t en --aligned --presegmented -g " + db, 2, "exclude each other"},
      {ar + " " + en + " -s ar -t en -f pdf -g " + db, 2, "unknown report format 'pdf'"},
      {ar + " " + en + " -s ar -t en --rules missing,typo -g " + db, 2, "unknown rule 'typo'"},
      {ar + " " + en + " -g " + db, 2, "needs --src-lang and --tgt-lang"},
      {ar + " " + en + " -s ar -t en", 2, "--glossary is required"},
  }));
  CAPTURE(args);
  RunResult r = run_termalign("check " + args);
  CHECK(r.exit_code == code);
  CHECK(r.out.empty());
  CHECK(r.err.find(err) != std::string::npos);
  if (err != "--glossary is required") CHECK(r.err.find("termalign: error: ") == 0);  // CLI11's own message
}
