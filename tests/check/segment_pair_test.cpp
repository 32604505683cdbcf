#include <catch2/catch.hpp>

#include "base/error.h"
#include "check/segment_pair.h"

using namespace termalign;
using namespace termalign::check;

TEST_CASE("positions of a one-line side are code point columns") {
  Side side = side_from_text("قالت الولايات", 7, 3);
  CHECK(position_of(side, 0).line == 7);
  CHECK(position_of(side, 0).column == 3);
  std::size_t at = side.text.find("الولايات");
  CHECK(position_of(side, at).column == 3 + 5);  // "قالت " is 5 code points
}

TEST_CASE("a sentence spanning two lines maps to the second line after the join") {
  std::vector<std::string> lines{"  First part of", "   the sentence. Next one."};
  text::Sentence s{"First part of the sentence.", 1, 3};
  Side side;
  append_sentence(side, s, lines);
  text::Sentence next{"Next one.", 2, 20};
  append_sentence(side, next, lines);
  FilePosition the = position_of(side, side.text.find("the"));
  CHECK(the.line == 2);
  CHECK(the.column == 4);
  FilePosition part = position_of(side, side.text.find("part"));
  CHECK(part.line == 1);
  CHECK(part.column == 9);
  FilePosition one = position_of(side, side.text.find("one"));
  CHECK(one.line == 2);
  CHECK(one.column == 25);
  CHECK(side.lines == std::vector<std::size_t>{1, 2});
}

TEST_CASE("line-aligned files need the same number of lines") {
  CHECK(pairs_from_lines({"a", "b"}, {"x", "y"}, "s", "t").size() == 2);
  try {
    pairs_from_lines({"a", "b"}, {"x"}, "src.txt", "tgt.txt");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(std::string(e.what()).find("src.txt has 2") != std::string::npos);
  }
}

TEST_CASE("pairs follow the beads, with empty sides for deletions") {
  std::vector<text::Sentence> src{{"A.", 1, 1}, {"B.", 1, 4}, {"C.", 2, 1}};
  std::vector<text::Sentence> tgt{{"X.", 1, 1}, {"Y.", 3, 1}};
  align::Alignment beads{{{0, 1}, {0}, 0.9}, {{2}, {}, 0.1}, {{}, {1}, 0.1}};
  std::vector<SegmentPair> pairs = pairs_from_alignment(src, tgt, beads, {}, {});
  REQUIRE(pairs.size() == 3);
  CHECK(pairs[0].src.text == "A. B.");
  CHECK(pairs[0].src.lines == std::vector<std::size_t>{1});
  CHECK(position_of(pairs[0].src, 3).column == 4);
  CHECK(pairs[1].tgt.text.empty());
  CHECK(pairs[2].tgt.lines == std::vector<std::size_t>{3});
}
