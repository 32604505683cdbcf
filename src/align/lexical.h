// The aligner's lexical model (internal to the align stage): which target ids a source sentence can match.
//
//   TranslationMap          source word id → target word ids (features.h ids)
//   dictionary_translations the map for AlignOptions::dictionary ("auto", "none" or a path), built from
//                           single-word dictionary headwords to the words (≥ 3 code points, or the only word)
//                           of translations of at most 3 words; cached per process by (pair, dictionary)
//   FrequentIds             ids in more than max(5, 10 %) of a side's sentences: function words (and very
//                           common numbers or quotes) carry no alignment signal and are ignored
//   make_doc_view           the DocView of one document pair from its features and the translation maps
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "align/dp.h"
#include "align/features.h"
#include "text/lang.h"

namespace termalign::align {

using TranslationMap = std::unordered_map<std::uint64_t, std::vector<std::uint64_t>>;

std::shared_ptr<const TranslationMap> dictionary_translations(const std::string& dictionary,
                                                              const text::Language& src,
                                                              const text::Language& tgt);

struct FrequentIds {
  std::unordered_set<std::uint64_t> src, tgt;
};

struct DocFeatures {
  std::vector<SentenceFeatures> src, tgt;
};

FrequentIds frequent_ids(const std::vector<DocFeatures>& docs);

// `learned` may be null.
DocView make_doc_view(const DocFeatures& doc, const FrequentIds& frequent, const TranslationMap& dictionary,
                      const TranslationMap* learned);

}  // namespace termalign::align
