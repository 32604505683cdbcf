// Evaluation of extracted term pairs against a gold list, as the test suite's floors and `tools/` report it.
//
// Terms are compared after normalize_for_match (case folding, Arabic orthographic folding, digit folding) and
// with a leading English "the " dropped. A gold file is TSV: a header line (language codes), then
// "source<TAB>target" lines; '#' lines and blank lines are ignored.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <utility>
#include <vector>

#include "terms/extract.h"

namespace termalign::terms {

using GoldPairs = std::vector<std::pair<std::string, std::string>>;

// Throws Error(Input) naming `name` and the line for a line without a TAB.
GoldPairs read_gold_terms(std::istream& in, const std::string& name);

struct TermScores {
  std::size_t proposed = 0;  // pairs proposed (distinct after normalization)
  std::size_t gold = 0;      // gold pairs (distinct after normalization)
  std::size_t correct = 0;   // proposed pairs that are gold pairs
  double precision() const { return proposed ? static_cast<double>(correct) / proposed : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
};

// The form terms are compared in: normalize_for_match, leading "the " dropped.
std::string comparison_form(const std::string& term);
// Scores `proposed` against `gold`; when given, `wrong` receives the proposed pairs that are not gold and `missed`
// the gold pairs not proposed (in comparison form, sorted).
TermScores evaluate_terms(const std::vector<TermPair>& proposed, const GoldPairs& gold, GoldPairs* wrong = nullptr,
                          GoldPairs* missed = nullptr);

}  // namespace termalign::terms
