// Sentence alignment of translated documents: which source sentences correspond to which target sentences.
//
// Contract: align_pair() returns beads in document order covering every source and every target sentence
// exactly once (see bead.h), of the types 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1. It never throws for data
// problems (an empty side gives all-insertion or all-deletion beads); it throws termalign::Error(Usage) for
// unusable options (a dictionary path that does not exist, ...). Results are deterministic for given inputs
// and options, whatever the thread count.
//
// Method: dynamic programming over beads; the cost of a bead adds a Gale–Church length cost (code points,
// length ratio estimated per document pair), a prior per bead type, and a lexical reward from
// dictionary matches (packaged FreeDict or a TSV, on normalized, Arabic clitic-split, stemmed tokens), a
// lexicon learned from the confident 1-1 beads of the first pass (Dice), numbers (every digit system),
// cognates and names (transliterated consonant skeletons), and punctuation such as ? ! and quotes.
// The search is restricted to a band around the diagonal, re-centred on the previous path and widened until
// the path stays clear of the band's edges, so time and memory grow linearly with document length.
//
//   option              default  meaning
//   dictionary          "auto"   "auto" = packaged FreeDict for the pair when installed (both directions are
//                                used), "none", or a path: a dictd .index (its .dict.dz/.dict beside it) or a
//                                .tsv of "source TAB target" lines
//   two_pass            true     learn a lexicon from confident 1-1 beads of the first pass, then realign
//   band                30       initial half-width of the search band, in target sentences
//   max_band            2000     the band never grows beyond this half-width (sentences)
//   lexical_weight      20.0     weight of the lexical similarity (in [0,1]) in a bead's cost (nats)
//   skip_cost           4.0      cost of a 1-0 or 0-1 bead (nats)
//   min_confidence      0.6      1-1 beads at or above this confidence feed the learned lexicon
//   threads             0        worker threads for align_batch; 0 = all hardware threads
//   progress            null     when set, advance() is called once per document and pass (2 per document
//                                with two_pass), from worker threads
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "align/bead.h"
#include "base/progress.h"
#include "text/lang.h"

namespace termalign::align {

struct AlignOptions {
  std::string dictionary = "auto";  // "auto", "none", or a path to a dictd .index or a .tsv (see table above)
  bool two_pass = true;             // learn a lexicon from confident 1-1 beads, then realign
  std::size_t band = 30;            // initial band half-width, target sentences
  std::size_t max_band = 2000;      // largest band half-width, target sentences
  double lexical_weight = 20.0;     // nats per unit of lexical similarity
  double skip_cost = 4.0;            // nats added to 1-0 / 0-1 beads
  double min_confidence = 0.6;      // threshold for beads that teach the learned lexicon, in [0, 1]
  unsigned threads = 0;             // align_batch workers; 0 = std::thread::hardware_concurrency()
  Progress* progress = nullptr;     // not owned; advanced once per document and pass
};

struct DocumentPair {
  std::string name;               // for messages / progress
  std::vector<std::string> src;   // sentences, one per element
  std::vector<std::string> tgt;
};

// Aligns one document pair (two passes, dictionary per options).
Alignment align_pair(const DocumentPair& pair, const text::Language& src, const text::Language& tgt,
                     const AlignOptions& options = {});

// Aligns many pairs sharing one learned lexicon, using options.threads workers; result i belongs to pairs[i].
std::vector<Alignment> align_batch(const std::vector<DocumentPair>& pairs, const text::Language& src,
                                   const text::Language& tgt, const AlignOptions& options = {});

}  // namespace termalign::align
