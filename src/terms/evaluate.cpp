#include "terms/evaluate.h"

#include <set>

#include "base/error.h"
#include "text/normalize.h"

namespace termalign::terms {

GoldPairs read_gold_terms(std::istream& in, const std::string& name) {
  GoldPairs out;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 || line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) throw_input("gold term line has no TAB", {name, number, 1});
    out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

std::string comparison_form(const std::string& term) {
  std::string norm = text::normalize_for_match(term);
  if (norm.starts_with("the ")) norm.erase(0, 4);
  return norm;
}

TermScores evaluate_terms(const std::vector<TermPair>& proposed, const GoldPairs& gold, GoldPairs* wrong,
                          GoldPairs* missed) {
  std::set<std::pair<std::string, std::string>> gold_set, proposed_set;
  for (const auto& [s, t] : gold) gold_set.emplace(comparison_form(s), comparison_form(t));
  for (const TermPair& p : proposed) proposed_set.emplace(comparison_form(p.source), comparison_form(p.target));
  TermScores scores{proposed_set.size(), gold_set.size(), 0};
  for (const auto& p : proposed_set) {
    bool good = gold_set.count(p) > 0;
    scores.correct += good ? 1 : 0;
    if (!good && wrong) wrong->push_back(p);
  }
  for (const auto& g : gold_set) {
    if (missed && !proposed_set.count(g)) missed->push_back(g);
  }
  return scores;
}

}  // namespace termalign::terms
