// CSV/TSV: RFC 4180 escaping, the presets' exact output, lossless round trips, spreadsheet-safe cells and every
// bad-input case (unclosed quote, wrong header, ...).
#include <catch2/catch.hpp>

#include <sstream>

#include "base/error.h"
#include "formats/csv.h"

using namespace termalign;
using namespace termalign::formats;
using glossary::Concept;
using glossary::Term;
using glossary::TermStatus;

namespace {

Term term(std::string lang, std::string text, TermStatus status = TermStatus::Approved) {
  Term t;
  t.lang = std::move(lang);
  t.text = std::move(text);
  t.status = status;
  return t;
}

Concept concept_of(std::int64_t id, std::vector<Term> terms) {
  Concept c;
  c.id = id;
  c.terms = std::move(terms);
  return c;
}

CsvWriteOptions opts(CsvPreset preset, std::vector<std::string> langs, std::vector<TermStatus> statuses = {}) {
  CsvWriteOptions o;
  o.preset = preset;
  o.langs = std::move(langs);
  o.statuses = std::move(statuses);
  return o;
}

std::string write_csv(const std::vector<Concept>& concepts, CsvWriteOptions options) {
  std::ostringstream out;
  CsvWriter writer(out, std::move(options));
  for (const auto& c : concepts) writer.write(c);
  writer.finish();
  return out.str();
}

std::vector<Concept> read_string(const std::string& text, CsvReadOptions options = {}) {
  std::istringstream in(text);
  std::vector<Concept> out;
  read_csv(in, "terms.csv", options, [&](Concept&& c) { out.push_back(std::move(c)); });
  return out;
}

std::vector<std::vector<std::string>> records(const std::string& text, char delimiter = ',') {
  std::istringstream in(text);
  CsvRecordReader reader(in, "r.csv", delimiter);
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> cells;
  while (reader.next(cells)) out.push_back(cells);
  return out;
}

}  // namespace

TEST_CASE("quote_cell follows RFC 4180", "[csv]") {
  using Row = std::tuple<std::string, char, std::string>;
  auto [cell, delimiter, expected] = GENERATE(table<std::string, char, std::string>({
      Row{"plain", ',', "plain"},
      Row{"a,b", ',', "\"a,b\""},
      Row{"say \"hi\"", ',', "\"say \"\"hi\"\"\""},
      Row{"two\nlines", ',', "\"two\nlines\""},
      Row{"cr\rlf", ',', "\"cr\rlf\""},
      Row{"a,b", '\t', "a,b"},
      Row{"a\tb", '\t', "\"a\tb\""},
      Row{"", ',', ""},
      Row{"الولايات المتحدة", ',', "الولايات المتحدة"},
  }));
  CHECK(quote_cell(cell, delimiter) == expected);
  if (!cell.empty()) {  // an empty record is a blank line, which readers skip
    CHECK(records(expected + "\n", delimiter) == std::vector<std::vector<std::string>>{{cell}});
  }
}

TEST_CASE("safe_cell neutralises formula starts", "[csv]") {
  using Row = std::pair<std::string, std::string>;
  auto [cell, expected] = GENERATE(table<std::string, std::string>({
      Row{"=SUM(A1)", "'=SUM(A1)"}, Row{"+1", "'+1"}, Row{"-x", "'-x"}, Row{"@cmd", "'@cmd"},
      Row{"\tx", "'\tx"}, Row{"a=b", "a=b"}, Row{"", ""}, Row{"'quoted", "'quoted"},
  }));
  CHECK(safe_cell(cell) == expected);
}

TEST_CASE("The record reader: BOM, CRLF, quoted newlines, blank lines, sniffed delimiters", "[csv]") {
  using Rows = std::vector<std::vector<std::string>>;
  using Row = std::pair<std::string, Rows>;
  auto [text, expected] = GENERATE(table<std::string, Rows>({
      Row{"\xEF\xBB\xBF" "ar,en\r\nx,y\r\n", Rows{{"ar", "en"}, {"x", "y"}}},
      Row{"ar,en\n\"a\nb\",\"c\"\"d\"\n\n", Rows{{"ar", "en"}, {"a\nb", "c\"d"}}},
      Row{"ar\ten\nx,1\ty\n", Rows{{"ar", "en"}, {"x,1", "y"}}},
      Row{"ar;en\nx;y", Rows{{"ar", "en"}, {"x", "y"}}},
      Row{"ar,en\n\"a\r\nb\",\"\"\n", Rows{{"ar", "en"}, {"a\r\nb", ""}}},
      Row{"ar,en\nx,\n", Rows{{"ar", "en"}, {"x", ""}}},
  }));
  std::istringstream in(text);
  CsvRecordReader reader(in, "r.csv");
  Rows got;
  std::vector<std::string> cells;
  while (reader.next(cells)) got.push_back(cells);
  CHECK(got == expected);
}

