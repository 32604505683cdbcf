// From document files to aligned sentence pairs: the front half of `termalign extract` and `build`.
//
// read_aligned_pairs() reads every document pair (segmenting with text::Segmenter, or one sentence per line when
// presegmented), checks that each text is written in the script of its language (Arabic text given as -s en is
// Error(Input) naming the file), aligns all pairs with align::align_batch (one shared learned lexicon) and returns
// the aligned sentence pairs (sentence_pairs.h) with the input line of each side's first sentence.
// An empty document (no sentence at all) is Error(Input) naming the file.
//
// With `aligned`, the files are already sentence-aligned line by line (line k of SRC translates line k of TGT,
// like NTREX or a TMX export): no segmentation, no alignment; different line counts are Error(Input).
//
//   option          default  meaning
//   aligned         false    line k of SRC ↔ line k of TGT (implies presegmented); empty lines are skipped
//   presegmented    false    inputs hold one sentence per line; otherwise they are segmented
//   line_paragraphs false    when segmenting: every input line is a paragraph
//   dictionary      "auto"   the aligner's dictionary spec (align/aligner.h)
//   threads         0        aligner workers; 0 = all cores
//   progress        null     advanced by the aligner (not owned)
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "align/manifest.h"
#include "base/progress.h"
#include "terms/sentence_pairs.h"
#include "text/lang.h"

namespace termalign::terms {

// Document pairs and batch manifests are the aligner's (align/manifest.h).
using align::DocumentFiles;
using align::read_manifest;

struct PipelineOptions {
  bool aligned = false;
  bool presegmented = false;
  bool line_paragraphs = false;
  std::string dictionary = "auto";
  unsigned threads = 0;
  Progress* progress = nullptr;
};


// Which script most letters of `sentences` are written in (Script::Other when fewer than 20 letters).
text::Script dominant_script(const std::vector<std::string>& sentences);

// Throws Error(Input) "FILE: the text is in Arabic script, not in the script of English (-s en)" when the
// dominant script of the text contradicts `lang`. `flag` is the option that named the language ("-s", "-t").
void check_script(const std::vector<std::string>& sentences, const text::Language& lang, const std::string& file,
                  const std::string& flag);

std::vector<SentencePair> read_aligned_pairs(const std::vector<DocumentFiles>& documents,
                                             const text::Language& src, const text::Language& tgt,
                                             const PipelineOptions& options = {});

}  // namespace termalign::terms
