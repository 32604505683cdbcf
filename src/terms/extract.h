// Bilingual term-pair extraction from aligned sentence pairs: the core of `termalign extract` and `build`.
//
//   1. Every sentence is analyzed into words and monolingual candidates (candidates.h). Across the input, an
//      Arabic word whose bare proclitic reading is attested on its own («وروسيا», «روسيا») takes that reading;
//      a sentence-initial capital is kept only when the word is capitalised elsewhere too.
//   2. Word links (pairing.h) come from the dictionary, transliteration, numbers and co-occurrence learned over
//      the whole input; each source candidate takes its best-explained target candidate in its sentence pair.
//      A candidate followed by a parenthesised alias («حلف شمال الأطلسي (الناتو)») inherits the alias' target.
//   3. Occurrences are grouped by matching stems; a group is output in its most frequent canonical form (a
//      capitalised form yields to the same words in lower case when the input has them: "nuclear weapons";
//      an Arabic name seen only with a bare proclitic drops it when the bare reading transliterates closer to
//      the target name: «وروسيا» → «روسيا»).
//      score = mean coverage · (0.75 + 0.25 · Dice(source group, target group) over sentence pairs; 1 for a
//      pair inherited from an alias, whose target the short form shares),
//      then multiplied by a termhood factor from the C-value of the source candidate when the input has at
//      least `cvalue_min_pairs` sentence pairs.
//   4. Default output keeps what a terminologist would: score ≥ threshold; single target words only when they
//      are names (capitalised, acronyms, codes); common noun phrases of 2-3 target words; a pair only ever
//      seen inside a longer pair is dropped, as is a longer pair whose extra words are unexplained or that a
//      more frequent nested pair already covers (unless that nested pair is a string of modifiers: Arabic
//      opening with a nisba adjective, English without the head noun: "strategic nuclear"); a pair that is two
//      pairs side by side in the same order is split — a title and a name, or coordinated terms ("United
//      States and Russia" ↔ «الولايات المتحدة وروسيا»); one target per source term (the best). `all` lists
//      every pair scoring ≥ min_pair_score, ranked.
//
//   option             default  meaning
//   dictionary         "auto"   WordDictionary::load spec: "auto" (FreeDict if installed), "none", or a path
//   threshold          0.68     minimum score of a proposed pair (default output)
//   min_pair_score     0.35     minimum mutual coverage of a span pair to be counted at all
//   all                false    list every counted pair, ranked, without the termhood filters
//   max_words          6        longest candidate, in words
//   max_evidence       5        sentence pairs kept as evidence per pair (count is always exact)
//   cvalue_min_pairs   2000     input size (sentence pairs) from which C-value termhood is applied
//   threads            0        analysis threads; 0 = all cores
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "glossary/model.h"
#include "terms/dictionary.h"
#include "terms/sentence_pairs.h"
#include "text/lang.h"

namespace termalign::terms {

struct ExtractOptions {
  std::string dictionary = "auto";
  double threshold = 0.68;
  double min_pair_score = 0.35;
  bool all = false;
  std::size_t max_words = 6;
  std::size_t max_evidence = 5;
  std::size_t cvalue_min_pairs = 2000;
  std::size_t threads = 0;
};

struct TermPair {
  std::string source;                         // canonical source term («الولايات المتحدة»)
  std::string target;                         // canonical target term ("United States")
  double score = 0.0;                         // in [0, 1]
  std::size_t count = 0;                      // sentence pairs the pair was seen in
  std::vector<glossary::Evidence> evidence;   // up to max_evidence of them, in input order
};

// Extracts ranked term pairs (best first). Uses `dictionary` when given, else loads options.dictionary.
// Throws Error(Usage/Input) for unusable options (missing dictionary file); never for data problems.
std::vector<TermPair> extract_terms(const std::vector<SentencePair>& pairs, const text::Language& src,
                                    const text::Language& tgt, const ExtractOptions& options = {},
                                    const WordDictionary* dictionary = nullptr);

// TSV with header "source\ttarget\tscore\tcount" (score with 3 decimals); TABs/newlines in terms become spaces.
void write_tsv(std::ostream& out, const std::vector<TermPair>& pairs);
// JSON array of {source, target, score, count, evidence: [{document, src_line, tgt_line, src, tgt}]}.
void write_json(std::ostream& out, const std::vector<TermPair>& pairs);

}  // namespace termalign::terms
