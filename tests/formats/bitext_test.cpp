// Bilingual files for `check`: TMX, XLIFF 1.2 and XLIFF 2.0 give segments with ids, text and lines.
#include <catch2/catch.hpp>

#include <sstream>

#include "base/error.h"
#include "formats/bitext.h"
#include "test_paths.h"

using namespace termalign;
using namespace termalign::formats;

namespace {

std::string fixture(const std::string& name) { return test::source_path("tests/fixtures/formats/" + name); }

using Seg = std::tuple<std::string, std::string, std::string, std::size_t>;  // id, src, tgt, line

std::vector<Seg> segments_of(const Bitext& b) {
  std::vector<Seg> out;
  for (const auto& s : b.segments) out.emplace_back(s.id, s.src, s.tgt, s.line);
  return out;
}

}  // namespace

TEST_CASE("XLIFF 1.2: trans-unit ids, inline markup flattened, seg-source segments, missing targets", "[bitext]") {
  Bitext b = read_bitext_file(fixture("sample_ar_en_1.2.xlf"));
  CHECK(b.format == "xliff-1.2");
  CHECK(b.src_lang == "en");
  CHECK(b.tgt_lang == "ar");
  CHECK(segments_of(b) == std::vector<Seg>{
                              {"1", "The New START treaty expires in 2026.", "تنتهي معاهدة ستارت الجديدة في 2026.", 6},
                              {"2", "Russia & the USA signed it.", "وقعتها روسيا والولايات المتحدة.", 11},
                              {"3", "Not translated yet.", "", 15},
                              {"4/1", "Two sentences.", "جملتان.", 20},
                              {"4/2", "In one unit.", "في وحدة واحدة.", 20},
                          });
}

TEST_CASE("XLIFF 2.0: unit/segment ids, ordinals for segments without id, ignorables skipped", "[bitext]") {
  Bitext b = read_bitext_file(fixture("sample_ar_en_2.0.xlf"));
  CHECK(b.format == "xliff-2");
  CHECK(b.src_lang == "en");
  CHECK(b.tgt_lang == "ar");
  CHECK(segments_of(b) ==
        std::vector<Seg>{
            {"u1/s1", "The ICBM launcher was counted.", "تم احتساب منصة الصواريخ العابرة للقارات.", 5},
            {"u1/2", "Second segment.", "المقطع الثاني.", 10},
            {"u2/a", "No target here.", "", 17},
        });
}

TEST_CASE("TMX as a bitext: tuid or ordinal ids, native codes dropped, language variants matched", "[bitext]") {
  Bitext b = read_bitext_file(fixture("sample_de_fr.tmx"));
  CHECK(b.format == "tmx");
  CHECK(b.src_lang == "de-DE");
  CHECK(b.tgt_lang == "fr-FR");
  CHECK(segments_of(b) == std::vector<Seg>{
                              {"7", "Die Abrüstung beginnt.", "Le désarmement commence.", 5},
                              {"2", "Zweiter Satz.", "Deuxième phrase.", 9},
                          });
}

TEST_CASE("Bitext bad input is an Error(Input) with file and line", "[bitext]") {
  using Row = std::tuple<std::string, std::size_t, std::string>;
  auto [xml, line, message] = GENERATE(table<std::string, std::size_t, std::string>({
      Row{"<?xml version=\"1.0\"?>\n<html/>\n", 2, "not a bilingual file"},
      Row{"<?xml version=\"1.0\"?>\n<xliff version=\"3.0\"/>\n", 2, "unsupported XLIFF version"},
      Row{"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>a</source>"
          "</trans-unit></body></file></xliff>\n",
          1, "no source language"},
      Row{"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n<file source-language=\"en\"><body>\n<trans-unit",
          4, "malformed XML"},
      Row{"<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n<xliff version="
          "\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\">\n<unit id=\"u\"><segment><source>&e;</source>"
          "</segment></unit></file></xliff>\n",
          4, "entity"},
  }));
  std::istringstream in(xml);
  try {
    read_bitext(in, "job.xlf");
    FAIL("no error");
  } catch (const Error& e) {
    INFO(e.what());
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == "job.xlf");
    CHECK(e.where().line == line);
    CHECK_THAT(e.message(), Catch::Contains(message));
  }
}

TEST_CASE("read_bitext_file names a missing file", "[bitext]") {
  try {
    read_bitext_file("/nonexistent/job.xlf");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK_THAT(std::string(e.what()), Catch::Contains("/nonexistent/job.xlf"));
  }
}
