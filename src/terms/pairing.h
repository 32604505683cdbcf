// Bilingual pairing inside one aligned sentence pair.
//
// A LinkModel scores how well a source word explains a target word, in [0, 1], from (best first):
//   equal digits (numbers, codes)            1
//   equal matching keys (shared Latin names) 1
//   dictionary (WordDictionary, both ways)   0.9
//   transliteration (name_similarity ≥ 0.7) 0.85 × the similarity, for names and loanwords
//   association learned from the input       0.7 × Dice over sentence pairs, when seen together ≥ 2 times
// pair_spans() then scores every (source candidate, target candidate) of a sentence pair by mutual coverage:
// each side's content words must be explained by the other side's (the lower of the two mean links), and keeps for
// each source candidate the best target candidate scoring at least `min_score`. A hyphenated compound is linked
// by its parts ("Nuclear-Test-Ban" ↔ «النووية» «للتجارب» «الحظر»; its coverage is the mean of its parts'). Words
// that nothing in the other sentence explains (no link ≥ 0.4: a weak learned association in a short input is
// no explanation) are gaps: a pair holding the same number (1-2) of gap units on
// each side, every other unit linked at ≥ 0.5 inside the pair and ≥ 2 such units per side, credits each gap
// unit 0.6 when every counted target unit is capitalised and neither span stops next to a gap word that could
// have extended it ("International Atomic Energy Agency" ↔ «الوكالة الدولية للطاقة الذرية» when "Atomic" and
// «الذرية» are unknown to the dictionary). A one-word source name may pair with a capitalised target of 2-3 words
// written together («نيويورك» ↔ "New York": 0.85 × name_similarity of the joined transliterations).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "terms/candidates.h"
#include "terms/dictionary.h"

namespace termalign::terms {

struct SpanPair {
  Span src;
  Span tgt;
  double score = 0.0;  // mutual coverage in [0, 1]
  bool alias = false;  // inherited from a parenthesised short form («حلف شمال الأطلسي (الناتو)» ↔ "NATO")
};

class LinkModel {
 public:
  LinkModel(const WordDictionary& dictionary, bool src_has_case, bool tgt_has_case);

  // Counts co-occurring content-word stems over sentence pairs (may be called for several chunks of the input);
  // call finish() after the last chunk, before link().
  void learn(const std::vector<AnalyzedSentence>& src, const std::vector<AnalyzedSentence>& tgt);
  // Arabic: moves the counts of each stem `from` to its stem `to` (proclitic readings resolved after learning),
  // then prepares the dictionary; call once after the last learn().
  using StemMap = std::unordered_map<std::string, std::string>;
  void finish(const StemMap& src_renames = {}, const StemMap& tgt_renames = {});

  // A word prepared once per sentence pair, so that link() does no string hashing.
  struct Ref {
    const Word* word = nullptr;
    std::int64_t id = -1;       // stem id in the learned counts, -1 when unseen
    std::string skeleton;       // consonant skeleton of the transliteration
    std::string digits;         // digits_of(norm)
  };
  Ref source(const Word& w) const;
  Ref target(const Word& w) const;
  double link(const Ref& s, const Ref& t) const;
  bool source_has_case() const { return src_has_case_; }

 private:
  std::uint32_t id_of(const std::string& stem, std::unordered_map<std::string, std::uint32_t>& ids);
  std::vector<std::uint32_t> renaming(const StemMap& renames, bool source_side);
  bool name_like(const Ref& s, const Ref& t) const;
  const WordDictionary* dictionary_;
  bool src_has_case_, tgt_has_case_;
  std::unordered_map<std::string, std::uint32_t> src_ids_, tgt_ids_;
  std::vector<std::uint32_t> src_count_, tgt_count_;
  std::unordered_map<std::uint64_t, std::uint32_t> joint_;
  std::vector<std::vector<std::uint32_t>> dictionary_ids_;  // per source id: sorted target ids it translates
};

// The best target span for each source candidate of one sentence pair (score ≥ min_score).
std::vector<SpanPair> pair_spans(const AnalyzedSentence& src, const AnalyzedSentence& tgt, const LinkModel& model,
                                 double min_score);

}  // namespace termalign::terms
