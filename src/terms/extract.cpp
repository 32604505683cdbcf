#include "terms/extract.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "terms/candidates.h"
#include "terms/groups.h"
#include "terms/pairing.h"
#include "terms/termhood.h"

namespace termalign::terms {
namespace {

constexpr double kAliasFactor = 0.95;

struct Corpus {
  std::vector<AnalyzedSentence> src, tgt;
};

std::size_t thread_count(const ExtractOptions& options, std::size_t items) {
  std::size_t threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  return std::min(threads, std::max<std::size_t>(1, items / 256));
}

// Runs job(begin, end) over [0, n) in `threads` contiguous chunks; rethrows the first worker exception.
void parallel_chunks(std::size_t n, std::size_t threads, const std::function<void(std::size_t, std::size_t)>& job) {
  if (threads <= 1) {
    job(0, n);
    return;
  }
  std::vector<std::thread> workers;
  std::vector<std::exception_ptr> errors(threads);
  std::size_t chunk = (n + threads - 1) / threads;
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      try {
        job(std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
      } catch (...) {
        errors[t] = std::current_exception();
      }
    });
  }
  for (auto& w : workers) w.join();
  for (auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

Corpus analyze_all(const std::vector<SentencePair>& pairs, const text::Language& src, const text::Language& tgt,
                   const ExtractOptions& options) {
  Corpus corpus;
  corpus.src.resize(pairs.size());
  corpus.tgt.resize(pairs.size());
  CandidateOptions copt{.max_words = options.max_words};
  parallel_chunks(pairs.size(), thread_count(options, pairs.size()), [&](std::size_t b, std::size_t e) {
    CandidateExtractor src_ex(src, copt), tgt_ex(tgt, copt);
    for (std::size_t k = b; k < e; ++k) {
      corpus.src[k] = src_ex.analyze(pairs[k].src);
      corpus.tgt[k] = tgt_ex.analyze(pairs[k].tgt);
    }
  });
  return corpus;
}

// Arabic: a word whose bare-proclitic reading («وروسيا» → «روسيا») is attested as a word of its own takes it.
void resolve_bare_proclitics(std::vector<AnalyzedSentence>& side) {
  std::unordered_set<std::string> attested;
  for (const auto& s : side) {
    for (const Word& w : s.words) {
      if (w.bare_lemma.empty()) attested.insert(w.stem);
    }
  }
  for (auto& s : side) {
    for (Word& w : s.words) {
      if (w.bare_lemma.empty() || attested.count(w.stem) || !attested.count(w.bare_stem)) continue;
      w.lemma = w.bare_lemma;
      w.stem = w.bare_stem;
    }
  }
}

std::size_t index_of(const AnalyzedSentence& s, Span span) {
  auto it = std::lower_bound(s.candidates.begin(), s.candidates.end(), span, [](Span a, Span b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
  });
  return (it != s.candidates.end() && *it == span) ? static_cast<std::size_t>(it - s.candidates.begin())
                                                  : s.candidates.size();
}

// A candidate followed by its parenthesised alias takes the alias' target when that explains it better.
void apply_aliases(const AnalyzedSentence& src, std::vector<SpanPair>& pairs, double threshold) {
  for (const Alias& alias : src.aliases) {
    auto short_it = std::find_if(pairs.begin(), pairs.end(), [&](const SpanPair& p) { return p.src == alias.short_; });
    if (short_it == pairs.end() || short_it->score < threshold) continue;
    SpanPair inherited{alias.full, short_it->tgt, short_it->score * kAliasFactor};
    auto full_it = std::find_if(pairs.begin(), pairs.end(), [&](const SpanPair& p) { return p.src == alias.full; });
    if (full_it == pairs.end()) pairs.push_back(inherited);
    else if (full_it->score < inherited.score) *full_it = inherited;
  }
}

std::vector<std::vector<SpanPair>> pair_all(const Corpus& corpus, const WordDictionary& dict,
                                            const text::Language& src, const text::Language& tgt,
                                            const ExtractOptions& options) {
  LinkModel model(dict, src.has_case(), tgt.has_case());
  model.learn(corpus.src, corpus.tgt);
  std::vector<std::vector<SpanPair>> out(corpus.src.size());
  parallel_chunks(out.size(), thread_count(options, out.size()), [&](std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k) {
      out[k] = pair_spans(corpus.src[k], corpus.tgt[k], model, options.min_pair_score);
      apply_aliases(corpus.src[k], out[k], options.threshold);
    }
  });
  return out;
}

glossary::Evidence evidence_of(const SentencePair& p) {
  return {p.document, p.src_line, p.tgt_line, p.src, p.tgt};
}

}  // namespace

std::vector<TermPair> extract_terms(const std::vector<SentencePair>& pairs, const text::Language& src,
                                    const text::Language& tgt, const ExtractOptions& options,
                                    const WordDictionary* dictionary) {
  WordDictionary loaded;
  if (!dictionary) {
    loaded = WordDictionary::load(options.dictionary, src, tgt);
    dictionary = &loaded;
  }
  Corpus corpus = analyze_all(pairs, src, tgt, options);
  if (src.script == text::Script::Arabic) resolve_bare_proclitics(corpus.src);
  if (tgt.script == text::Script::Arabic) resolve_bare_proclitics(corpus.tgt);
  std::vector<std::vector<SpanPair>> span_pairs = pair_all(corpus, *dictionary, src, tgt, options);

  PairTable table(src, tgt, proper_words(corpus.src), proper_words(corpus.tgt));
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    std::vector<std::uint32_t> sids, tids;
    for (Span s : corpus.src[k].candidates) sids.push_back(table.source_groups().add(corpus.src[k], s, k));
    for (Span t : corpus.tgt[k].candidates) tids.push_back(table.target_groups().add(corpus.tgt[k], t, k));
    for (const SpanPair& p : span_pairs[k]) {
      std::size_t si = index_of(corpus.src[k], p.src), ti = index_of(corpus.tgt[k], p.tgt);
      if (si < sids.size() && ti < tids.size()) table.add(sids[si], tids[ti], p.score, k, options.max_evidence);
    }
    corpus.src[k] = {};  // release memory as we go
    corpus.tgt[k] = {};
  }
  std::vector<ScoredPair> scored = table.score(pairs.size() >= options.cvalue_min_pairs);
  std::vector<ScoredPair> chosen = options.all ? rank_all(scored, options) : select_terms(scored, table, options);
  std::vector<TermPair> out;
  for (const ScoredPair& p : chosen) {
    TermPair t{table.source_groups().canonical(p.src), table.target_groups().canonical(p.tgt), p.score, p.count, {}};
    for (std::size_t k : p.evidence) t.evidence.push_back(evidence_of(pairs[k]));
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace termalign::terms
