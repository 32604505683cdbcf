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
#include "terms/similarity.h"
#include "terms/termhood.h"
#include "text/translit.h"

namespace termalign::terms {
namespace {

constexpr double kAliasFactor = 0.95;
constexpr std::size_t kChunk = 8192;  // sentence pairs analyzed at a time

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

// Analyzes pairs [begin, end) with `threads` workers (words only unless `candidates`).
Corpus analyze_chunk(const std::vector<SentencePair>& pairs, std::size_t begin, std::size_t end,
                     const text::Language& src, const text::Language& tgt, const ExtractOptions& options,
                     bool candidates) {
  Corpus corpus;
  corpus.src.resize(end - begin);
  corpus.tgt.resize(end - begin);
  CandidateOptions copt{.max_words = options.max_words};
  parallel_chunks(end - begin, thread_count(options, end - begin), [&](std::size_t b, std::size_t e) {
    CandidateExtractor src_ex(src, copt), tgt_ex(tgt, copt);
    for (std::size_t k = b; k < e; ++k) {
      corpus.src[k] = src_ex.analyze(pairs[begin + k].src, candidates);
      corpus.tgt[k] = tgt_ex.analyze(pairs[begin + k].tgt, candidates);
    }
  });
  return corpus;
}

// What the first pass learns about one side: name words, and (Arabic) which bare-proclitic readings to take.
struct SideFacts {
  ProperWords proper;
  std::unordered_set<std::string> attested;               // stems of words with no bare-proclitic reading
  std::unordered_map<std::string, std::string> bare;      // stem → stem of its bare-proclitic reading
};

void observe(const std::vector<AnalyzedSentence>& side, const text::Language& lang, SideFacts& facts) {
  add_proper_words(facts.proper, side);
  if (lang.script != text::Script::Arabic) return;
  for (const auto& s : side) {
    for (const Word& w : s.words) {
      if (w.bare_lemma.empty()) facts.attested.insert(w.stem);
      else facts.bare.emplace(w.stem, w.bare_stem);
    }
  }
}

// Arabic: a word whose bare-proclitic reading («وروسيا» → «روسيا») is attested as a word of its own, while the
// word itself is not, takes that reading.
LinkModel::StemMap renames_of(const SideFacts& facts) {
  LinkModel::StemMap out;
  for (const auto& [stem, bare] : facts.bare) {
    // stem == bare: the matching key already drops the proclitic («وحلف»), only the citation form changes.
    if ((!facts.attested.count(stem) || stem == bare) && facts.attested.count(bare)) out.emplace(stem, bare);
  }
  return out;
}

void resolve(std::vector<AnalyzedSentence>& side, const LinkModel::StemMap& renames) {
  if (renames.empty()) return;
  for (auto& s : side) {
    for (Word& w : s.words) {
      if (w.bare_lemma.empty() || !renames.count(w.stem)) continue;
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
    SpanPair inherited{alias.full, short_it->tgt, short_it->score * kAliasFactor, true};
    auto full_it = std::find_if(pairs.begin(), pairs.end(), [&](const SpanPair& p) { return p.src == alias.full; });
    if (full_it == pairs.end()) pairs.push_back(inherited);
    else if (full_it->score < inherited.score) *full_it = inherited;
  }
}

// The input is processed in chunks of kChunk pairs, twice: pass 1 learns (co-occurrences, names, Arabic
// readings), pass 2 pairs and counts. Memory stays bounded by one chunk's analyses plus the tables.
struct Passes {
  const std::vector<SentencePair>& pairs;
  const text::Language &src, &tgt;
  const ExtractOptions& options;

  void learn(LinkModel& model, SideFacts& src_facts, SideFacts& tgt_facts) const {
    for (std::size_t b = 0; b < pairs.size(); b += kChunk) {
      Corpus c = analyze_chunk(pairs, b, std::min(pairs.size(), b + kChunk), src, tgt, options, false);
      observe(c.src, src, src_facts);
      observe(c.tgt, tgt, tgt_facts);
      model.learn(c.src, c.tgt);
    }
  }

  void count(const LinkModel& model, const LinkModel::StemMap& src_renames, const LinkModel::StemMap& tgt_renames,
             PairTable& table) const {
    for (std::size_t b = 0; b < pairs.size(); b += kChunk) {
      Corpus c = analyze_chunk(pairs, b, std::min(pairs.size(), b + kChunk), src, tgt, options, true);
      resolve(c.src, src_renames);
      resolve(c.tgt, tgt_renames);
      std::vector<std::vector<SpanPair>> found(c.src.size());
      parallel_chunks(found.size(), thread_count(options, found.size()), [&](std::size_t s, std::size_t e) {
        for (std::size_t k = s; k < e; ++k) {
          found[k] = pair_spans(c.src[k], c.tgt[k], model, options.min_pair_score);
          apply_aliases(c.src[k], found[k], options.threshold);
        }
      });
      for (std::size_t k = 0; k < found.size(); ++k) add_to_table(c, k, b + k, found[k], table);
    }
  }

  void add_to_table(const Corpus& c, std::size_t k, std::size_t sentence, const std::vector<SpanPair>& found,
                    PairTable& table) const {
    std::vector<std::uint32_t> sids = table.source_groups().add_sentence(c.src[k], sentence);
    std::vector<std::uint32_t> tids = table.target_groups().add_sentence(c.tgt[k], sentence);
    for (const SpanPair& p : found) {
      std::size_t si = index_of(c.src[k], p.src), ti = index_of(c.tgt[k], p.tgt);
      if (si < sids.size() && ti < tids.size()) table.add(sids[si], tids[ti], p.score, sentence, options.max_evidence, p.alias);
    }
  }
};

glossary::Evidence evidence_of(const SentencePair& p) {
  return {p.document, p.src_line, p.tgt_line, p.src, p.tgt};
}

constexpr double kMinNameSimilarity = 0.7;

// Arabic: a name the input only writes with a bare proclitic («وروسيا» in «الولايات المتحدة وروسيا») is output
// without it when the bare reading transliterates closer to the target name ("Russia").
std::string citation_source(const std::string& source, const std::string& target, const CandidateExtractor& src_ex,
                            const CandidateExtractor& tgt_ex) {
  AnalyzedSentence s = src_ex.analyze(source, false);
  if (s.words.empty() || s.words[0].bare_lemma.empty()) return source;
  AnalyzedSentence t = tgt_ex.analyze(target, false);
  if (t.words.empty() || !(t.words[0].capitalized || t.words[0].all_caps)) return source;
  AnalyzedSentence bare = src_ex.analyze(s.words[0].bare_lemma, false);
  if (bare.words.size() != 1) return source;
  // Plain letter similarity decides between the readings (consonant skeletons drop w: «واشنطن» keeps its «و»).
  double with = text::translit_similarity(s.words[0].ascii, t.words[0].ascii);
  double without = text::translit_similarity(bare.words[0].ascii, t.words[0].ascii);
  if (name_similarity(bare.words[0].ascii, t.words[0].ascii) < kMinNameSimilarity || without <= with) return source;
  std::size_t first_end = source.find(' ');
  return s.words[0].bare_lemma + (first_end == std::string::npos ? std::string() : source.substr(first_end));
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
  Passes passes{pairs, src, tgt, options};
  LinkModel model(*dictionary, src.has_case(), tgt.has_case());
  SideFacts src_facts, tgt_facts;
  passes.learn(model, src_facts, tgt_facts);
  LinkModel::StemMap src_renames = renames_of(src_facts), tgt_renames = renames_of(tgt_facts);
  model.finish(src_renames, tgt_renames);
  PairTable table(src, tgt, std::move(src_facts.proper), std::move(tgt_facts.proper));
  passes.count(model, src_renames, tgt_renames, table);
  std::vector<ScoredPair> scored = table.score(pairs.size() >= options.cvalue_min_pairs);
  std::vector<ScoredPair> chosen = options.all ? rank_all(scored, options) : select_terms(scored, table, options);
  std::vector<TermPair> out;
  CandidateExtractor src_ex(src), tgt_ex(tgt);
  std::unordered_set<std::string> seen;  // default output: one target per source term, also after citation forms
  for (const ScoredPair& p : chosen) {
    std::string target = table.target_groups().canonical(p.tgt);
    TermPair t{citation_source(table.source_groups().canonical(p.src), target, src_ex, tgt_ex), target, p.score,
               p.count, {}};
    if (!options.all && !seen.insert(t.source).second) continue;
    for (std::size_t k : p.evidence) t.evidence.push_back(evidence_of(pairs[k]));
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace termalign::terms
