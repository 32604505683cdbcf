// A bilingual word dictionary for term pairing: which source words may translate which target words.
//
// Entries are stored as matching stems on both sides (normalize_for_match, Arabic proclitics and article
// stripped, then Snowball), so «الصاروخ» ↔ "Missiles" is found from «صاروخي» ↔ "missile". Multi-word
// translations contribute each of their content words ("defense investment" → defense, investment).
//
// Dictionaries are read by src/lexicon: FreeDict in dictd format in both directions (for ar → en both
// freedict-ara-eng and freedict-eng-ara when installed), or a .tsv of "source<TAB>target" lines.
//
//   WordDictionary::load("auto", ar, en)   lexicon::packaged_dictionary for the pair, empty when none installed
//   WordDictionary::load("none", ar, en)   empty
//   WordDictionary::load(path, ar, en)     lexicon::load_dictionary(path): a dictd .index or a .tsv file;
//                                          Error(Usage) when missing, Error(Input) when malformed
// A loaded dictionary is immutable and safe to read from many threads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/lang.h"

namespace termalign::lexicon {
struct Dictionary;
}

namespace termalign::terms {

class WordDictionary {
 public:
  WordDictionary() = default;
  static WordDictionary load(const std::string& spec, const text::Language& src, const text::Language& tgt);

  // Adds one entry given as written (any case, with clitics); multi-word sides add each content word.
  void add(std::string_view src_text, std::string_view tgt_text, const text::Language& src,
           const text::Language& tgt);
  // Whether the matching stems are listed as translations.
  bool contains(const std::string& src_stem, const std::string& tgt_stem) const;
  // The target stems listed for a source stem (null when none).
  const std::unordered_set<std::string>* targets(const std::string& src_stem) const;
  std::size_t size() const { return size_; }

 private:
  void add_all(const lexicon::Dictionary& dictionary, const text::Language& src, const text::Language& tgt);
  std::unordered_map<std::string, std::unordered_set<std::string>> entries_;
  std::size_t size_ = 0;
};

// The stem used on both sides of a WordDictionary for one normalized word: Arabic proclitics + article removed,
// then Snowball. Safe to call from many threads (one Stemmer per thread and language).
std::string match_stem(std::string_view norm_word, const text::Language& lang);

}  // namespace termalign::terms
