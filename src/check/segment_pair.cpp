#include "check/segment_pair.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/error.h"
#include "text/utf8.h"

namespace termalign::check {
namespace {

std::string_view trim_blank(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void add_line(Side& side, std::size_t line) {
  if (line == 0) return;
  auto it = std::lower_bound(side.lines.begin(), side.lines.end(), line);
  if (it == side.lines.end() || *it != line) side.lines.insert(it, line);
}

// Starts a new sentence on `side`: a separating space, then returns the offset where the sentence begins.
std::size_t begin_piece(Side& side) {
  if (!side.text.empty()) side.text += ' ';
  return side.text.size();
}

}  // namespace

FilePosition position_of(const Side& side, std::size_t byte_offset) {
  if (side.anchors.empty()) return {};
  auto it = std::upper_bound(side.anchors.begin(), side.anchors.end(), byte_offset,
                             [](std::size_t off, const Anchor& a) { return off < a.offset; });
  if (it != side.anchors.begin()) --it;
  std::size_t offset = std::min(byte_offset, side.text.size());
  std::string_view piece = std::string_view(side.text).substr(it->offset, offset - std::min(offset, it->offset));
  if (it->line == 0) return {};
  return {it->line, it->column + text::count_code_points(piece)};
}

Side side_from_text(std::string text, std::size_t line, std::size_t column) {
  Side side;
  side.text = std::move(text);
  side.anchors.push_back({0, line, column});
  add_line(side, line);
  return side;
}

void append_sentence(Side& side, const text::Sentence& sentence, const std::vector<std::string>& file_lines) {
  std::size_t start = begin_piece(side);
  side.text += sentence.text;
  side.anchors.push_back({start, sentence.line, sentence.column});
  add_line(side, sentence.line);
  if (sentence.line == 0 || sentence.line > file_lines.size()) return;
  // The segmenter joins the trimmed lines of a paragraph with one space: follow the sentence onto later lines.
  const std::string& first = file_lines[sentence.line - 1];
  std::string_view rest = trim_blank(std::string_view(first).substr(text::byte_offset_of(first, sentence.column - 1)));
  std::size_t consumed = rest.size();
  for (std::size_t l = sentence.line; l < file_lines.size() && consumed + 1 < sentence.text.size(); ++l) {
    const std::string& next = file_lines[l];
    std::string_view body = trim_blank(next);
    if (body.empty()) break;
    std::size_t lead = static_cast<std::size_t>(body.data() - next.data());
    consumed += 1;  // the joining space
    side.anchors.push_back({start + consumed, l + 1, text::code_point_index(next, lead) + 1});
    consumed += body.size();
  }
}

std::vector<SegmentPair> pairs_from_lines(const std::vector<std::string>& src, const std::vector<std::string>& tgt,
                                          const std::string& src_name, const std::string& tgt_name) {
  if (src.size() != tgt.size()) {
    throw_input(fmt::format("--aligned needs files with the same number of lines: {} has {}, {} has {}", src_name,
                            src.size(), tgt_name, tgt.size()),
                {tgt_name, std::min(src.size(), tgt.size()) + 1, 0});
  }
  std::vector<SegmentPair> pairs;
  pairs.reserve(src.size());
  for (std::size_t i = 0; i < src.size(); ++i) {
    pairs.push_back({"", side_from_text(src[i], i + 1), side_from_text(tgt[i], i + 1)});
  }
  return pairs;
}

std::vector<SegmentPair> pairs_from_alignment(const std::vector<text::Sentence>& src,
                                              const std::vector<text::Sentence>& tgt,
                                              const align::Alignment& alignment,
                                              const std::vector<std::string>& src_file_lines,
                                              const std::vector<std::string>& tgt_file_lines) {
  std::vector<SegmentPair> pairs;
  pairs.reserve(alignment.size());
  for (const align::Bead& bead : alignment) {
    SegmentPair pair;
    for (std::size_t i : bead.src) {
      if (i >= src.size()) throw_internal(fmt::format("alignment names source sentence {} of {}", i + 1, src.size()));
      append_sentence(pair.src, src[i], src_file_lines);
    }
    for (std::size_t i : bead.tgt) {
      if (i >= tgt.size()) throw_internal(fmt::format("alignment names target sentence {} of {}", i + 1, tgt.size()));
      append_sentence(pair.tgt, tgt[i], tgt_file_lines);
    }
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

}  // namespace termalign::check
