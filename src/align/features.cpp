#include "align/features.h"

#include <algorithm>

#include "align/parallel.h"
#include "text/arabic.h"
#include "text/tokenize.h"
#include "text/utf8.h"

namespace termalign::align {
namespace {

void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Class of a punctuation token that carries across languages, or 0.
char punct_class(std::string_view s) {
  if (s == "?" || s == "\u061F") return '?';
  if (s == "!") return '!';
  if (s == "%" || s == "\u066A") return '%';
  if (s == "(" || s == "[") return '(';
  static constexpr std::string_view kQuotes[] = {"\"", "\u00AB", "\u00BB", "\u201C", "\u201D", "\u201E",
                                                 "\u2039", "\u203A", "\u2018", "\u2019", "\u201A"};
  for (std::string_view q : kQuotes)
    if (s == q) return '"';
  return 0;
}

}  // namespace

std::uint64_t fnv1a(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string cognate_skeleton(std::string_view ascii) {
  std::string letters;
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') letters.push_back(c);
  }
  // Digraphs of romanizations, then letters that Arabic and Cyrillic render differently.
  std::string folded;
  for (std::size_t k = 0; k < letters.size(); ++k) {
    char c = letters[k];
    char next = k + 1 < letters.size() ? letters[k + 1] : 0;
    if (next == 'h' && (c == 'g' || c == 'k' || c == 's' || c == 't' || c == 'd' || c == 'p' || c == 'z')) ++k;
    switch (c) {
      case 'p': c = 'b'; break;
      case 'v': c = 'f'; break;
      case 'c': case 'q': c = 'k'; break;
      case 'g': c = 'j'; break;
      case 'z': c = 's'; break;
      default: break;
    }
    folded.push_back(c);
  }
  std::string skeleton;
  for (std::size_t k = 0; k < folded.size() && skeleton.size() < 4; ++k) {
    char c = folded[k];
    bool vowel = std::string_view("aeiouywh").find(c) != std::string_view::npos;
    if (vowel && k > 0) continue;
    if (!skeleton.empty() && skeleton.back() == c) continue;
    skeleton.push_back(c);
  }
  if (skeleton.size() < 3) return {};
  return skeleton;
}

FeatureExtractor::FeatureExtractor(const text::Language& lang, Side side)
    : lang_(lang), side_(side), stemmer_(lang), translit_(lang) {}

std::uint64_t FeatureExtractor::word_id(std::string_view norm_word) {
  std::string key = lang_.script == text::Script::Arabic ? text::arabic_key(norm_word) : std::string(norm_word);
  auto it = word_cache_.find(key);
  if (it != word_cache_.end()) return it->second;
  std::uint64_t id = fnv1a(stemmer_.stem(key), side_ == Side::Source ? 0x5A17ULL : 0x7A26E7ULL);
  word_cache_.emplace(std::move(key), id);
  return id;
}

std::uint64_t FeatureExtractor::skeleton_id(const std::string& form) {
  auto it = skeleton_cache_.find(form);
  if (it != skeleton_cache_.end()) return it->second;
  std::string skeleton = cognate_skeleton(translit_.to_ascii(form));
  std::uint64_t id = skeleton.empty() ? 0 : fnv1a("~" + skeleton);
  skeleton_cache_.emplace(form, id);
  return id;
}

SentenceFeatures FeatureExtractor::extract(std::string_view sentence) {
  SentenceFeatures f;
  f.length = static_cast<std::uint32_t>(std::min<std::size_t>(text::count_code_points(sentence), UINT32_MAX));
  if (sentence.size() > kMaxFeatureBytes) {  // cut at a code point boundary
    std::size_t cut = kMaxFeatureBytes;
    while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
    sentence = sentence.substr(0, cut);
  }
  for (const text::Token& t : text::tokenize(sentence, lang_)) {
    if (t.kind == text::TokenKind::Number) {
      f.shared.push_back(fnv1a("#" + t.norm));
    } else if (t.kind == text::TokenKind::Punct) {
      if (char c = punct_class(t.surface)) f.shared.push_back(fnv1a(std::string("p") + c));
    } else {
      f.words.push_back(word_id(t.norm));
      bool candidate = lang_.has_case() ? (t.capitalized || t.all_caps) : lang_.script == text::Script::Arabic;
      if (candidate && text::count_code_points(t.key) >= 3) {
        if (std::uint64_t id = skeleton_id(t.key)) f.shared.push_back(id);
      }
    }
  }
  sort_unique(f.words);
  sort_unique(f.shared);
  return f;
}

std::vector<SentenceFeatures> extract_features(const std::vector<const std::string*>& sentences,
                                               const text::Language& lang, Side side, unsigned threads) {
  std::vector<SentenceFeatures> out(sentences.size());
  constexpr std::size_t kChunk = 512;
  std::size_t chunks = (sentences.size() + kChunk - 1) / kChunk;
  parallel_for(chunks, threads, [&](std::size_t c) {
    thread_local std::unique_ptr<FeatureExtractor> extractor;
    thread_local std::string extractor_key;
    std::string key = lang.code + (side == Side::Source ? ":s" : ":t");
    if (!extractor || extractor_key != key) {
      extractor = std::make_unique<FeatureExtractor>(lang, side);
      extractor_key = key;
    }
    std::size_t end = std::min(sentences.size(), (c + 1) * kChunk);
    for (std::size_t k = c * kChunk; k < end; ++k) out[k] = extractor->extract(*sentences[k]);
  });
  return out;
}

}  // namespace termalign::align
