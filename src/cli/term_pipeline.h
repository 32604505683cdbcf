// What `extract` and `build` share: their input flags (documents or a batch manifest, languages, how the texts
// are aligned, dictionary, threshold, threads) and the run from files to ranked term pairs.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "terms/extract.h"
#include "text/lang.h"

namespace termalign::cli {

struct TermPipelineArgs {
  std::string src_file, tgt_file;   // documents ("-" = standard input for one of them)
  std::string src_lang, tgt_lang;   // ISO 639-1 codes
  std::string batch;                // manifest "SRC TAB TGT [TAB NAME]" instead of SRC TGT
  bool aligned = false;             // line k of SRC translates line k of TGT: no segmentation, no alignment
  bool presegmented = false;        // one sentence per line; otherwise the texts are segmented first
  bool line_paragraphs = false;     // when segmenting: every line is a paragraph
  std::string dictionary = "auto";  // auto | none | path, for the aligner and the term pairing
  double threshold = terms::ExtractOptions{}.threshold;  // minimum score of a proposed pair, in [0, 1]
  unsigned threads = 0;             // 0 = all hardware threads
};

// Declares the shared flags on `app`; `batch_help` ends the --batch help, `threshold_help` is --threshold's.
void add_term_pipeline_options(CLI::App* app, TermPipelineArgs& args, const std::string& batch_help,
                               const std::string& threshold_help);

// Error(Usage) unless SRC and TGT (or --batch) are given, and at most one of them is standard input.
void require_term_inputs(const TermPipelineArgs& a, const std::string& verb);

struct TermPipelineResult {
  const text::Language* src = nullptr;
  const text::Language* tgt = nullptr;
  std::size_t sentence_pairs = 0;
  std::vector<terms::TermPair> found;
};

// Reads, segments and aligns the documents (progress on a terminal), then extracts term pairs (`all`: every
// counted pair). Checks require_term_inputs first; Error(Input) when nothing is found (`nothing_suffix` ends that
// message).
TermPipelineResult run_term_pipeline(const TermPipelineArgs& a, bool all, const std::string& verb,
                                     const std::string& nothing_suffix);

}  // namespace termalign::cli
