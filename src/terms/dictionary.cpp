#include "terms/dictionary.h"

#include <map>
#include <memory>
#include <vector>

#include "lexicon/dictionary.h"
#include "text/arabic.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/tokenize.h"
#include "text/wordlist.h"

namespace termalign::terms {
namespace {

// Content-word stems of a short phrase (at most 3 content words; longer glosses are explanations, not terms).
std::vector<std::string> phrase_stems(std::string_view phrase, const text::Language& lang) {
  std::vector<std::string> stems;
  const auto& stop = text::stopwords(lang);
  for (const text::Token& t : text::tokenize(phrase, lang)) {
    if (t.kind != text::TokenKind::Word || stop.count(t.norm)) continue;
    stems.push_back(match_stem(t.norm, lang));
  }
  if (stems.size() > 3) stems.clear();
  return stems;
}

}  // namespace

std::string match_stem(std::string_view norm_word, const text::Language& lang) {
  thread_local std::map<std::string, std::unique_ptr<text::Stemmer>> stemmers;
  auto& stemmer = stemmers[lang.code];
  if (!stemmer) stemmer = std::make_unique<text::Stemmer>(lang);
  if (lang.script == text::Script::Arabic) return stemmer->stem(text::arabic_key(norm_word));
  return stemmer->stem(norm_word);
}

void WordDictionary::add(std::string_view src_text, std::string_view tgt_text, const text::Language& src,
                         const text::Language& tgt) {
  for (const std::string& s : phrase_stems(src_text, src)) {
    for (const std::string& t : phrase_stems(tgt_text, tgt)) {
      if (entries_[s].insert(t).second) ++size_;
    }
  }
}

bool WordDictionary::contains(const std::string& src_stem, const std::string& tgt_stem) const {
  auto it = entries_.find(src_stem);
  return it != entries_.end() && it->second.count(tgt_stem) > 0;
}

const std::unordered_set<std::string>* WordDictionary::targets(const std::string& src_stem) const {
  auto it = entries_.find(src_stem);
  return it == entries_.end() ? nullptr : &it->second;
}

void WordDictionary::add_all(const lexicon::Dictionary& dictionary, const text::Language& src,
                             const text::Language& tgt) {
  for (const lexicon::Entry& e : dictionary.entries) add(e.source, e.target, src, tgt);
}

WordDictionary WordDictionary::load(const std::string& spec, const text::Language& src, const text::Language& tgt) {
  WordDictionary dict;
  if (spec == "none") return dict;
  if (spec == "auto") {
    if (auto packaged = lexicon::packaged_dictionary(src, tgt)) dict.add_all(*packaged, src, tgt);
    return dict;
  }
  dict.add_all(lexicon::load_dictionary(spec), src, tgt);
  return dict;
}

}  // namespace termalign::terms
