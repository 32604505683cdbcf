#include "terms/groups.h"

#include <algorithm>

#include "text/normalize.h"

namespace termalign::terms {
namespace {

std::string lower(const std::string& s) {
  return text::normalize_for_match(s, {.nfkc = false, .case_fold = true, .arabic_fold = false,
                                       .ta_marbuta_to_ha = false, .fold_digits = false});
}

}  // namespace

Groups::Groups(const text::Language& lang, std::unordered_set<std::string> proper)
    : lang_(&lang), proper_(std::move(proper)) {}

std::uint32_t Groups::add(const AnalyzedSentence& s, Span span, std::size_t sentence) {
  std::string key;
  for (std::size_t i = span.begin; i < span.end; ++i) (key += s.words[i].stem) += ' ';
  auto [it, added] = ids_.try_emplace(std::move(key), static_cast<std::uint32_t>(groups_.size()));
  if (added) {
    groups_.emplace_back();
    keys_.push_back(&it->first);
    groups_.back().words = static_cast<std::uint16_t>(span.size());
    groups_.back().proper = is_proper(s, span);
  }
  Group& g = groups_[it->second];
  ++g.forms[form(s, span)];
  if (g.last != sentence) ++g.sentences;
  g.last = sentence;
  return it->second;
}

std::optional<std::uint32_t> Groups::find(const std::string& key) const {
  auto it = ids_.find(key);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

std::string Groups::canonical(std::uint32_t id) const {
  const auto& forms = groups_[id].forms;
  auto best = std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
    return a.second < b.second || (a.second == b.second && a.first > b.first);
  });
  return best == forms.end() ? std::string() : best->first;
}

bool Groups::is_proper(const AnalyzedSentence& s, Span span) const {
  if (!lang_->has_case()) return false;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const Word& w = s.words[i];
    if (w.stop) continue;
    bool name = w.all_caps || w.number || (w.capitalized && (!w.initial || proper_.count(w.key) > 0));
    if (!name) return false;
  }
  return true;
}

std::string Groups::form(const AnalyzedSentence& s, Span span) const {
  std::string out;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const Word& w = s.words[i];
    if (!out.empty()) out += ' ';
    bool lower_it = lang_->has_case() && w.initial && w.capitalized && !w.all_caps && !proper_.count(w.key);
    out += lower_it ? lower(w.lemma) : w.lemma;
  }
  return out;
}

std::unordered_set<std::string> proper_keys(const std::vector<AnalyzedSentence>& side) {
  std::unordered_set<std::string> keys;
  for (const auto& s : side) {
    for (const Word& w : s.words) {
      if (w.all_caps || (w.capitalized && !w.initial)) keys.insert(w.key);
    }
  }
  return keys;
}

}  // namespace termalign::terms
