// TMX 1.4: writer output validates against the DTD, escapes correctly and reads back unchanged.
#include <catch2/catch.hpp>

#include <sstream>

#include "base/error.h"
#include "formats/tmx.h"
#include "test_paths.h"
#include "test_util.h"

using namespace termalign;
using namespace termalign::formats;

namespace {

std::string write_tmx(const std::vector<TranslationUnit>& units, TmxHeader header = {"ar", "en"}) {
  std::ostringstream out;
  TmxWriter writer(out, header);
  for (const auto& u : units) writer.write(u);
  writer.finish();
  return out.str();
}

std::vector<TranslationUnit> read_back(const std::string& xml, TmxLanguages* langs = nullptr) {
  std::istringstream in(xml);
  std::vector<TranslationUnit> units;
  TmxLanguages l = read_tmx(in, "mem.tmx", [&](TranslationUnit&& u) { units.push_back(std::move(u)); });
  if (langs) *langs = l;
  return units;
}

}  // namespace

TEST_CASE("TMX output validates against the TMX 1.4 DTD", "[tmx]") {
  std::string xml = write_tmx({{"1", "معاهدة ستارت", "the START treaty", 0.93, 0, ""},
                               {"", "a < b & c > \"d\"", "x\ty\nz", 0.5, 0, "2-1 bead"}});
  test::TempFile file("out.tmx", xml);
  auto result = test::run("xmllint --noout --dtdvalid " + test::shared_path("tmx/tmx14.dtd") + " " + file.path());
  INFO(result.output << "\n" << xml);
  CHECK(result.status == 0);
  CHECK(xml.find("<tmx version=\"1.4\">") != std::string::npos);
  for (const char* attr : {"creationtool=\"termalign\"", "creationtoolversion=", "segtype=\"sentence\"", "o-tmf=",
                           "adminlang=\"en\"", "srclang=\"ar\"", "datatype=\"plaintext\""}) {
    CHECK(xml.find(attr) != std::string::npos);
  }
}

TEST_CASE("TMX round trip keeps text, ids, confidence and notes", "[tmx]") {
  using Row = std::tuple<std::string, std::string, std::string>;
  auto [id, src, tgt] = GENERATE(table<std::string, std::string, std::string>({
      Row{"1", "نص عربي", "English text"},
      Row{"t-2", "a < b && c > d", "\"quoted\" 'apos'"},
      Row{"3", "line one\nline two", "tab\there"},
      Row{"4", "carriage\r\nreturn", "]]> not a CDATA end"},
      Row{"5", "", "empty source"},
  }));
  auto units = read_back(write_tmx({{id, src, tgt, 0.75, 0, "note & more"}}));
  REQUIRE(units.size() == 1);
  CHECK(units[0].id == id);
  CHECK(units[0].src == src);
  CHECK(units[0].tgt == tgt);
  CHECK(units[0].confidence == Approx(0.75));
  CHECK(units[0].note == "note & more");
}

TEST_CASE("TMX reader reports languages and the line of each unit", "[tmx]") {
  TmxLanguages langs;
  auto units = read_back(write_tmx({{"a", "x", "y", 0, 0, ""}, {"b", "p", "q", 0, 0, ""}}, {"de", "fr"}), &langs);
  CHECK(langs.src_lang == "de");
  CHECK(langs.tgt_lang == "fr");
  REQUIRE(units.size() == 2);
  CHECK(units[0].line == 5);
  CHECK(units[1].line == 10);
}

TEST_CASE("TMX writer refuses text XML cannot hold", "[tmx]") {
  std::ostringstream out;
  TmxWriter writer(out, {"ar", "en"});
  CHECK_THROWS_WITH(writer.write({"7", std::string("bell\x07", 5), "x", 0, 0, ""}),
                    Catch::Contains("translation unit '7'") && Catch::Contains("U+0007"));
  CHECK_THROWS_WITH(writer.write({"8", std::string("bad \xFF utf8"), "x", 0, 0, ""}), Catch::Contains("UTF-8"));
  CHECK_THROWS_AS(TmxWriter(out, {"ar", ""}), Error);
  TmxHeader bad{"ar", "en"};
  bad.segtype = "word";
  CHECK_THROWS_AS(TmxWriter(out, bad), Error);
}

TEST_CASE("TMX reader: malformed input is an Error with file and line", "[tmx]") {
  using Row = std::tuple<std::string, std::size_t, std::string>;
  auto [xml, line, message] = GENERATE(table<std::string, std::size_t, std::string>({
      Row{"<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu>", 5, "malformed XML"},
      Row{"<?xml version=\"1.0\"?>\n<xliff/>\n", 2, "not a TMX file"},
      Row{"", 1, ""},
      Row{"<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tmx version=\"1.4\">"
          "<header srclang=\"en\"/><body>\n<tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
          "<tuv xml:lang=\"fr\"><seg>y</seg></tuv></tu></body></tmx>",
          4, "entity"},
  }));
  INFO(xml);
  try {
    read_back(xml);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == "mem.tmx");
    CHECK(e.where().line == line);
    CHECK_THAT(e.message(), Catch::Contains(message));
    CHECK_THAT(std::string(e.what()), !Catch::Contains("root:"));
  }
}

TEST_CASE("translate-toolkit reads our TMX", "[tmx][translate-toolkit]") {
  test::TempFile file("tt.tmx", write_tmx({{"1", "معاهدة ستارت", "the START treaty", 0.9, 0, ""},
                                           {"2", "a < b & \"c\"", "x", 0.5, 0, ""}}));
  std::string script =
      "import sys\n"
      "from translate.storage import tmx\n"
      "store = tmx.tmxfile.parsefile(sys.argv[1])\n"
      "for u in store.units:\n"
      "    print(u.source + '|' + u.target)\n";
  test::TempFile py("read_tmx.py", script);
  auto result = test::run("/usr/bin/python3 " + py.path() + " " + file.path());
  INFO(result.output);
  REQUIRE(result.status == 0);
  CHECK(result.output == "معاهدة ستارت|the START treaty\na < b & \"c\"|x\n");
}
