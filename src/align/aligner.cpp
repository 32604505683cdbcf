#include "align/aligner.h"

#include <algorithm>
#include <cmath>

#include "align/dp.h"
#include "align/features.h"
#include "align/lexical.h"
#include "align/parallel.h"
#include "lexicon/dice.h"
#include "text/utf8.h"

namespace termalign::align {
namespace {

// Ill-formed UTF-8 (possible through the API only; files are validated by the reader) is replaced by U+FFFD
// before feature extraction: data problems never become exceptions here.
std::vector<DocFeatures> extract_all(const std::vector<DocumentPair>& pairs, const text::Language& src,
                                     const text::Language& tgt, unsigned threads) {
  std::vector<const std::string*> src_ptr, tgt_ptr;
  std::vector<std::string> fixed;  // sanitized copies, kept alive while extracting
  std::size_t bad = 0;
  for (const DocumentPair& p : pairs) {
    for (const auto* side : {&p.src, &p.tgt})
      for (const std::string& s : *side) bad += text::find_invalid_utf8(s) != text::kNoInvalid;
  }
  fixed.reserve(bad);
  auto pointer = [&fixed](const std::string& s) {
    if (text::find_invalid_utf8(s) == text::kNoInvalid) return &s;
    fixed.push_back(text::sanitize_utf8(s));
    return static_cast<const std::string*>(&fixed.back());
  };
  for (const DocumentPair& p : pairs) {
    for (const std::string& s : p.src) src_ptr.push_back(pointer(s));
    for (const std::string& s : p.tgt) tgt_ptr.push_back(pointer(s));
  }
  std::vector<SentenceFeatures> sf = extract_features(src_ptr, src, Side::Source, threads);
  std::vector<SentenceFeatures> tf = extract_features(tgt_ptr, tgt, Side::Target, threads);
  std::vector<DocFeatures> docs(pairs.size());
  std::size_t a = 0, b = 0;
  for (std::size_t d = 0; d < pairs.size(); ++d) {
    docs[d].src.assign(std::make_move_iterator(sf.begin() + static_cast<std::ptrdiff_t>(a)),
                       std::make_move_iterator(sf.begin() + static_cast<std::ptrdiff_t>(a + pairs[d].src.size())));
    docs[d].tgt.assign(std::make_move_iterator(tf.begin() + static_cast<std::ptrdiff_t>(b)),
                       std::make_move_iterator(tf.begin() + static_cast<std::ptrdiff_t>(b + pairs[d].tgt.size())));
    a += pairs[d].src.size();
    b += pairs[d].tgt.size();
  }
  return docs;
}

LengthModel initial_length_model(const DocView& view) {
  double l1 = 0, l2 = 0;
  for (std::uint32_t l : view.src_len) l1 += l;
  for (std::uint32_t l : view.tgt_len) l2 += l;
  LengthModel model;
  model.ratio = l1 > 0 && l2 > 0 ? std::clamp(l2 / l1, 0.1, 10.0) : 1.0;
  model.variance = 6.8 * model.ratio;
  return model;
}

DpParams dp_params(const AlignOptions& o, const LengthModel& length) {
  DpParams p;
  p.length = length;
  p.lexical_weight = o.lexical_weight;
  p.skip_cost = o.skip_cost;
  p.band = o.band;
  p.max_band = std::max(o.band, o.max_band);
  return p;
}

std::vector<lexicon::SentencePairIds> training_pairs(const std::vector<DocFeatures>& docs,
                                                     const std::vector<Alignment>& first,
                                                     const FrequentIds& frequent, double min_conf) {
  std::vector<lexicon::SentencePairIds> pairs;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (const Bead& b : first[d]) {
      if (b.src.size() != 1 || b.tgt.size() != 1 || b.confidence < min_conf) continue;
      lexicon::SentencePairIds p;
      for (std::uint64_t w : docs[d].src[b.src[0]].words) if (!frequent.src.contains(w)) p.source.push_back(w);
      for (std::uint64_t w : docs[d].tgt[b.tgt[0]].words) if (!frequent.tgt.contains(w)) p.target.push_back(w);
      pairs.push_back(std::move(p));
    }
  }
  constexpr std::size_t kMaxPairs = 40000;  // the lexicon saturates long before; keeps learning fast
  if (pairs.size() > kMaxPairs) {
    std::vector<lexicon::SentencePairIds> sample;
    for (std::size_t k = 0; k < kMaxPairs; ++k) sample.push_back(std::move(pairs[k * pairs.size() / kMaxPairs]));
    pairs.swap(sample);
  }
  return pairs;
}

TranslationMap learn_lexicon(const std::vector<lexicon::SentencePairIds>& pairs) {
  TranslationMap learned;
  for (const lexicon::WordPair& wp : lexicon::learn_dice(pairs)) learned[wp.source].push_back(wp.target);
  return learned;
}

}  // namespace

std::vector<Alignment> align_batch(const std::vector<DocumentPair>& pairs, const text::Language& src,
                                   const text::Language& tgt, const AlignOptions& options) {
  std::shared_ptr<const TranslationMap> dictionary = dictionary_translations(options.dictionary, src, tgt);
  std::vector<DocFeatures> docs = extract_all(pairs, src, tgt, options.threads);
  FrequentIds frequent = frequent_ids(docs);
  std::vector<LengthModel> lengths(docs.size());
  std::vector<Alignment> first(docs.size());
  parallel_for(docs.size(), options.threads, [&](std::size_t d) {
    DocView view = make_doc_view(docs[d], frequent, *dictionary, nullptr);
    lengths[d] = initial_length_model(view);
    first[d] = banded_align(view, dp_params(options, lengths[d]));
    if (options.progress) options.progress->advance();
  });
  if (!options.two_pass) return first;
  TranslationMap learned = learn_lexicon(training_pairs(docs, first, frequent, options.min_confidence));
  std::vector<Alignment> second(docs.size());
  parallel_for(docs.size(), options.threads, [&](std::size_t d) {
    DocView view = make_doc_view(docs[d], frequent, *dictionary, &learned);
    second[d] = banded_align(view, dp_params(options, lengths[d]), &first[d]);
    if (options.progress) options.progress->advance();
  });
  return second;
}

Alignment align_pair(const DocumentPair& pair, const text::Language& src, const text::Language& tgt,
                     const AlignOptions& options) {
  return std::move(align_batch({pair}, src, tgt, options).front());
}

}  // namespace termalign::align
