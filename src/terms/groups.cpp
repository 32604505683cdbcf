#include "terms/groups.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/utf8.h"

namespace termalign::terms {
namespace {

std::string lower(const std::string& s) {
  return text::normalize_for_match(s, {.nfkc = false, .case_fold = true, .arabic_fold = false,
                                       .ta_marbuta_to_ha = false, .fold_digits = false});
}

// Whether a space-separated word of `form` has a capital after its first letter ("START", "ITAR-Tass", "McCain").
bool has_acronym(const std::string& form) {
  std::size_t start = 0;
  while (start < form.size()) {
    std::size_t end = std::min(form.find(' ', start), form.size());
    std::string word = form.substr(start, end - start);
    std::size_t pos = 0;
    if (!word.empty()) text::decode_utf8(word, pos);  // the first letter may be a capital
    if (lower(word.substr(pos)) != word.substr(pos)) return true;
    start = end + 1;
  }
  return false;
}

// "and" and its kin: a coordinator separates two names rather than joining them ("United States and Russia").
bool coordinator(const Word& w) { return w.norm == "and" || w.norm == "et" || w.norm == "und" || w.norm == "и"; }

}  // namespace

Groups::Groups(const text::Language& lang, ProperWords proper)
    : lang_(&lang), proper_(std::move(proper.capitalized)), standalone_(std::move(proper.standalone)) {}

std::uint32_t Groups::group_of(const AnalyzedSentence& s, Span span, std::uint64_t hash) {
  auto hit = hashed_ids_.find(hash);
  if (hit != hashed_ids_.end()) return hit->second;
  std::string key;
  for (std::size_t i = span.begin; i < span.end; ++i) (key += s.words[i].stem) += ' ';
  auto [it, added] = ids_.try_emplace(std::move(key), static_cast<std::uint32_t>(groups_.size()));
  if (added) {
    groups_.emplace_back();
    keys_.push_back(&it->first);
    groups_.back().words = static_cast<std::uint16_t>(span.size());
    groups_.back().content = static_cast<std::uint16_t>(
        std::count_if(s.words.begin() + static_cast<std::ptrdiff_t>(span.begin),
                      s.words.begin() + static_cast<std::ptrdiff_t>(span.end), [](const Word& w) { return !w.stop; }));
    groups_.back().proper = is_proper(s, span);
  }
  hashed_ids_.emplace(hash, it->second);
  return it->second;
}

std::vector<std::uint32_t> Groups::add_sentence(const AnalyzedSentence& s, std::size_t sentence) {
  std::hash<std::string> hasher;
  std::vector<std::uint64_t> stem_hash(s.words.size()), form_hash(s.words.size() * 2);
  std::vector<std::string> forms(s.words.size() * 2);
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    stem_hash[i] = hasher(s.words[i].stem);
    for (int first = 0; first < 2; ++first) {
      forms[2 * i + first] = word_form(s.words[i], first == 1);
      form_hash[2 * i + first] = hasher(forms[2 * i + first]);
    }
  }
  auto fold = [](std::uint64_t h, std::uint64_t x) { return (h ^ x) * 0x100000001B3ull + (h >> 29); };
  std::vector<std::uint32_t> ids;
  ids.reserve(s.candidates.size());
  for (Span span : s.candidates) {
    std::uint64_t key = 0xCBF29CE484222325ull, form = 0xCBF29CE484222325ull;
    for (std::size_t i = span.begin; i < span.end; ++i) {
      key = fold(key, stem_hash[i]);
      form = fold(form, form_hash[2 * i + (i == span.begin ? 1 : 0)]);
    }
    std::uint32_t id = group_of(s, span, key);
    Group& g = groups_[id];
    Group::Form& f = g.forms[form];
    if (f.count++ == 0) {
      for (std::size_t i = span.begin; i < span.end; ++i) {
        if (i > span.begin) f.text += ' ';
        f.text += forms[2 * i + (i == span.begin ? 1 : 0)];
      }
    }
    if (g.last != sentence) ++g.sentences;
    g.last = sentence;
    ids.push_back(id);
  }
  return ids;
}

std::optional<std::uint32_t> Groups::find(const std::string& key) const {
  auto it = ids_.find(key);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

std::string Groups::canonical(std::uint32_t id) const {
  const Group::Form* best = nullptr;
  for (const auto& [hash, f] : groups_[id].forms) {
    if (!best || f.count > best->count || (f.count == best->count && f.text < best->text)) best = &f;
  }
  if (!best) return {};
  if (!lang_->has_case() || has_acronym(best->text)) return best->text;
  std::string lowered = lower(best->text);
  for (const auto& [hash, f] : groups_[id].forms) {
    if (f.text == lowered) return lowered;
  }
  return best->text;
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

// How a word is written in a term: the lemma; Arabic words after the first keep their proclitics («للطاقة
// الذرية»); a sentence-initial capital is lowered unless the word is a name elsewhere.
std::string Groups::word_form(const Word& w, bool first) const {
  bool lower_it = lang_->has_case() && w.initial && w.capitalized && !w.all_caps && !proper_.count(w.stem);
  const std::string& shown = lang_->script == text::Script::Arabic && !first ? w.surface : w.lemma;
  return lower_it ? lower(shown) : shown;
}

void add_proper_words(ProperWords& out, const std::vector<AnalyzedSentence>& side) {
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
          if (!s.words[next].connector || coordinator(s.words[next])) return false;
          j = next;
        }
        return false;
      };
      bool joined_before = joined(i, -1), joined_after = joined(i, +1);
      if (!joined_before && !joined_after) out.standalone.insert(w.stem);
    }
  }
}

}  // namespace termalign::terms
