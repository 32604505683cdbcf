// A bead: the unit of a sentence alignment. Shared by the aligner, its readers/writers, term extraction and
// the consistency check.
//
// src and tgt hold 0-based, consecutive sentence indices; either may be empty (a 1-0 deletion or 0-1 insertion,
// never both). Beads of one alignment are in document order and cover every sentence exactly once.
#pragma once

#include <cstddef>
#include <vector>

namespace termalign::align {

struct Bead {
  std::vector<std::size_t> src;  // 0-based source sentence indices, ascending, consecutive
  std::vector<std::size_t> tgt;  // 0-based target sentence indices, ascending, consecutive
  double confidence = 0.0;       // in [0, 1]; 0 for beads read from files that carry none
};

using Alignment = std::vector<Bead>;

}  // namespace termalign::align
