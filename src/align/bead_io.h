// Reading and writing alignments.
//
//   beads   vecalign's gold format: one bead per line "[3, 4]:[5]", 0-based sentence ids, either side may be
//           "[]"; write_beads optionally appends TAB and the confidence (3 decimals). read_beads accepts
//           spaces or none after commas and an optional TAB + confidence; a malformed line is Error(Input)
//           naming the file and line.
//   ladder  hunalign's ladder: "i TAB j TAB confidence" per rung, the positions where beads start, ending
//           with the rung "n TAB m TAB 0".
//   tsv     "source sentences TAB target sentences TAB confidence" per bead (several sentences joined by a
//           space; deletions and insertions have an empty side).
//   jsonl   one JSON object per bead: {"src":[ids],"tgt":[ids],"src_text":"...","tgt_text":"...","confidence":x}
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "align/bead.h"

namespace termalign::align {

Alignment read_beads(std::istream& in, const std::string& name);
void write_beads(std::ostream& out, const Alignment& beads, bool with_confidence);
void write_ladder(std::ostream& out, const Alignment& beads);
void write_tsv(std::ostream& out, const Alignment& beads, const std::vector<std::string>& src,
               const std::vector<std::string>& tgt);
void write_jsonl(std::ostream& out, const Alignment& beads, const std::vector<std::string>& src,
                 const std::vector<std::string>& tgt);

// The sentences of one side of a bead joined by single spaces.
std::string join_sentences(const std::vector<std::size_t>& ids, const std::vector<std::string>& sentences);

}  // namespace termalign::align
