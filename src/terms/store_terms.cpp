#include "terms/store_terms.h"

namespace termalign::terms {
namespace {

bool holds(const glossary::Concept& c, const std::string& lang, const std::string& norm,
           glossary::TermStatus& status) {
  for (const glossary::Term& t : c.terms) {
    if (t.lang == lang && t.norm == norm) {
      status = t.status;
      return true;
    }
  }
  return false;
}

glossary::Concept concept_of(const TermPair& pair, const text::Language& src, const text::Language& tgt) {
  std::string origin = "extract:" + (pair.evidence.empty() ? std::string() : pair.evidence.front().document);
  glossary::Concept c;
  for (const auto& [lang, text] : {std::pair{&src, &pair.source}, std::pair{&tgt, &pair.target}}) {
    glossary::Term term;
    term.lang = lang->code;
    term.text = *text;
    term.status = glossary::TermStatus::Candidate;
    term.origin = origin;
    term.score = pair.score;
    c.terms.push_back(std::move(term));
  }
  c.evidence = pair.evidence;
  return c;
}

}  // namespace

bool already_reviewed(const glossary::Store& store, const TermPair& pair, const text::Language& src,
                      const text::Language& tgt) {
  std::string src_norm = glossary::term_norm(pair.source), tgt_norm = glossary::term_norm(pair.target);
  for (std::int64_t id : store.find_concepts(src.code, pair.source)) {
    std::optional<glossary::Concept> c = store.concept_by_id(id, false);
    glossary::TermStatus s_status{}, t_status{};
    if (!c || !holds(*c, src.code, src_norm, s_status) || !holds(*c, tgt.code, tgt_norm, t_status)) continue;
    if (s_status != glossary::TermStatus::Candidate || t_status != glossary::TermStatus::Candidate) return true;
  }
  return false;
}

StoreSummary store_candidates(glossary::Store& store, const std::vector<TermPair>& pairs, const text::Language& src,
                              const text::Language& tgt) {
  StoreSummary summary;
  summary.pairs = pairs.size();
  glossary::Store::Transaction transaction = store.transaction();
  for (const TermPair& pair : pairs) {
    if (already_reviewed(store, pair, src, tgt)) {
      ++summary.skipped_reviewed;
      continue;
    }
    glossary::Concept c = concept_of(pair, src, tgt);
    glossary::MergeResult r = store.merge_concept(c);
    summary.new_concepts += r.new_concept ? 1 : 0;
    summary.terms_added += r.terms_added;
    summary.evidence_added += r.evidence_added;
    if (r.terms_added == 0 && r.evidence_added == 0) ++summary.unchanged;
  }
  transaction.commit();
  return summary;
}

}  // namespace termalign::terms
