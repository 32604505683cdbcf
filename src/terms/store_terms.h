// Storing extracted term pairs in a glossary: the back half of `termalign build`.
//
// store_candidates() writes every pair, inside ONE transaction (all or nothing), as a concept holding the source
// and the target term with status `candidate`, origin "extract:DOCUMENT" (the first evidence's document), the
// extraction score, and the pair's evidence sentences. It uses glossary::Store::merge_concept, so
//   * running it twice on the same pairs adds nothing (identical terms are merged, evidence is not repeated);
//   * a pair whose source term is already stored joins that concept (a new target becomes another candidate);
//   * a pair already reviewed — some concept holds both terms and either of them is approved, admitted, rejected
//     or deprecated — is skipped entirely: a terminologist's decision is never proposed again.
#pragma once

#include <cstddef>
#include <vector>

#include "glossary/store.h"
#include "terms/extract.h"
#include "text/lang.h"

namespace termalign::terms {

struct StoreSummary {
  std::size_t pairs = 0;             // pairs given
  std::size_t new_concepts = 0;      // concepts created
  std::size_t terms_added = 0;       // terms inserted (new concepts and new terms in stored concepts)
  std::size_t evidence_added = 0;    // evidence sentence pairs inserted
  std::size_t skipped_reviewed = 0;  // pairs skipped because they were already reviewed
  std::size_t unchanged = 0;         // pairs already stored as candidates with all their evidence
};

// Whether a stored concept holds both terms and either has a reviewed status (anything but candidate).
bool already_reviewed(const glossary::Store& store, const TermPair& pair, const text::Language& src,
                      const text::Language& tgt);

StoreSummary store_candidates(glossary::Store& store, const std::vector<TermPair>& pairs, const text::Language& src,
                              const text::Language& tgt);

}  // namespace termalign::terms
