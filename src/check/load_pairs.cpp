#include <algorithm>
#include <cctype>
#include <fstream>

#include "base/error.h"

#include "check/load.h"
#include "formats/bitext.h"
#include "text/reader.h"
#include "text/segment.h"

namespace termalign::check {
namespace {

std::vector<text::Sentence> as_sentences(const std::vector<std::string>& lines) {
  std::vector<text::Sentence> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) out.push_back({lines[i], i + 1, 1});
  return out;
}

std::vector<std::string> texts(const std::vector<text::Sentence>& sentences) {
  std::vector<std::string> out;
  out.reserve(sentences.size());
  for (const text::Sentence& s : sentences) out.push_back(s.text);
  return out;
}

}  // namespace

std::vector<SegmentPair> load_document_pairs(const std::string& src_path, const std::string& tgt_path,
                                             const text::Language& src, const text::Language& tgt,
                                             const LoadOptions& options) {
  if (options.mode == InputMode::Aligned) {
    return pairs_from_lines(text::read_lines_file(src_path), text::read_lines_file(tgt_path), src_path, tgt_path);
  }
  std::vector<std::string> src_lines, tgt_lines;
  std::vector<text::Sentence> src_sentences, tgt_sentences;
  if (options.mode == InputMode::Presegmented) {
    src_sentences = as_sentences(text::read_sentences_file(src_path));
    tgt_sentences = as_sentences(text::read_sentences_file(tgt_path));
  } else {
    src_lines = text::read_lines_file(src_path);
    tgt_lines = text::read_lines_file(tgt_path);
    src_sentences = text::Segmenter(src).segment(src_lines);
    tgt_sentences = text::Segmenter(tgt).segment(tgt_lines);
  }
  align::DocumentPair document{src_path + " \u2194 " + tgt_path, texts(src_sentences), texts(tgt_sentences)};
  align::Alignment alignment = align::align_pair(document, src, tgt, options.align);
  return pairs_from_alignment(src_sentences, tgt_sentences, alignment, src_lines, tgt_lines);
}

std::vector<SegmentPair> pairs_from_bitext(const formats::Bitext& bitext) {
  std::vector<SegmentPair> pairs;
  pairs.reserve(bitext.segments.size());
  for (const formats::BitextSegment& s : bitext.segments) {
    pairs.push_back({s.id, side_from_text(s.src, s.line), side_from_text(s.tgt, s.line)});
  }
  return pairs;
}

formats::Bitext read_bitext_input(const std::string& path) {
  if (path != "-") {
    std::ifstream probe(path, std::ios::binary);
    std::string head(512, '\0');
    probe.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(probe.gcount()));
    if (head.starts_with("\xEF\xBB\xBF")) head.erase(0, 3);
    std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && head[first] != '<')
      throw_input("not a TMX or XLIFF file; to check a plain-text translation give the source and the target "
                  "file",
                  {path});
  }
  return formats::read_bitext_file(path);
}

std::string primary_language(const std::string& tag) {
  std::string out = tag.substr(0, tag.find_first_of("-_"));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return out;
}

}  // namespace termalign::check
