// vecalign's strict and lax precision/recall/F1 on hand-computed cases.
#include <catch2/catch.hpp>

#include "align/score.h"

using namespace termalign::align;

TEST_CASE("scores match vecalign's definitions") {
  Alignment gold = {{{0}, {0}}, {{1}, {1, 2}}, {{2}, {}}};
  Alignment test = {{{0}, {0}}, {{1}, {1}}, {{}, {2}}, {{2}, {}}};
  // Precision over the 4 test beads: strict 2 ([0]:[0], [2]:[]), lax 3 (+[1]:[1] overlaps [1]:[1, 2]).
  // Recall over the 2 two-sided gold beads: strict 1, lax 2.
  Score s = score_alignments({gold}, {test});
  CHECK(s.precision_strict == Approx(0.5));
  CHECK(s.recall_strict == Approx(0.5));
  CHECK(s.f1_strict == Approx(0.5));
  CHECK(s.precision_lax == Approx(0.75));
  CHECK(s.recall_lax == Approx(1.0));
  CHECK(s.f1_lax == Approx(2 * 0.75 / 1.75));
}

TEST_CASE("scores pool counts over documents and survive empty input") {
  Alignment perfect = {{{0}, {0}}, {{1}, {1}}};
  Alignment wrong = {{{0, 1}, {0}}, {{}, {1}}};
  Score one = score_alignments({perfect}, {perfect});
  CHECK(one.f1_strict == Approx(1.0));
  // Pooled: precision 2 of 4 test beads, recall 2 of 4 gold beads (not the mean of per-document scores).
  Score pooled = score_alignments({perfect, perfect}, {perfect, wrong});
  CHECK(pooled.precision_strict == Approx(0.5));
  CHECK(pooled.recall_strict == Approx(0.5));
  Score empty = score_alignments({}, {});
  CHECK(empty.f1_strict == 0.0);
  CHECK(empty.f1_lax == 0.0);
}