TEST_CASE("Each preset writes what its tool expects", "[csv]") {
  Concept c = concept_of(7, {term("ar", "الولايات المتحدة"), term("en", "United States"),
                             term("en", "USA", TermStatus::Admitted), term("en", "U.S.", TermStatus::Deprecated)});
  c.note = "country";
  c.subject = "geography";
  using Row = std::pair<CsvPreset, std::string>;
  auto [preset, expected] = GENERATE(table<CsvPreset, std::string>({
      Row{CsvPreset::Generic,
          "concept,subject,definition,note,ar,ar_status,ar_pos,ar_type,ar_note,en,en_status,en_pos,en_type,en_note\r\n"
          "7,geography,,country,الولايات المتحدة,approved,,,,United States,approved,,,\r\n"
          "7,geography,,country,,,,,,USA,admitted,,,\r\n"
          "7,geography,,country,,,,,,U.S.,deprecated,,,\r\n"},
      Row{CsvPreset::OmegaT, "الولايات المتحدة\tUnited States\tcountry\nالولايات المتحدة\tUSA\tcountry\n"},
      Row{CsvPreset::MemoQ,
          "Entry_ID,Entry_Subject,Entry_Note,Arabic,English\r\n"
          "7,geography,country,الولايات المتحدة,United States\r\n7,geography,country,,USA\r\n"},
      Row{CsvPreset::MultiTerm, "\"Arabic\",\"English\"\r\n\"الولايات المتحدة\",\"United States\"\r\n\"\",\"USA\"\r\n"},
      Row{CsvPreset::Google, "الولايات المتحدة,United States\r\n"},
      Row{CsvPreset::DeepL, "الولايات المتحدة,United States\r\n"},
  }));
  INFO(to_string(preset));
  CHECK(write_csv({c}, opts(preset, {"ar", "en"})) == expected);
}

TEST_CASE("Presets choose the best target and honour an explicit status filter", "[csv]") {
  Concept c = concept_of(1, {term("en", "warhead"), term("fr", "ogive", TermStatus::Candidate),
                             term("fr", "tête nucléaire", TermStatus::Approved)});
  CHECK(write_csv({c}, opts(CsvPreset::DeepL, {"en", "fr"})) == "warhead,tête nucléaire\r\n");
  CsvWriteOptions only_candidates = opts(CsvPreset::Google, {"en", "fr"}, {TermStatus::Approved, TermStatus::Candidate});
  CHECK(write_csv({c}, only_candidates) == "warhead,tête nucléaire\r\n");
  CsvWriteOptions generic = opts(CsvPreset::Generic, {"en", "fr"}, {TermStatus::Candidate});
  CHECK(write_csv({c}, generic) ==
        "concept,subject,definition,note,en,en_status,en_pos,en_type,en_note,fr,fr_status,fr_pos,fr_type,fr_note\r\n"
        "1,,,,,,,,,ogive,candidate,,,\r\n");
}

TEST_CASE("A term holding a comma, a quote and a leading = survives a CSV round trip exactly", "[csv]") {
  auto text = GENERATE(as<std::string>{}, "=1+2, \"quoted\"", "-minus", "@at", "+plus", "multi\nline, \"x\"",
                       "  spaces  ", "tab\tinside", "cr\r\nlf", "'apostrophe");
  auto preset = GENERATE(CsvPreset::Generic, CsvPreset::MemoQ, CsvPreset::MultiTerm);
  Concept c = concept_of(3, {term("ar", "مصطلح"), term("en", text)});
  auto bom = GENERATE(false, true);
  CsvWriteOptions options = opts(preset, {"ar", "en"});
  options.bom = bom;
  auto back = read_string(write_csv({c}, options));
  REQUIRE(back.size() == 1);
  REQUIRE(back[0].terms.size() == 2);
  CHECK(back[0].terms[1].text == text);
  CHECK(back[0].terms[0].text == "مصطلح");
}

