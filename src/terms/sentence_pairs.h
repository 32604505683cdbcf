// The input of term extraction: aligned sentence pairs, built from an alignment's beads.
//
// A bead with several sentences on a side is joined with single spaces; beads with an empty side (1-0, 0-1)
// carry no translation and are skipped. Line numbers are the 1-based lines of the first sentence of each side,
// taken from `src_lines` / `tgt_lines` when given (e.g. text::Sentence::line), else sentence index + 1.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "align/bead.h"

namespace termalign::terms {

struct SentencePair {
  std::string document;      // document name, for evidence and messages
  std::string src;           // source sentence(s)
  std::string tgt;           // target sentence(s)
  std::size_t src_line = 0;  // 1-based line (or sentence number) of the source side in its document
  std::size_t tgt_line = 0;  // 1-based line (or sentence number) of the target side
};

std::vector<SentencePair> pairs_from_alignment(const std::string& document, const std::vector<std::string>& src,
                                               const std::vector<std::string>& tgt,
                                               const align::Alignment& alignment,
                                               const std::vector<std::size_t>& src_lines = {},
                                               const std::vector<std::size_t>& tgt_lines = {});

}  // namespace termalign::terms
