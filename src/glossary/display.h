// Plain-text rendering of concepts for the `glossary` verb (list, search, show) and its tests.
//
//   concept_line:   "12  ar: حلف شمال الأطلسي [approved] | en: NATO [approved]; North Atlantic Treaty ... [admitted]"
//                   one line per concept: its id, then per language (in the order of first appearance, or `langs`
//                   first when given) the terms with their status, separated by "; "
//   concept_detail: every field of the concept, one term per line with its id, status, type, pos, note, origin,
//                   score and times, then the evidence (document, lines, the two sentences)
//   stats_text:     counts of concepts, terms (per language, per status) and evidence, the schema version
// No trailing whitespace; every line ends with '\n'.
#pragma once

#include <string>
#include <vector>

#include "glossary/model.h"
#include "glossary/store.h"

namespace termalign::glossary {

std::string concept_line(const Concept& entry, const std::vector<std::string>& langs = {});
std::string concept_detail(const Concept& entry);
std::string stats_text(const Stats& stats);

}  // namespace termalign::glossary
