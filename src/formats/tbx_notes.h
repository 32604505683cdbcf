// Internal to src/formats: the "termalign-KEY: VALUE" notes that carry, inside valid TBX-Basic, the parts of a
// term TBX-Basic has no data category for. The writer emits them, the reader turns them back into fields:
//   termalign-status: candidate|rejected     (Candidate/Rejected have no administrativeStatus value)
//   termalign-pos: properNoun                (partOfSpeech outside the TBX-Basic picklist)
//   termalign-type: X                        (termType outside the TBX-Basic picklist)
//   termalign-score: 0.8125                  (extraction score, when not 0)
//   termalign-case-sensitive: yes
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "glossary/model.h"

namespace termalign::formats::detail {

std::vector<std::string> term_markers(const glossary::Term& term);
// If note is a marker, applies it to term and returns true.
bool apply_marker(glossary::Term& term, std::string_view note);

}  // namespace termalign::formats::detail
