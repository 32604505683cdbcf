// Sentence segmentation: ICU's sentence BreakIterator with the `ss=standard` locale extension (which already
// knows common abbreviations), then termalign's per-language abbreviation list data/abbrev/<lang>.txt for what
// ICU still splits ("Gen.", "Dr.", "U.S." before a capitalised word, an initial "E." in "Martin E. Dempsey",
// Russian "г.", "т.е."). Arabic ؟ ۔ end sentences. Paragraph boundaries are hard boundaries: a blank line, or
// every line when line_paragraphs is set. Sentences are trimmed; empty ones are dropped.
//
//   option            default  meaning
//   line_paragraphs   false    every input line is its own paragraph (no sentence spans two lines)
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "text/lang.h"

namespace termalign::text {

struct SegmentOptions {
  bool line_paragraphs = false;
};

struct Sentence {
  std::string text;
  std::size_t line = 0;    // 1-based input line where the sentence starts
  std::size_t column = 0;  // 1-based code point column where it starts
};

class Segmenter {
 public:
  // Loads the abbreviation list for `lang` (absent list = none). Throws Error(Internal) if ICU fails.
  explicit Segmenter(const Language& lang, SegmentOptions options = {});
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Segments a document given as lines (as read_lines returns them).
  std::vector<Sentence> segment(const std::vector<std::string>& lines) const;

  // Segments one paragraph of text; line numbers in the result are 1 and columns relative to it.
  std::vector<std::string> segment_paragraph(const std::string& paragraph) const;

 private:
  std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(const std::string& paragraph) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace termalign::text
