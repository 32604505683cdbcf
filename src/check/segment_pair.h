// The unit the consistency check works on: an aligned segment pair, each side a text plus the places in the
// user's files its characters came from, so findings can point at line and column (code points, 1-based).
//
// A side's text is one or more sentences joined by single spaces. Anchors map byte offsets of that text back to
// file positions: the byte at Anchor::offset is at (line, column), and the following bytes advance the column
// code point by code point until the next anchor (a new sentence, or a sentence that continued on the next line).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "align/bead.h"
#include "text/segment.h"

namespace termalign::check {

struct Anchor {
  std::size_t offset = 0;  // byte offset in Side::text
  std::size_t line = 0;    // 1-based line in the user's file (0 = unknown)
  std::size_t column = 1;  // 1-based code point column of that byte
};

struct Side {
  std::string text;
  std::vector<Anchor> anchors;     // ascending offsets; the first has offset 0 (empty for an empty side)
  std::vector<std::size_t> lines;  // every file line the side's sentences start on, ascending, unique
};

struct SegmentPair {
  std::string id;  // segment/unit id from a TMX/XLIFF file, or "" (reports then use the line numbers)
  Side src;
  Side tgt;
};

// Where a byte span of a side is in the user's file.
struct FilePosition {
  std::size_t line = 0;    // 1-based, 0 = unknown
  std::size_t column = 0;  // 1-based code points
};
FilePosition position_of(const Side& side, std::size_t byte_offset);

// A side made of one piece of text that starts at (line, column) of a file.
Side side_from_text(std::string text, std::size_t line, std::size_t column = 1);

// Appends a segmenter sentence. `file_lines` are the lines the sentence was segmented from (to follow a sentence
// that spans several lines); pass an empty vector when unknown.
void append_sentence(Side& side, const text::Sentence& sentence, const std::vector<std::string>& file_lines);

// Line i of `src` ↔ line i of `tgt` (1-based line numbers are i + 1). Different line counts are an
// Error(Input) naming both files and both counts.
std::vector<SegmentPair> pairs_from_lines(const std::vector<std::string>& src, const std::vector<std::string>& tgt,
                                          const std::string& src_name, const std::string& tgt_name);

// One pair per bead; 1-0 and 0-1 beads give a pair with an empty side.
std::vector<SegmentPair> pairs_from_alignment(const std::vector<text::Sentence>& src,
                                              const std::vector<text::Sentence>& tgt,
                                              const align::Alignment& alignment,
                                              const std::vector<std::string>& src_file_lines,
                                              const std::vector<std::string>& tgt_file_lines);

}  // namespace termalign::check
