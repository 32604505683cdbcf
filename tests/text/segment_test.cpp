#include <catch2/catch.hpp>

#include "text/lang.h"
#include "text/segment.h"

using namespace termalign::text;

using Sentences = std::vector<std::string>;

TEST_CASE("sentence segmentation keeps abbreviations and initials together") {
  auto [lang, paragraph, expected] = GENERATE(table<std::string, std::string, Sentences>({
      {"en", "\"Gen. Nikolai Makarov will visit,\" he said. He left.",
       {"\"Gen. Nikolai Makarov will visit,\" he said.", "He left."}},
      {"en", "He met U.S. Chairman of the Joint Chiefs of Staff, Gen. Martin E. Dempsey. Talks began.",
       {"He met U.S. Chairman of the Joint Chiefs of Staff, Gen. Martin E. Dempsey.", "Talks began."}},
      {"en", "Dr. Smith arrived. Did he? Yes!", {"Dr. Smith arrived.", "Did he?", "Yes!"}},
      {"ru", "Он родился в 1950 г. в Москве. Это т.е. пример.", {"Он родился в 1950 г. в Москве.", "Это т.е. пример."}},
      {"ar", "قال الجنرال مارتن إي. ديمبسي إن المحادثات مستمرة. هل انتهت؟ لا.",
       {"قال الجنرال مارتن إي. ديمبسي إن المحادثات مستمرة.", "هل انتهت؟", "لا."}},
      {"ar", "وقال: \"روسيا متمسكة بموقفها.\" ولم يقدم تفاصيل.",
       {"وقال: \"روسيا متمسكة بموقفها.\"", "ولم يقدم تفاصيل."}},
  }));
  Segmenter segmenter(language(lang));
  CHECK(segmenter.segment_paragraph(paragraph) == expected);
}

TEST_CASE("paragraph boundaries are hard; lines of a paragraph are joined") {
  std::vector<std::string> lines{"The treaty was", "signed in Prague", "", "Heading without stop", "Next paragraph."};
  Segmenter segmenter(language("en"));
  auto sentences = segmenter.segment(lines);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].text == "The treaty was signed in Prague");
  CHECK(sentences[0].line == 1);
  CHECK(sentences[1].text == "Heading without stop Next paragraph.");
  CHECK(sentences[1].line == 4);

  Segmenter per_line(language("en"), {.line_paragraphs = true});
  auto by_line = per_line.segment(lines);
  REQUIRE(by_line.size() == 4);
  CHECK(by_line[2].text == "Heading without stop");
  CHECK(by_line[3].line == 5);
}

TEST_CASE("sentence positions are reported in code points") {
  std::vector<std::string> lines{"  قال السفير. وأضاف."};
  Segmenter segmenter(language("ar"));
  auto sentences = segmenter.segment(lines);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].column == 3);
  CHECK(sentences[1].column == 15);
}
