#include "align/lexical.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "base/error.h"
#include "lexicon/dictionary.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace termalign::align {
namespace {

std::vector<std::string> split_words(const std::string& phrase) {
  std::string norm = text::normalize_for_match(phrase);
  std::vector<std::string> words;
  std::string current;
  for (char c : norm) {
    bool sep = c == ' ' || c == '-' || c == '.' || c == '\'' || c == '/' || c == '!' || c == '?' || c == '"';
    if (!sep) current.push_back(c);
    else if (!current.empty()) words.push_back(std::move(current)), current.clear();
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::shared_ptr<const TranslationMap> build_map(const lexicon::Dictionary& dict, const text::Language& src,
                                                const text::Language& tgt) {
  auto map = std::make_shared<TranslationMap>();
  FeatureExtractor src_x(src, Side::Source), tgt_x(tgt, Side::Target);
  for (const lexicon::Entry& e : dict.entries) {
    if (text::find_invalid_utf8(e.source) != text::kNoInvalid || text::find_invalid_utf8(e.target) != text::kNoInvalid)
      continue;
    std::vector<std::string> s = split_words(e.source);
    if (s.size() != 1) continue;
    std::vector<std::string> t = split_words(e.target);
    if (t.empty() || t.size() > 3) continue;
    std::vector<std::uint64_t>& targets = (*map)[src_x.word_id(s[0])];
    for (const std::string& w : t) {
      if (t.size() == 1 || text::count_code_points(w) >= 3) targets.push_back(tgt_x.word_id(w));
    }
  }
  for (auto& [id, targets] : *map) {
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
  }
  return map;
}

}  // namespace

std::shared_ptr<const TranslationMap> dictionary_translations(const std::string& dictionary,
                                                              const text::Language& src,
                                                              const text::Language& tgt) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const TranslationMap>> cache;
  if (dictionary == "none") return std::make_shared<TranslationMap>();
  std::string key = src.code + "\t" + tgt.code + "\t" + dictionary;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  std::shared_ptr<const TranslationMap> map;
  if (dictionary == "auto" || dictionary.empty()) {
    map = build_map(*lexicon::packaged_dictionary(src, tgt), src, tgt);
  } else {
    map = build_map(lexicon::load_dictionary(dictionary), src, tgt);
  }
  cache[key] = map;
  return map;
}

FrequentIds frequent_ids(const std::vector<DocFeatures>& docs) {
  std::unordered_map<std::uint64_t, std::uint32_t> src_df, tgt_df;
  std::size_t n = 0, m = 0;
  for (const DocFeatures& d : docs) {
    for (const SentenceFeatures& f : d.src) {
      for (std::uint64_t id : f.words) ++src_df[id];
      for (std::uint64_t id : f.shared) ++src_df[id];
    }
    for (const SentenceFeatures& f : d.tgt) {
      for (std::uint64_t id : f.words) ++tgt_df[id];
      for (std::uint64_t id : f.shared) ++tgt_df[id];
    }
    n += d.src.size();
    m += d.tgt.size();
  }
  FrequentIds out;
  double src_limit = std::max(5.0, 0.1 * static_cast<double>(n));
  double tgt_limit = std::max(5.0, 0.1 * static_cast<double>(m));
  for (const auto& [id, df] : src_df) if (df > src_limit) out.src.insert(id);
  for (const auto& [id, df] : tgt_df) if (df > tgt_limit) out.tgt.insert(id);
  return out;
}

namespace {

void add_translations(const TranslationMap& map, std::uint64_t word, std::vector<std::uint64_t>& out) {
  if (auto it = map.find(word); it != map.end()) out.insert(out.end(), it->second.begin(), it->second.end());
}

void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

DocView make_doc_view(const DocFeatures& doc, const FrequentIds& frequent, const TranslationMap& dictionary,
                      const TranslationMap* learned) {
  DocView view;
  for (const SentenceFeatures& f : doc.src) {
    std::vector<std::uint64_t> match;
    std::uint32_t items = 0;
    for (std::uint64_t w : f.words) {
      if (frequent.src.contains(w)) continue;
      ++items;
      add_translations(dictionary, w, match);
      if (learned) add_translations(*learned, w, match);
    }
    for (std::uint64_t s : f.shared) {
      if (frequent.src.contains(s)) continue;
      ++items;
      match.push_back(s);
    }
    sort_unique(match);
    view.src_len.push_back(f.length);
    view.src_items.push_back(items);
    view.src_match.push_back(std::move(match));
  }
  for (const SentenceFeatures& f : doc.tgt) {
    std::vector<std::uint64_t> match;
    for (std::uint64_t w : f.words) if (!frequent.tgt.contains(w)) match.push_back(w);
    for (std::uint64_t s : f.shared) if (!frequent.tgt.contains(s)) match.push_back(s);
    sort_unique(match);
    view.tgt_len.push_back(f.length);
    view.tgt_items.push_back(static_cast<std::uint32_t>(match.size()));
    view.tgt_match.push_back(std::move(match));
  }
  view.build_index();
  return view;
}

}  // namespace termalign::align
