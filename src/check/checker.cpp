#include "check/checker.h"

#include <algorithm>
#include <exception>
#include <iterator>
#include <memory>
#include <optional>
#include <thread>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "base/error.h"
#include "base/progress.h"
#include "check/rules.h"
#include "text/normalize.h"

namespace termalign::check {

std::string_view to_string(Rule rule) {
  switch (rule) {
    case Rule::Missing: return "missing";
    case Rule::Forbidden: return "forbidden";
    case Rule::Inconsistent: return "inconsistent";
    case Rule::Untranslated: return "untranslated";
  }
  return "?";
}

std::string_view to_string(Severity severity) { return severity == Severity::Error ? "error" : "warning"; }

Rule parse_rule(std::string_view name) {
  for (Rule r : kAllRules) {
    if (to_string(r) == name) return r;
  }
  throw_usage(fmt::format("unknown rule '{}' (rules: missing, forbidden, inconsistent, untranslated)", name));
}

Severity severity_of(Rule rule) {
  return rule == Rule::Missing || rule == Rule::Forbidden ? Severity::Error : Severity::Warning;
}

namespace detail {

bool Glossary::accepted(const glossary::Term& term) const {
  using glossary::TermStatus;
  return term.status == TermStatus::Approved || term.status == TermStatus::Admitted ||
         (options->include_candidates && term.status == TermStatus::Candidate);
}

Glossary describe(const std::vector<glossary::Concept>& concepts, const text::Language& src,
                  const text::Language& tgt, const CheckOptions& options) {
  Glossary g;
  g.concepts = &concepts;
  g.options = &options;
  g.info.resize(concepts.size());
  for (std::size_t c = 0; c < concepts.size(); ++c) {
    ConceptInfo& info = g.info[c];
    g.first_term.push_back(g.term_flags.size());
    for (std::size_t t = 0; t < concepts[c].terms.size(); ++t) {
      const glossary::Term& term = concepts[c].terms[t];
      bool deprecated = term.status == glossary::TermStatus::Deprecated;
      g.term_flags.push_back(static_cast<std::uint8_t>((g.accepted(term) ? Glossary::kAccepted : 0) |
                                                       (deprecated ? Glossary::kDeprecated : 0)));
      if (term.lang == tgt.code && g.accepted(term)) info.accepted_tgt.push_back(t);
      bool better = info.display_src == static_cast<std::size_t>(-1) ||
                    (g.accepted(term) && !g.accepted(concepts[c].terms[info.display_src]));
      if (term.lang == src.code && better) info.display_src = t;
    }
  }
  return g;
}

void Consistency::add_variants(const PairView& view) {
  for (const TermMatch& s : view.src_matches) {
    std::size_t c = s.concept_index;
    if (!g_->triggers(c, s.term_index)) continue;
    std::span<const ByConcept::Entry> in_target = view.tgt_by_concept.of(c);
    auto accepted = [&](const ByConcept::Entry& e) {
      return g_->accepted(c, view.tgt_matches[e.second].term_index);
    };
    if (std::none_of(in_target.begin(), in_target.end(), accepted)) continue;  // no use to record
    auto& uses = variants_[{c, s.term_index}];
    std::size_t this_pair = uses.size();  // uses of this pair are at the end
    while (this_pair > 0 && uses[this_pair - 1].pair == view.index) --this_pair;
    for (const ByConcept::Entry& e : in_target) {
      const TermMatch& t = view.tgt_matches[e.second];
      if (!accepted(e)) continue;
      bool seen = std::any_of(uses.begin() + static_cast<std::ptrdiff_t>(this_pair), uses.end(),
                              [&](const Use& u) { return u.tgt_term == t.term_index; });
      if (!seen) uses.push_back({view.index, view.pair, s.begin, s.end, t.begin, t.end, t.term_index});
    }
  }
}

namespace {

std::pair<std::size_t, std::size_t> sentence_hashes(const SegmentPair& pair) {
  std::hash<std::string> hash;
  return {hash(text::normalize_for_match(pair.src.text)), hash(text::normalize_for_match(pair.tgt.text))};
}

}  // namespace

void hash_sentences(PairView& view) {
  std::tie(view.src_hash, view.tgt_hash) = sentence_hashes(*view.pair);
  view.hashed = true;
}

void Consistency::add_sentence(const PairView& view, std::vector<Finding>& out) {
  const SegmentPair& pair = *view.pair;
  if (view.src_tokens.empty() || view.tgt_tokens.empty()) return;
  auto [src_hash, tgt_hash] = view.hashed ? std::pair{view.src_hash, view.tgt_hash} : sentence_hashes(pair);
  auto [it, inserted] = sentences_.try_emplace(src_hash, FirstTranslation{view.index, view.pair, tgt_hash});
  if (inserted || it->second.tgt_hash == tgt_hash) return;
  const FirstTranslation& first = it->second;
  Finding f = new_finding(Rule::Inconsistent, view);
  f.expected = {first.segment->tgt.text};
  f.found = pair.tgt.text;
  f.src_span = make_span(pair.src, 0, pair.src.text.size());
  f.tgt_span = make_span(pair.tgt, 0, pair.tgt.text.size());
  FilePosition at = position_of(first.segment->src, 0);
  std::string where =
      at.line != 0 ? fmt::format("at {}:{}", at.line, at.column) : fmt::format("in pair {}", first.pair + 1);
  if (!first.segment->id.empty()) where = fmt::format("in segment {}", first.segment->id);
  f.message = fmt::format("the same source sentence {} was translated differently: \u00AB{}\u00BB", where,
                          first.segment->tgt.text);
  out.push_back(std::move(f));
}

void Consistency::finish(std::vector<Finding>& out) const {
  for (const auto& [key, uses] : variants_) {
    std::map<std::size_t, std::size_t> count;  // target term → pairs using it
    for (const Use& u : uses) ++count[u.tgt_term];
    if (count.size() < 2) continue;
    std::size_t dominant = uses.front().tgt_term;  // most used; ties go to the first used
    for (const Use& u : uses) {
      if (count[u.tgt_term] > count[dominant]) dominant = u.tgt_term;
    }
    const std::string& dominant_text = g_->term(key.first, dominant).text;
    for (const Use& u : uses) {
      if (u.tgt_term == dominant) continue;
      PairView view;
      view.index = u.pair;
      view.pair = u.segment;
      Finding f = new_finding(Rule::Inconsistent, view);
      f.src_span = make_span(u.segment->src, u.src_begin, u.src_end);
      f.tgt_span = make_span(u.segment->tgt, u.tgt_begin, u.tgt_end);
      f.concept_id = (*g_->concepts)[key.first].id;
      f.src_term = g_->term(key.first, key.second).text;
      f.expected = {dominant_text};
      f.found = g_->term(key.first, u.tgt_term).text;
      std::size_t n = count.at(dominant);
      f.message = fmt::format(
          "\u00AB{}\u00BB is rendered as \u00AB{}\u00BB here but as \u00AB{}\u00BB in {} other pair{}", f.src_term,
          f.found, dominant_text, n, n == 1 ? "" : "s");
      out.push_back(std::move(f));
    }
  }
}

}  // namespace detail

namespace {

bool enabled(const CheckOptions& options, Rule rule) {
  return std::find(options.rules.begin(), options.rules.end(), rule) != options.rules.end();
}

std::size_t position_key(const Finding& f) { return f.src_span.empty() ? f.tgt_span.begin : f.src_span.begin; }

void summarize(CheckReport& report, std::size_t pairs, std::size_t concepts) {
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.pair != b.pair) return a.pair < b.pair;
    return position_key(a) < position_key(b);
  });
  CheckSummary& s = report.summary;
  s.pairs = pairs;
  s.concepts = concepts;
  s.findings = report.findings.size();
  for (const Finding& f : report.findings) {
    ++s.by_rule[static_cast<std::size_t>(f.rule)];
    ++(f.severity == Severity::Error ? s.errors : s.warnings);
  }
}

}  // namespace