TEST_CASE("safe_cells prefixes formula-like cells in the export", "[csv]") {
  Concept c = concept_of(3, {term("ar", "مصطلح"), term("en", "=HYPERLINK(\"x\")")});
  CsvWriteOptions options = opts(CsvPreset::DeepL, {"ar", "en"});
  options.safe_cells = true;
  CHECK(write_csv({c}, options) == "مصطلح,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
  options.bom = true;
  CHECK(write_csv({c}, options).starts_with("\xEF\xBB\xBF"));
}

TEST_CASE("Generic CSV round trip keeps concepts, statuses, pos, types and notes", "[csv]") {
  Concept a = concept_of(10, {term("ar", "ستارت"), term("ar", "نيو ستارت", TermStatus::Candidate),
                              term("en", "New START", TermStatus::Deprecated)});
  a.terms[2].pos = "properNoun";
  a.terms[2].type = "shortForm";
  a.terms[2].note = "do not use";
  a.subject = "arms control";
  a.definition = "treaty";
  a.note = "n";
  Concept b = concept_of(11, {term("ar", "صاروخ", TermStatus::Rejected), term("en", "missile", TermStatus::Admitted)});
  auto back = read_string(write_csv({a, b}, opts(CsvPreset::Generic, {"ar", "en"})));
  REQUIRE(back.size() == 2);
  CHECK(back[0].external_id == "10");
  CHECK(back[0].subject == "arms control");
  CHECK(back[0].definition == "treaty");
  CHECK(back[0].note == "n");
  REQUIRE(back[0].terms.size() == 3);
  CHECK(back[0].terms[0].text == "ستارت");
  CHECK(back[0].terms[1].text == "New START");
  CHECK(back[0].terms[1].status == TermStatus::Deprecated);
  CHECK(back[0].terms[1].pos == "properNoun");
  CHECK(back[0].terms[1].type == "shortForm");
  CHECK(back[0].terms[1].note == "do not use");
  CHECK(back[0].terms[2].text == "نيو ستارت");
  CHECK(back[0].terms[2].status == TermStatus::Candidate);
  REQUIRE(back[1].terms.size() == 2);
  CHECK(back[1].terms[0].status == TermStatus::Rejected);
  CHECK(back[1].terms[1].status == TermStatus::Admitted);
}

TEST_CASE("Simple user CSVs: language codes or names, row-level status and note", "[csv]") {
  auto concepts = read_string("AR,English,Status,Note\nالناتو,NATO,approved,alliance\nحلف,,forbidden,\n");
  REQUIRE(concepts.size() == 2);
  CHECK(concepts[0].terms.size() == 2);
  CHECK(concepts[0].terms[0].lang == "ar");
  CHECK(concepts[0].terms[1].lang == "en");
  CHECK(concepts[0].terms[1].status == TermStatus::Approved);
  CHECK(concepts[0].note == "alliance");
  REQUIRE(concepts[1].terms.size() == 1);
  CHECK(concepts[1].terms[0].status == TermStatus::Deprecated);
  auto tsv = read_string("de\tfr\nAbrüstung\tdésarmement\n");
  REQUIRE(tsv.size() == 1);
  CHECK(tsv[0].terms[1].text == "désarmement");
}

TEST_CASE("Headerless presets read back with the languages given", "[csv]") {
  auto omegat = read_string("ستارت\tSTART\tnote \"x\"\n", {CsvPreset::OmegaT, {"ar", "en"}});
  REQUIRE(omegat.size() == 1);
  CHECK(omegat[0].terms[1].text == "START");
  CHECK(omegat[0].note == "note \"x\"");
  auto deepl = read_string("\"a,b\",c\n", {CsvPreset::DeepL, {"en", "fr"}});
  REQUIRE(deepl.size() == 1);
  CHECK(deepl[0].terms[0].text == "a,b");
  CHECK(deepl[0].terms[1].lang == "fr");
}

TEST_CASE("CSV bad input is an Error(Input) naming file and line", "[csv]") {
  using Row = std::tuple<std::string, std::size_t, std::string>;
  auto [text, line, message] = GENERATE(table<std::string, std::size_t, std::string>({
      Row{"ar,en\nx,y\n\"unclosed,z\nmore\nlines\n", 3, "unclosed quote"},
      Row{"ar,en\nx,\"never closed\n", 2, "line 2"},
      Row{"ar,english,colour\nx,y,z\n", 1, "unknown column 'colour'"},
      Row{"source,target\nx,y\n", 1, "unknown column 'source'"},
      Row{"ar\nx\n", 1, "at least two language columns"},
      Row{"ar,en,ar\nx,y,z\n", 1, "appears twice"},
      Row{"ar,en\nx,y\na,b,c\n", 3, "3 cells"},
      Row{"ar,en,status\nx,y,maybe\n", 2, "unknown status 'maybe'"},
      Row{"ar,en\nx,\"y\"z\n", 2, "after a closing quote"},
      Row{"ar,en\nx,\xC3\x28\n", 2, "UTF-8"},
      Row{"", 1, "empty file"},
  }));
  INFO(text);
  try {
    read_string(text);
    FAIL("no error");
  } catch (const Error& e) {
    INFO(e.what());
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == "terms.csv");
    CHECK(e.where().line == line);
    CHECK_THAT(std::string(e.what()), Catch::Contains(message));
  }
}

TEST_CASE("Preset names parse, unknown ones are usage errors", "[csv]") {
  CHECK(parse_csv_preset("OmegaT") == CsvPreset::OmegaT);
  CHECK(parse_csv_preset("deepl") == CsvPreset::DeepL);
  CHECK(to_string(CsvPreset::MultiTerm) == "multiterm");
  try {
    parse_csv_preset("excel");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK_THAT(e.message(), Catch::Contains("generic, omegat, memoq, multiterm, google, deepl"));
  }
  std::ostringstream out;
  CHECK_THROWS_AS(CsvWriter(out, opts(CsvPreset::Generic, {"ar"})), Error);
}
