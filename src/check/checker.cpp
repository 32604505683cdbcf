#include "check/checker.h"

#include <algorithm>

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
    for (std::size_t t = 0; t < concepts[c].terms.size(); ++t) {
      const glossary::Term& term = concepts[c].terms[t];
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
    const glossary::Term& src_term = g_->term(s.concept_index, s.term_index);
    if (!g_->triggers(src_term)) continue;
    auto& uses = variants_[{s.concept_index, s.term_index}];
    for (const TermMatch& t : view.tgt_matches) {
      if (t.concept_index != s.concept_index || !g_->accepted(g_->term(t.concept_index, t.term_index))) continue;
      bool seen = std::any_of(uses.begin(), uses.end(), [&](const Use& u) {
        return u.base.pair == view.index && u.tgt_term == t.term_index;
      });
      if (seen) continue;
      Use use{new_finding(Rule::Inconsistent, view), t.term_index};
      use.base.src_span = make_span(view.pair->src, s.begin, s.end);
      use.base.tgt_span = make_span(view.pair->tgt, t.begin, t.end);
      uses.push_back(std::move(use));
    }
  }
}

void Consistency::add_sentence(const PairView& view, std::vector<Finding>& out) {
  const SegmentPair& pair = *view.pair;
  if (view.src_tokens.empty() || view.tgt_tokens.empty()) return;
  std::string src_norm = text::normalize_for_match(pair.src.text);
  std::string tgt_norm = text::normalize_for_match(pair.tgt.text);
  FilePosition at = position_of(pair.src, 0);
  auto [it, inserted] =
      sentences_.try_emplace(std::move(src_norm), FirstTranslation{view.index, at, pair.id, tgt_norm, pair.tgt.text});
  if (inserted || it->second.tgt_norm == tgt_norm) return;
  Finding f = new_finding(Rule::Inconsistent, view);
  f.expected = {it->second.tgt_text};
  f.found = pair.tgt.text;
  f.src_span = make_span(pair.src, 0, pair.src.text.size());
  f.tgt_span = make_span(pair.tgt, 0, pair.tgt.text.size());
  const FirstTranslation& first = it->second;
  std::string where = first.src.line != 0 ? fmt::format("at {}:{}", first.src.line, first.src.column)
                                          : fmt::format("in pair {}", first.pair + 1);
  if (!first.segment.empty()) where = fmt::format("in segment {}", first.segment);
  f.message = fmt::format("the same source sentence {} was translated differently: \u00AB{}\u00BB", where,
                          first.tgt_text);
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
      Finding f = u.base;
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

CheckReport run_check(const std::vector<glossary::Concept>& concepts, const text::Language& src,
                      const text::Language& tgt, const std::vector<SegmentPair>& pairs, const CheckOptions& options) {
  using namespace detail;
  Glossary g = describe(concepts, src, tgt, options);
  TermIndex src_index(concepts, src), tgt_index(concepts, tgt);
  TranslitCache translit(src, tgt);
  Consistency consistency(g);
  CheckReport report{src.code, tgt.code, {}, {}};
  bool inconsistent = enabled(options, Rule::Inconsistent);
  Progress progress("checking", pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    PairView view;
    view.index = i;
    view.pair = &pairs[i];
    view.src_tokens = text::tokenize(pairs[i].src.text, src);
    view.tgt_tokens = text::tokenize(pairs[i].tgt.text, tgt);
    view.src_matches = src_index.find(view.src_tokens);
    view.tgt_matches = tgt_index.find(view.tgt_tokens);
    if (enabled(options, Rule::Missing)) rule_missing(g, view, report.findings);
    if (enabled(options, Rule::Forbidden)) rule_forbidden(g, view, report.findings);
    if (enabled(options, Rule::Untranslated)) rule_untranslated(g, view, translit, report.findings);
    if (inconsistent) consistency.add_variants(view);
    if (inconsistent && options.repeated_sentences) consistency.add_sentence(view, report.findings);
    progress.advance();
  }
  if (inconsistent) consistency.finish(report.findings);
  progress.finish();
  summarize(report, pairs.size(), concepts.size());
  return report;
}

}  // namespace termalign::check
