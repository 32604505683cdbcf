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

Groups::Groups(const text::Language& lang, ProperWords proper)
    : lang_(&lang), proper_(std::move(proper.capitalized)), standalone_(std::move(proper.standalone)) {}

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
    bool name = w.all_caps || w.number || (w.capitalized && (!w.initial || proper_.count(w.stem) > 0));
    if (!name) return false;
  }
  // A single word is a name only when written capitalised on its own somewhere ("Moscow"), not only inside
  // longer names ("Treaty on the Non-Proliferation of Nuclear Weapons" does not make "Weapons" a name).
  const Word& w = s.words[span.begin];
  return span.size() > 1 || w.all_caps || w.number || standalone_.count(w.stem) > 0;
}

std::string Groups::form(const AnalyzedSentence& s, Span span) const {
  std::string out;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const Word& w = s.words[i];
    if (!out.empty()) out += ' ';
    bool lower_it = lang_->has_case() && w.initial && w.capitalized && !w.all_caps && !proper_.count(w.stem);
    // Arabic: only the first word loses its proclitics; inside a term they belong to it («للطاقة الذرية»).
    const std::string& shown = lang_->script == text::Script::Arabic && i > span.begin ? w.surface : w.lemma;
    out += lower_it ? lower(shown) : shown;
  }
  return out;
}

ProperWords proper_words(const std::vector<AnalyzedSentence>& side) {
  ProperWords out;
  auto name_at = [](const AnalyzedSentence& s, std::size_t i) {
    return i < s.words.size() && !s.words[i].stop && (s.words[i].capitalized || s.words[i].all_caps);
  };
  for (const auto& s : side) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const Word& w = s.words[i];
      if (!(w.all_caps || (w.capitalized && !w.initial))) continue;
      out.capitalized.insert(w.stem);
      // Joined to a neighbouring name word, directly or over a connector ("Treaty on the Non-Proliferation").
      auto joined = [&](std::size_t from, int step) {
        for (std::size_t j = from, hops = 0; hops < 3; ++hops) {
          std::size_t next = step > 0 ? j + 1 : j - 1;
          if ((step < 0 && j == 0) || next >= s.words.size()) return false;
          const Word& later = s.words[step > 0 ? next : j];
          if (!later.punct_before.empty()) return false;
          if (name_at(s, next)) return true;
          if (!s.words[next].connector) return false;
          j = next;
        }
        return false;
      };
      bool joined_before = joined(i, -1), joined_after = joined(i, +1);
      if (!joined_before && !joined_after) out.standalone.insert(w.stem);
    }
  }
  return out;
}

}  // namespace termalign::terms
