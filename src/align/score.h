// Alignment scores exactly as vecalign's score.py defines them (Thompson & Koehn 2019).
//
// Precision counts every test bead that is not empty on both sides against the gold beads: strict = the
// identical bead is in gold; lax = some source sentence of the test bead is aligned in gold to some of its
// target sentences. Recall is the same computation with the roles swapped and all 1-0/0-1 beads removed from
// both. Counts are summed over all documents before P, R and F1 are computed (division by zero gives 0).
#pragma once

#include <vector>

#include "align/bead.h"

namespace termalign::align {

struct Score {
  double precision_strict = 0, recall_strict = 0, f1_strict = 0;
  double precision_lax = 0, recall_lax = 0, f1_lax = 0;
};

Score score_alignments(const std::vector<Alignment>& gold, const std::vector<Alignment>& test);

}  // namespace termalign::align
