// Per-sentence features for the aligner, computed once per sentence (never per DP cell).
//
// Every lexical item becomes a 64-bit id (FNV-1a of a tagged string), so documents, the dictionary and the
// learned lexicon meet without a shared vocabulary object:
//   words   side-specific content words: Snowball stem of Token::key (Arabic proclitics stripped), tagged with
//           the side, so a source and a target word never collide
//   shared  language-independent items that match by identity across the pair: numbers (Token::norm folds
//           every digit system), cognate/name skeletons (transliterated consonant skeleton of capitalised words,
//           acronyms, and of every Arabic-script word, which has no case), and ? ! quotes ( % as classes
// Lexical items come from the first kMaxFeatureBytes of a sentence only (the length counts all of it): a
// "sentence" of megabytes (an unsegmented file) then costs no more than a long paragraph.
// A FeatureExtractor owns ICU and Snowball objects: use one per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/lang.h"
#include "text/stem.h"
#include "text/translit.h"

namespace termalign::align {

enum class Side : std::uint8_t { Source, Target };

inline constexpr std::size_t kMaxFeatureBytes = 16 * 1024;

struct SentenceFeatures {
  std::uint32_t length = 0;            // code points of the sentence
  std::vector<std::uint64_t> words;    // sorted, distinct side-specific word ids
  std::vector<std::uint64_t> shared;   // sorted, distinct language-independent ids
};

std::uint64_t fnv1a(std::string_view s, std::uint64_t seed = 1469598103934665603ULL);

// The consonant skeleton used for cognates ("kislyak" → "ksl"; "trump"/"tramb" → "trmb"); empty when the
// word yields fewer than 3 consonants. Input: lower-case ASCII transliteration.
std::string cognate_skeleton(std::string_view ascii);

class FeatureExtractor {
 public:
  FeatureExtractor(const text::Language& lang, Side side);
  SentenceFeatures extract(std::string_view sentence);
  // Id of a normalized word (normalize_for_match output) as extract() would compute it.
  std::uint64_t word_id(std::string_view norm_word);

 private:
  std::uint64_t skeleton_id(const std::string& form);
  const text::Language& lang_;
  Side side_;
  text::Stemmer stemmer_;
  text::Transliterator translit_;
  std::unordered_map<std::string, std::uint64_t> word_cache_;      // key → word id
  std::unordered_map<std::string, std::uint64_t> skeleton_cache_;  // key → skeleton id (0 = none)
};

// Features of many sentences, using up to `threads` workers (one extractor each); result k is sentences[k].
std::vector<SentenceFeatures> extract_features(const std::vector<const std::string*>& sentences,
                                               const text::Language& lang, Side side, unsigned threads);

}  // namespace termalign::align
