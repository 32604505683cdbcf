// Monolingual term candidates of one sentence.
//
// analyze() tokenizes a sentence (text::tokenize), rejoins what ICU splits but a terminologist reads as one
// word — hyphenated codes and compounds ("START-3", "ITAR-Tass", "Nuclear-Test-Ban", «إيتار-تاس»), dotted
// abbreviations and initials ("U.S.", "E." in "Martin E. Dempsey") — and marks for each word its matching key,
// stem, lemma (the citation form: Arabic conjunction/preposition proclitics removed, article kept: «والولايات» →
// «الولايات», «للصواريخ» → «الصواريخ»; an Arabic head noun with a possessive suffix before a definite adjective
// takes the article: «قواتها النووية» → «القوات النووية»; English possessive removed: "Russia's" → "Russia"),
// case and role.
//
// Candidate spans (word index ranges) are then:
//   - n-grams of 1..max_words content words, never crossing punctuation or a stopword (data/stopwords/<lang>.txt),
//     never continuing over an Arabic word that opens a new clause (و/ف + article: «والولايات»), never holding
//     an English finite verb (a lower-case "-ed" word right after a content word: "Europe threatened strategic
//     stability") and never ending on a word that takes a complement ("zone free" of "zone free of weapons");
//   - linked n-grams: one head word, a linker, then content words ("weapons of mass destruction", «المنظمات غير
//     الحكومية», «معاهدة عدم انتشار الأسلحة النووية»); linkers: English "of" (followed by all the content words
//     up to the next boundary), Arabic «غير» «عدم»;
//   - capitalised sequences in cased scripts, which may keep lower-case connectors inside ("Chairman of the Joint
//     Chiefs of Staff", "Treaty on the Non-Proliferation of Nuclear Weapons"), up to max_name_words words, ending
//     only where the name ends ("Review Conference of the Treaty" is not a candidate when "on the
//     Non-Proliferation ..." follows);
//   - spans in parentheses directly after a candidate are recorded as aliases of it («حلف شمال الأطلسي (الناتو)»).
//
//   option            default  meaning
//   max_words         6        longest n-gram, in words
//   max_name_words    8        longest capitalised sequence, in words (connectors included)
//
// A CandidateExtractor is not thread-safe (it owns a Transliterator and Stemmer): use one per thread.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/lang.h"

namespace termalign::terms {

struct CandidateOptions {
  std::size_t max_words = 6;
  std::size_t max_name_words = 8;
};

struct Word {
  std::string surface;       // as written, rejoined ("START-3")
  std::string lemma;         // citation form of the word, casing as written ("الولايات", "Russia")
  std::string bare_lemma;    // Arabic: lemma with a bare و ف ب ك ل proclitic also removed («وروسيا» → «روسيا»); else ""
  std::string norm;          // normalize_for_match(surface)
  std::string key;           // matching key: norm without Arabic proclitics/article, without possessive
  std::string stem;          // match_stem(norm): what dictionaries and grouping use
  std::string bare_stem;     // stem of bare_lemma, "" when none
  std::string ascii;         // transliteration of the lemma without article, lower-case ASCII
  bool capitalized = false;  // first letter upper case (cased scripts only)
  bool all_caps = false;     // ≥ 2 letters, all upper case
  bool initial = false;      // first word of a sentence or after . ! ? : (its capital says nothing)
  bool number = false;       // contains a digit
  bool initial_letter = false;  // an initial or short dotted abbreviation ("E.", «إي.»): needs no translation
  bool stop = false;         // a stopword (never inside an n-gram)
  bool connector = false;    // a word a capitalised name may keep inside ("of", "the", "for", "and", ...)
  bool clause_start = false; // Arabic: opens a new clause (conjunction + article), so no n-gram runs over it
  bool possessive = false;   // "Russia's": may end a candidate, never continues one ("Russia's tactical weapons")
  bool verb = false;         // English finite verb ("-ed" right after a content word): never inside an n-gram
  bool linker = false;       // a stopword a linked n-gram keeps inside ("of", «غير», «عدم»)
  bool not_final = false;    // never ends a candidate ("free", "due": they take a complement)
  std::string punct_before;  // punctuation between the previous word (or the sentence start) and this one
  std::vector<Word> parts;   // a hyphenated compound's parts ("Non-Proliferation" → Non, Proliferation), each
                             // filled like a word; empty for other words and for codes with digits ("START-3")
};

struct Span {
  std::size_t begin = 0;  // word index
  std::size_t end = 0;    // exclusive
  std::size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

struct Alias {
  Span full;   // the candidate before the parenthesis
  Span short_; // the span inside the parenthesis
};

struct AnalyzedSentence {
  std::vector<Word> words;
  std::vector<Span> candidates;  // distinct spans, each ≥ 1 word, starting and ending with a content word
  std::vector<Alias> aliases;
  std::string punct_after;       // punctuation after the last word
};

class CandidateExtractor {
 public:
  explicit CandidateExtractor(const text::Language& lang, CandidateOptions options = {});
  ~CandidateExtractor();
  CandidateExtractor(CandidateExtractor&&) noexcept;
  CandidateExtractor& operator=(CandidateExtractor&&) noexcept;

  // Words and candidates; with `candidates` false only the words (a cheaper first look at the input).
  AnalyzedSentence analyze(std::string_view sentence, bool candidates = true) const;
  const text::Language& language() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The words of a span joined by spaces, using each word's lemma; Arabic: the first word may use bare_lemma
// when `bare_first` is set.
std::string span_text(const AnalyzedSentence& sentence, Span span, bool bare_first = false);

}  // namespace termalign::terms
