#include "terms/candidates.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "terms/dictionary.h"
#include "terms/similarity.h"
#include "text/arabic.h"
#include "text/normalize.h"
#include "text/tokenize.h"
#include "text/translit.h"
#include "text/utf8.h"
#include "text/wordlist.h"

namespace termalign::terms {
namespace {

// Lower-case words a capitalised name may keep inside, per language.
const std::unordered_set<std::string>& connectors(const text::Language& lang) {
  static const std::unordered_map<std::string, std::unordered_set<std::string>> kConnectors = {
      {"en", {"of", "the", "for", "and", "on", "de"}},
      {"fr", {"de", "du", "des", "la", "le", "l", "d", "pour", "et", "sur", "à", "a"}},
      {"de", {"der", "die", "das", "des", "für", "fur", "und", "von", "zur", "zum"}},
      {"ru", {"и", "по", "о", "за"}},
  };
  static const std::unordered_set<std::string> kNone;
  auto it = kConnectors.find(lang.code);
  return it == kConnectors.end() ? kNone : it->second;
}

// Stopwords a linked n-gram keeps between its head word and the rest, per language (normalized forms).
const std::unordered_set<std::string>& linkers(const text::Language& lang) {
  static const std::unordered_map<std::string, std::unordered_set<std::string>> kLinkers = {
      {"en", {"of"}},
      {"ar", {"غير", "عدم"}},  // غير عدم ("non-")
  };
  static const std::unordered_set<std::string> kNone;
  auto it = kLinkers.find(lang.code);
  return it == kLinkers.end() ? kNone : it->second;
}

// Adjectives that take a complement and so never end a term ("a zone free of ...", "due to").
const std::unordered_set<std::string>& not_final_words(const text::Language& lang) {
  static const std::unordered_map<std::string, std::unordered_set<std::string>> kNotFinal = {
      {"en", {"free", "due", "able", "unable", "likely", "unlikely", "ready", "subject", "prior", "aware",
              "capable", "responsible", "prone", "akin"}},
  };
  static const std::unordered_set<std::string> kNone;
  auto it = kNotFinal.find(lang.code);
  return it == kNotFinal.end() ? kNone : it->second;
}

using SpanList = std::vector<std::pair<std::size_t, std::size_t>>;  // [begin, end) word ranges, unsorted

constexpr std::size_t kMaxCached = 200000;  // cache entries per extractor before the cache is emptied

bool is_hyphen(std::string_view s) { return s == "-" || s == "\u2010" || s == "\u2011"; }
bool is_arabic_diacritic(char32_t c) { return (c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640; }

// A token after merging: hyphenated codes and dotted abbreviations become one piece.
struct Piece {
  std::string surface;
  std::size_t begin = 0, end = 0;
  text::TokenKind kind = text::TokenKind::Word;
  bool capitalized = false, all_caps = false;
  std::string token_key;     // the tokenizer's key when the piece is a single token
  std::vector<Piece> parts;  // the tokens joined by hyphens, when there are several
};

Piece piece_of(const text::Token& t) { return {t.surface, t.begin, t.end, t.kind, t.capitalized, t.all_caps, t.key, {}}; }

std::size_t letter_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < s.size();) n += is_arabic_diacritic(text::decode_utf8(s, pos)) ? 0 : 1;
  return n;
}

bool joins_dot(const std::vector<text::Token>& t, std::size_t i, const text::Language& lang) {
  if (i + 1 >= t.size() || t[i].kind != text::TokenKind::Word || t[i + 1].surface != "." ||
      t[i].end != t[i + 1].begin)
    return false;
  bool word_follows = i + 2 < t.size() && t[i + 2].kind == text::TokenKind::Word;
  if (t[i].surface.find('.') != std::string::npos) return true;  // "U.S" + "."
  if (text::abbreviations(lang).count(t[i].surface + ".")) return true;
  if (!word_follows) return false;
  if (lang.script == text::Script::Arabic) return letter_count(t[i].surface) <= 2;
  return t[i].surface.size() == 1 && t[i].capitalized;
}

std::vector<Piece> merge_tokens(const std::vector<text::Token>& t, const text::Language& lang) {
  std::vector<Piece> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    Piece p = piece_of(t[i]);
    if (p.kind != text::TokenKind::Punct) {
      while (i + 2 < t.size() && is_hyphen(t[i + 1].surface) && t[i + 2].kind != text::TokenKind::Punct &&
             t[i].end == t[i + 1].begin && t[i + 1].end == t[i + 2].begin) {
        if (p.parts.empty()) p.parts.push_back(piece_of(t[i]));
        p.parts.push_back(piece_of(t[i + 2]));
        p.surface += t[i + 1].surface + t[i + 2].surface;
        p.end = t[i + 2].end;
        p.token_key.clear();
        if (t[i + 2].kind == text::TokenKind::Word) p.kind = text::TokenKind::Word;
        i += 2;
      }
      if (joins_dot(t, i, lang)) {
        p.surface += ".";
        p.end = t[i + 1].end;
        p.token_key.clear();
        ++i;
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

// The surface without its first `letters` letters (Arabic diacritics after them are skipped too).
std::string drop_letters(std::string_view surface, std::size_t letters) {
  std::size_t seen = 0;
  for (std::size_t pos = 0; pos < surface.size();) {
    std::size_t start = pos;
    if (is_arabic_diacritic(text::decode_utf8(surface, pos))) continue;
    if (seen == letters) return std::string(surface.substr(start));
    ++seen;
  }
  return {};
}

}  // namespace

struct CandidateExtractor::Impl {
  const text::Language* lang;
  CandidateOptions options;
  text::Transliterator translit;
  struct Cached {
    std::string stem, ascii;
  };
  mutable std::unordered_map<std::string, Cached> cache;  // by key
  mutable std::unordered_map<std::string, Word> words;    // filled words by surface (most words repeat)

  Impl(const text::Language& l, CandidateOptions o) : lang(&l), options(o), translit(l) {}

  const Cached& lookup(const std::string& key, const std::string& norm) const {
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    Cached c;
    c.stem = match_stem(lang->script == text::Script::Arabic ? norm : key, *lang);
    c.ascii = translit.to_ascii(key);
    if (cache.size() > kMaxCached) cache.clear();
    return cache.emplace(key, std::move(c)).first->second;
  }

  void fill_arabic(Word& w) const;
  void fill_word(Word& w, const Piece& p) const;
  // fill_word() through a cache by surface.
  Word word_of(const Piece& p) const {
    auto it = words.find(p.surface);
    if (it != words.end() && it->second.capitalized == p.capitalized && it->second.all_caps == p.all_caps)
      return it->second;
    Word w;
    fill_word(w, p);
    if (words.size() > kMaxCached) words.clear();
    words.insert_or_assign(p.surface, w);
    return w;
  }
  void add_ngrams(const AnalyzedSentence& s, SpanList& spans) const;
  void add_linked(const AnalyzedSentence& s, SpanList& spans) const;
  void add_names(const AnalyzedSentence& s, SpanList& spans) const;
  void add_quoted_and_aliases(AnalyzedSentence& s, SpanList& spans) const;
};

void CandidateExtractor::Impl::fill_arabic(Word& w) const {
  const auto& stop = text::stopwords(*lang);
  w.lemma = w.surface;
  for (const text::ArabicSplit& a : text::arabic_analyses(w.norm)) {
    if (a.proclitics.empty()) continue;
    std::size_t n = letter_count(a.proclitics);
    if (a.article) {
      std::string rest = drop_letters(w.surface, n);
      bool ll = !text::normalize_for_match(rest).starts_with("\u0627\u0644");  // لل: ل + (ا)ل
      if (w.lemma == w.surface) w.lemma = ll ? "\u0627" + rest : rest;
      if (a.proclitics.starts_with("\u0648") || a.proclitics.starts_with("\u0641")) w.clause_start = true;
    } else if (n == 1 && w.bare_lemma.empty()) {
      w.bare_lemma = drop_letters(w.surface, 1);
      w.bare_stem = match_stem(a.base, *lang);
      if (stop.count(a.base)) w.stop = true;
    }
  }
}

void CandidateExtractor::Impl::fill_word(Word& w, const Piece& p) const {
  w.surface = p.surface;
  w.norm = text::normalize_for_match(p.surface);
  w.key = !p.token_key.empty() ? p.token_key : w.norm;
  if (lang->script == text::Script::Arabic) w.key = text::arabic_key(w.norm);
  const Cached& c = lookup(w.key, w.norm);
  w.stem = c.stem;
  w.ascii = c.ascii;
  w.capitalized = p.capitalized;
  w.all_caps = p.all_caps;
  w.number = !digits_of(w.norm).empty();
  w.initial_letter = w.norm.ends_with(".") && letter_count(w.norm) <= 3;
  std::string bare_norm = w.norm.ends_with(".") ? w.norm.substr(0, w.norm.size() - 1) : w.norm;
  w.stop = text::stopwords(*lang).count(bare_norm) > 0 || text::stopwords(*lang).count(w.key) > 0;
  if (w.initial_letter) w.stop = false;  // «إي.» is an initial, not the stopword «أي»
  w.connector = connectors(*lang).count(w.norm) > 0;
  w.linker = w.stop && linkers(*lang).count(w.norm) > 0;
  w.not_final = not_final_words(*lang).count(w.norm) > 0;
  w.lemma = w.surface;
  // A compound of words ("Non-Proliferation", "Nuclear-Test-Ban"), not a code ("START-3", "10-13").
  bool compound = p.parts.size() > 1 && std::all_of(p.parts.begin(), p.parts.end(), [](const Piece& part) {
    return part.kind == text::TokenKind::Word && digits_of(part.surface).empty();
  });
  if (compound) {
    for (const Piece& part : p.parts) fill_word(w.parts.emplace_back(), part);
  }
  if (lang->script == text::Script::Arabic) {
    fill_arabic(w);
  } else if (w.key != w.norm) {  // possessive "Russia's" / "Russia’s"
    std::size_t apos = std::min(w.surface.rfind('\''), w.surface.rfind("\u2019"));
    if (apos != std::string::npos && apos > 0) {
      w.lemma = w.surface.substr(0, apos);
      w.possessive = true;
    }
  }
}

namespace {

bool letters_in(const Word& w) {
  for (std::size_t pos = 0; pos < w.norm.size();) {
    char32_t c = text::decode_utf8(w.norm, pos);
    if (!(c >= '0' && c <= '9') && c != '-' && c != '.') return true;
  }
  return false;
}

// A word that may be part of an n-gram.
bool content(const Word& w) { return !w.stop && letters_in(w); }

// Arabic: a noun with a possessive suffix before an adjective with the article is a definite head noun: its
// citation form takes the article instead («قواتها النووية» → «القوات النووية», «زيارتها» → «الزيارة»). Words
// starting with «ي» (imperfect verbs: «يمنحها») keep their form.
void definite_heads(std::vector<Word>& words) {
  static const std::string kArticle = "\u0627\u0644";  // ال
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    Word& w = words[i];
    const Word& next = words[i + 1];
    if (w.stop || w.lemma != w.surface || !next.punct_before.empty() || !next.lemma.starts_with(kArticle) ||
        w.norm.starts_with(kArticle) || w.norm.starts_with("\u064A"))
      continue;
    std::string_view suffix;
    for (std::string_view s : {"\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645"}) {  // هما ها هم
      if (w.surface.ends_with(s)) {
        suffix = s;
        break;
      }
    }
    if (suffix.empty() || letter_count(w.surface) < letter_count(suffix) + 3) continue;
    std::string base = w.surface.substr(0, w.surface.size() - suffix.size());
    if (base.ends_with("\u062A") && !base.ends_with("\u0627\u062A")) base.replace(base.size() - 2, 2, "\u0629");
    w.lemma = kArticle + base;
  }
}

// Arabic: a word that may read as conjunction «و» / «ف» + word («وحلف»), so it may open a new conjunct.
bool conjunct_start(const Word& w) {
  return !w.bare_lemma.empty() && (w.surface.starts_with("\u0648") || w.surface.starts_with("\u0641"));
}

// English: a lower-case "-ed" word right after a content word reads as a finite verb ("Europe threatened",
// "Weapons opened", "remains committed"); after a stopword it is a participle modifier ("the enriched uranium").
bool finite_verb(const Word& w, const Word* previous, const text::Language& lang) {
  if (lang.code != "en" || !previous || w.capitalized || w.all_caps || !w.parts.empty() || !w.punct_before.empty())
    return false;
  if (w.stop || !content(*previous) || previous->number || previous->verb) return false;  // "produced enriched"
  const std::string& n = w.norm;
  return n.size() >= 5 && n.ends_with("ed") && !n.ends_with("eed");
}

}  // namespace

void CandidateExtractor::Impl::add_ngrams(const AnalyzedSentence& s,
                                          SpanList& spans) const {
  const auto& w = s.words;
  auto usable = [&](std::size_t i) { return content(w[i]) && !w[i].verb; };
  std::size_t start = 0;
  for (std::size_t i = 0; i <= w.size(); ++i) {
    bool breaks = i == w.size() || !usable(i) ||
                  (i > start && (!w[i].punct_before.empty() || w[i].clause_start || w[i - 1].possessive));
    if (!breaks) continue;
    for (std::size_t b = start; b < i; ++b) {
      for (std::size_t e = b + 1; e <= i && e - b <= options.max_words; ++e) {
        if (!w[e - 1].not_final) spans.push_back({b, e});
      }
    }
    start = (i < w.size() && usable(i)) ? i : i + 1;
  }
}

void CandidateExtractor::Impl::add_linked(const AnalyzedSentence& s, SpanList& spans) const {
  const auto& w = s.words;
  auto joins = [&](std::size_t i) {  // word i continues the phrase of word i - 1
    return content(w[i]) && !w[i].verb && w[i].punct_before.empty() && !w[i].clause_start && !w[i - 1].possessive;
  };
  for (std::size_t k = 1; k + 1 < w.size(); ++k) {
    if (!w[k].linker || !w[k].punct_before.empty() || !content(w[k - 1]) || w[k - 1].verb || w[k - 1].possessive ||
        w[k - 1].not_final || !joins(k + 1))
      continue;
    // English takes the whole phrase after "of" ("development of ballistic missile" is cut short before
    // "technologies"); Arabic phrases run on without stopwords, so any length is tried.
    bool whole = lang->has_case();
    for (std::size_t e = k + 2; e <= w.size() && e - (k - 1) <= options.max_words; ++e) {
      bool last = e == w.size() || !joins(e);
      if (!w[e - 1].not_final && (last || !whole)) spans.push_back({k - 1, e});
      if (last) break;
    }
  }
}

void CandidateExtractor::Impl::add_names(const AnalyzedSentence& s,
                                         SpanList& spans) const {
  if (!lang->has_case()) return;
  const auto& w = s.words;
  auto name_word = [&](std::size_t i) { return content(w[i]) && (w[i].capitalized || w[i].all_caps); };
  // Whether the name goes on after word e (directly or over connectors), so that a span ending at e is cut short.
  auto continues = [&](std::size_t e) {
    if (w[e].possessive) return false;
    for (std::size_t i = e + 1; i < w.size() && w[i].punct_before.empty(); ++i) {
      if (name_word(i)) return true;
      if (!w[i].connector) return false;
    }
    return false;
  };
  for (std::size_t b = 0; b < w.size(); ++b) {
    if (!name_word(b)) continue;
    bool has_connector = false;
    for (std::size_t e = b + 1; e < w.size() && e - b < options.max_name_words; ++e) {
      if (!w[e].punct_before.empty() || w[e - 1].possessive) break;
      if (w[e].connector) {
        has_connector = true;
        continue;
      }
      if (!name_word(e)) break;
      if (has_connector && !continues(e)) spans.push_back({b, e + 1});
    }
  }
}

void CandidateExtractor::Impl::add_quoted_and_aliases(AnalyzedSentence& s,
                                                      SpanList& spans) const {
  const auto& w = s.words;
  auto punct_after = [&](std::size_t i) -> const std::string& {
    return i + 1 < w.size() ? w[i + 1].punct_before : s.punct_after;
  };
  for (std::size_t b = 0; b < w.size(); ++b) {
    const std::string& open = w[b].punct_before;
    bool quote = open.ends_with("\"") || open.ends_with("\u00AB") || open.ends_with("\u201C") || open.ends_with("\u201E");
    bool paren = open.ends_with("(");
    if (!quote && !paren) continue;
    for (std::size_t e = b; e < w.size() && e - b < 4; ++e) {
      if (e > b && !w[e].punct_before.empty()) break;
      const std::string& close = punct_after(e);
      if (close.empty()) continue;
      bool closes = quote ? (close[0] == '"' || close.starts_with("\u00BB") || close.starts_with("\u201D"))
                          : close[0] == ')';
      if (!closes) break;
      if (content(w[b]) && content(w[e])) spans.push_back({b, e + 1});
      if (paren && b > 0 && open == "(" && content(w[b - 1])) {
        std::size_t f = b - 1;
        // Back to the clause start or to a word joined by a conjunction («واتفق البلدان وحلف شمال الأطلسي»
        // → «وحلف شمال الأطلسي»): what comes before is another conjunct.
        while (f > 0 && b - f < options.max_words && content(w[f - 1]) && w[f].punct_before.empty() &&
               !w[f].clause_start && !conjunct_start(w[f]))
          --f;
        s.aliases.push_back({{f, b}, {b, e + 1}});
      }
      break;
    }
  }
}

CandidateExtractor::CandidateExtractor(const text::Language& lang, CandidateOptions options)
    : impl_(std::make_unique<Impl>(lang, options)) {}
CandidateExtractor::~CandidateExtractor() = default;
CandidateExtractor::CandidateExtractor(CandidateExtractor&&) noexcept = default;
CandidateExtractor& CandidateExtractor::operator=(CandidateExtractor&&) noexcept = default;
const text::Language& CandidateExtractor::language() const { return *impl_->lang; }

AnalyzedSentence CandidateExtractor::analyze(std::string_view sentence, bool candidates) const {
  AnalyzedSentence out;
  std::string pending_punct;
  for (const Piece& p : merge_tokens(text::tokenize(sentence, *impl_->lang), *impl_->lang)) {
    if (p.kind == text::TokenKind::Punct) {
      pending_punct += p.surface;
      continue;
    }
    Word w = impl_->word_of(p);
    w.punct_before = std::move(pending_punct);
    pending_punct.clear();
    w.initial = out.words.empty() || w.punct_before.find_first_of(".!?:") != std::string::npos ||
                w.punct_before.find("\u061F") != std::string::npos;
    // A capitalised stopword inside a sentence belongs to a name ("New START", "New York").
    if (w.stop && w.capitalized && !w.initial && !w.connector) w.stop = false;
    w.verb = finite_verb(w, out.words.empty() ? nullptr : &out.words.back(), *impl_->lang);
    out.words.push_back(std::move(w));
  }
  out.punct_after = pending_punct;
  if (impl_->lang->script == text::Script::Arabic) definite_heads(out.words);
  if (!candidates) return out;
  SpanList spans;
  impl_->add_ngrams(out, spans);
  impl_->add_linked(out, spans);
  impl_->add_names(out, spans);
  impl_->add_quoted_and_aliases(out, spans);
  std::sort(spans.begin(), spans.end());
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  for (auto [b, e] : spans) out.candidates.push_back({b, e});
  return out;
}

std::string span_text(const AnalyzedSentence& sentence, Span span, bool bare_first) {
  std::string out;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const Word& w = sentence.words[i];
    if (!out.empty()) out += ' ';
    out += (i == span.begin && bare_first && !w.bare_lemma.empty()) ? w.bare_lemma : w.lemma;
  }
  return out;
}

}  // namespace termalign::terms