namespace {

constexpr std::size_t kBlock = 2048;          // pairs matched in parallel before their sequential part runs
constexpr std::size_t kPairsPerThread = 256;  // fewer pairs than this per thread: fewer threads

// What one thread needs besides the shared, immutable indexes.
struct Worker {
  Worker(const TermIndex& src_index, const TermIndex& tgt_index, const text::Language& src, const text::Language& tgt)
      : src_scratch(src_index), tgt_scratch(tgt_index), translit(src, tgt) {}
  TermIndex::Scratch src_scratch, tgt_scratch;
  detail::TranslitCache translit;
};

struct Shared {
  const detail::Glossary* g;
  const TermIndex* src_index;
  const TermIndex* tgt_index;
  const std::vector<SegmentPair>* pairs;
  const CheckOptions* options;
};

// Tokenizes and matches pair `i` and runs the per-pair rules into `found`.
void check_pair(const Shared& s, Worker& w, std::size_t i, detail::PairView& view, std::vector<Finding>& found) {
  const SegmentPair& pair = (*s.pairs)[i];
  view.index = i;
  view.pair = &pair;
  view.src_tokens = match_tokens(pair.src.text, s.src_index->language());
  view.tgt_tokens = match_tokens(pair.tgt.text, s.tgt_index->language());
  view.src_matches = s.src_index->find(view.src_tokens, w.src_scratch);
  view.tgt_matches = s.tgt_index->find(view.tgt_tokens, w.tgt_scratch);
  detail::group_matches(view);
  if (enabled(*s.options, Rule::Missing)) detail::rule_missing(*s.g, view, found);
  if (enabled(*s.options, Rule::Forbidden)) detail::rule_forbidden(*s.g, view, found);
  if (enabled(*s.options, Rule::Untranslated)) detail::rule_untranslated(*s.g, view, w.translit, found);
  bool repeated = enabled(*s.options, Rule::Inconsistent) && s.options->repeated_sentences;
  if (repeated && !view.src_tokens.empty() && !view.tgt_tokens.empty()) detail::hash_sentences(view);
}

// Runs check_pair over pairs [first, first + views.size()) on workers.size() threads (the calling one included).
void check_block(const Shared& s, std::vector<std::unique_ptr<Worker>>& workers, std::size_t first,
                 std::vector<detail::PairView>& views, std::vector<std::vector<Finding>>& found) {
  std::size_t n = views.size(), stride = workers.size();
  std::vector<std::exception_ptr> errors(stride);
  auto work = [&](std::size_t t) {
    try {
      for (std::size_t k = t; k < n; k += stride) check_pair(s, *workers[t], first + k, views[k], found[k]);
    } catch (...) {
      errors[t] = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 1; t < stride; ++t) threads.emplace_back(work, t);
    work(0);
  }
  for (const std::exception_ptr& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

// Runs `a` on another thread while `b` runs on this one when `parallel`, else one after the other; rethrows
// the first exception of `a`, then of `b`.
template <typename A, typename B>
void run_both(bool parallel, A&& a, B&& b) {
  if (!parallel) {
    a();
    b();
    return;
  }
  std::exception_ptr a_error, b_error;
  {
    std::jthread other([&] {
      try {
        a();
      } catch (...) {
        a_error = std::current_exception();
      }
    });
    try {
      b();
    } catch (...) {
      b_error = std::current_exception();
    }
  }
  if (a_error) std::rethrow_exception(a_error);
  if (b_error) std::rethrow_exception(b_error);
}

// A block of consecutive pairs: matched in parallel, then merged into the report in pair order.
struct Block {
  std::size_t first = 0;
  std::vector<detail::PairView> views;
  std::vector<std::vector<Finding>> found;
};

// The sequential part, in pair order: the findings into the report, the document-level rule.
void merge_block(Block& block, const CheckOptions& options, detail::Consistency& consistency, CheckReport& report,
                 Progress& progress) {
  bool inconsistent = enabled(options, Rule::Inconsistent);
  for (std::size_t k = 0; k < block.views.size(); ++k) {
    std::move(block.found[k].begin(), block.found[k].end(), std::back_inserter(report.findings));
    if (inconsistent) consistency.add_variants(block.views[k]);
    if (inconsistent && options.repeated_sentences) consistency.add_sentence(block.views[k], report.findings);
    progress.advance();
  }
  block = Block();
}

}  // namespace

CheckReport run_check(const std::vector<glossary::Concept>& concepts, const text::Language& src,
                      const text::Language& tgt, const std::vector<SegmentPair>& pairs, const CheckOptions& options) {
  using namespace detail;
  Glossary g = describe(concepts, src, tgt, options);
  std::size_t threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::max<std::size_t>(1, std::min(threads, pairs.size() / kPairsPerThread));
  std::optional<TermIndex> src_index, tgt_index;  // independent: built side by side when there are threads
  run_both(threads > 1, [&] { src_index.emplace(concepts, src); }, [&] { tgt_index.emplace(concepts, tgt); });
  std::vector<std::unique_ptr<Worker>> workers;
  for (std::size_t t = 0; t < threads; ++t)
    workers.push_back(std::make_unique<Worker>(*src_index, *tgt_index, src, tgt));
  Shared shared{&g, &*src_index, &*tgt_index, &pairs, &options};
  Consistency consistency(g);
  CheckReport report{src.code, tgt.code, {}, {}};
  Progress progress("checking", pairs.size());
  // Pipeline: block b is matched by the workers while this thread merges block b - 1.
  Block done;
  for (std::size_t first = 0; first < pairs.size(); first += kBlock) {
    Block next{first, std::vector<PairView>(std::min(kBlock, pairs.size() - first)), {}};
    next.found.resize(next.views.size());
    run_both(threads > 1, [&] { check_block(shared, workers, first, next.views, next.found); },
             [&] { merge_block(done, options, consistency, report, progress); });
    done = std::move(next);
  }
  merge_block(done, options, consistency, report, progress);
  if (enabled(options, Rule::Inconsistent)) consistency.finish(report.findings);
  progress.finish();
  summarize(report, pairs.size(), concepts.size());
  return report;
}

}  // namespace termalign::check
