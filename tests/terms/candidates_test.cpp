// Monolingual candidates: word merging (codes, initials), Arabic clitics and citation forms, boundaries.
#include <catch2/catch.hpp>

#include <algorithm>

#include "terms/candidates.h"
#include "terms/similarity.h"
#include "text/lang.h"

using namespace termalign;
using terms::AnalyzedSentence;
using terms::Span;

namespace {

std::vector<std::string> surfaces(const AnalyzedSentence& s) {
  std::vector<std::string> out;
  for (const terms::Word& w : s.words) out.push_back(w.surface);
  return out;
}

// Every candidate as its citation text.
std::vector<std::string> candidate_texts(const AnalyzedSentence& s) {
  std::vector<std::string> out;
  for (Span span : s.candidates) out.push_back(terms::span_text(s, span));
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST_CASE("hyphenated codes and dotted initials are one word") {
  auto [lang, sentence, words] = GENERATE(table<std::string, std::string, std::vector<std::string>>({
      {"en", "START-3 expires, ITAR-Tass said.", {"START-3", "expires", "ITAR-Tass", "said"}},
      {"en", "Gen. Martin E. Dempsey arrived", {"Gen.", "Martin", "E.", "Dempsey", "arrived"}},
      {"en", "the U.S. Navy", {"the", "U.S.", "Navy"}},
      {"ar", "معاهدة ستارت-3 ووكالة إيتار-تاس", {"معاهدة", "ستارت-3", "ووكالة", "إيتار-تاس"}},
      {"ru", "договор СНВ-3 и ИТАР-ТАСС", {"договор", "СНВ-3", "и", "ИТАР-ТАСС"}},
  }));
  terms::CandidateExtractor ex(text::language(lang));
  CHECK(surfaces(ex.analyze(sentence)) == words);
}

TEST_CASE("Arabic proclitics are removed from the citation form, the article is kept") {
  auto [word, lemma] = GENERATE(table<std::string, std::string>({
      {"والولايات", "الولايات"},
      {"للصواريخ", "الصواريخ"},
      {"بالصواريخ", "الصواريخ"},
      {"وبالولايات", "الولايات"},
      {"الولايات", "الولايات"},
      {"روسيا", "روسيا"},
  }));
  terms::CandidateExtractor ex(text::language("ar"));
  AnalyzedSentence s = ex.analyze(word);
  REQUIRE(s.words.size() == 1);
  CHECK(s.words[0].lemma == lemma);
}

TEST_CASE("«والولايات المتحدة» is a candidate «الولايات المتحدة», and a clause start ends the one before") {
  terms::CandidateExtractor ex(text::language("ar"));
  AnalyzedSentence s = ex.analyze("اتفقت روسيا والولايات المتحدة على الحوار");
  std::vector<std::string> texts = candidate_texts(s);
  CHECK(has(texts, "الولايات المتحدة"));
  CHECK(has(texts, "روسيا"));
  CHECK_FALSE(has(texts, "روسيا الولايات"));        // «و» + article opens a new clause
  CHECK_FALSE(has(texts, "روسيا الولايات المتحدة"));
  CHECK_FALSE(has(texts, "على"));                    // stopword
}

TEST_CASE("n-grams stop at punctuation, stopwords and after a possessive") {
  terms::CandidateExtractor ex(text::language("en"));
  AnalyzedSentence s = ex.analyze("Washington raised concerns about Russia's tactical nuclear weapons, the envoy said.");
  std::vector<std::string> texts = candidate_texts(s);
  CHECK(has(texts, "tactical nuclear weapons"));
  CHECK(has(texts, "Russia"));                        // possessive removed from the citation form
  CHECK_FALSE(has(texts, "Russia tactical nuclear weapons"));
  CHECK_FALSE(has(texts, "weapons envoy"));           // punctuation
  CHECK_FALSE(has(texts, "concerns about Russia"));   // stopword inside
}

TEST_CASE("capitalised names keep connectors and capitalised stopwords") {
  terms::CandidateExtractor ex(text::language("en"));
  auto [sentence, name] = GENERATE(table<std::string, std::string>({
      {"Iran signed the Treaty on the Non-Proliferation of Nuclear Weapons in 1968.",
       "Treaty on the Non-Proliferation of Nuclear Weapons"},
      {"He met the Chairman of the Joint Chiefs of Staff today.", "Chairman of the Joint Chiefs of Staff"},
      {"Moscow suspended New START in 2023.", "New START"},
      {"The conference will be held in New York.", "New York"},
  }));
  CHECK(has(candidate_texts(ex.analyze(sentence)), name));
}

TEST_CASE("a parenthesised short form is recorded as an alias of the candidate before it") {
  terms::CandidateExtractor ex(text::language("ar"));
  AnalyzedSentence s = ex.analyze("واتفق البلدان وحلف شمال الأطلسي (الناتو) على الدراسة");
  REQUIRE(s.aliases.size() == 1);
  CHECK(terms::span_text(s, s.aliases[0].short_) == "الناتو");
  CHECK(terms::span_text(s, s.aliases[0].full).ends_with("شمال الأطلسي"));
  // The full form starts at the conjunct «وحلف», not at the clause start «واتفق البلدان».
  CHECK(terms::span_text(s, s.aliases[0].full) == "وحلف شمال الأطلسي");
}

TEST_CASE("name similarity across scripts: names match, unrelated words do not") {
  auto [a, b, similar] = GENERATE(table<std::string, std::string, bool>({
      {"mwskw", "moscow", true},
      {"dymbsy", "dempsey", true},
      {"kwmyrsant", "kommersant", true},
      {"ryabkov", "ryabkov", true},
      {"mwskw", "washington", false},
      {"alsawarykh", "sergei", false},
      {"rb", "europe", false},
  }));
  CAPTURE(a, b, terms::name_similarity(a, b));
  CHECK((terms::name_similarity(a, b) >= 0.7) == similar);
}

TEST_CASE("digits_of keeps the digits of codes and numbers") {
  CHECK(terms::digits_of("10-13") == "1013");
  CHECK(terms::digits_of("start-3") == "3");
  CHECK(terms::digits_of("treaty").empty());
}

TEST_CASE("boundaries: finite verbs, complement-taking adjectives, truncated names and phrases") {
  auto [lang, sentence, present, absent] = GENERATE(table<std::string, std::string, std::string, std::string>({
      // An "-ed" word right after a content word is a finite verb, never inside an n-gram ...
      {"en", "Deploying missile defence systems in Europe threatened strategic stability.", "strategic stability",
       "Europe threatened"},
      {"en", "Deploying missile defence systems in Europe threatened strategic stability.", "strategic stability",
       "threatened strategic stability"},
      {"en", "Moscow remains committed to the treaty.", "Moscow", "remains committed"},
      // ... but after a stopword or another verb it is a participle modifier.
      {"en", "Inspectors found enriched uranium at the site.", "enriched uranium", "found enriched uranium"},
      {"en", "Iran produced enriched uranium.", "enriched uranium", "produced enriched uranium"},
      // A word that takes a complement does not end a candidate.
      {"en", "They proposed a zone free of weapons of mass destruction.", "weapons of mass destruction",
       "zone free"},
      // English "of" phrases are taken whole up to the next boundary.
      {"en", "It has no concerns about the development of ballistic missile technologies.",
       "development of ballistic missile technologies", "development of ballistic missile"},
      // A capitalised sequence ends where the name ends.
      {"en", "The Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons opened.",
       "Treaty on the Non-Proliferation of Nuclear Weapons", "Review Conference of the Treaty"},
      {"en", "The Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons opened.",
       "Review Conference", "Nuclear Weapons opened"},
      // Arabic linkers «غير» «عدم» stay inside a phrase.
      {"ar", "وانتقدت المنظمات غير الحكومية بطء وتيرة نزع السلاح.", "المنظمات غير الحكومية", "غير الحكومية"},
      {"ar", "افتتح مؤتمر استعراض معاهدة عدم انتشار الأسلحة النووية في نيويورك.",
       "معاهدة عدم انتشار الأسلحة النووية", "عدم انتشار"},
  }));
  CAPTURE(sentence);
  terms::CandidateExtractor ex(text::language(lang));
  std::vector<std::string> texts = candidate_texts(ex.analyze(sentence));
  CHECK(has(texts, present));
  CHECK_FALSE(has(texts, absent));
}

TEST_CASE("hyphenated compounds of words keep their parts, codes do not") {
  auto [lang, word, parts] = GENERATE(table<std::string, std::string, std::vector<std::string>>({
      {"en", "Nuclear-Test-Ban", {"Nuclear", "Test", "Ban"}},
      {"en", "Non-Proliferation", {"Non", "Proliferation"}},
      {"en", "START-3", {}},
      {"ar", "ستارت-3", {}},
      {"en", "missile", {}},
  }));
  terms::CandidateExtractor ex(text::language(lang));
  AnalyzedSentence s = ex.analyze(word);
  REQUIRE(s.words.size() == 1);
  std::vector<std::string> got;
  for (const terms::Word& p : s.words[0].parts) got.push_back(p.surface);
  CHECK(got == parts);
  if (word == "Non-Proliferation") CHECK(s.words[0].parts[0].stop);  // a bound prefix is not counted
}

TEST_CASE("Arabic: a head noun with a possessive suffix before a definite adjective takes the article") {
  auto [sentence, index, lemma] = GENERATE(table<std::string, std::size_t, std::string>({
      {"لمواجهة قواتها النووية بعيدة المدى", 1, "القوات"},
      {"وقال إن وضعها النووي دفاعي", 2, "الوضع"},
      {"بعد زيارتها الرسمية", 1, "الزيارة"},      // «ت» of the suffixed form back to «ة»
      {"البروتوكول يمنحها الحق", 1, "يمنحها"},    // an imperfect verb keeps its form
      {"قواتها في المنطقة", 0, "قواتها"},         // no definite adjective follows
  }));
  terms::CandidateExtractor ex(text::language("ar"));
  AnalyzedSentence s = ex.analyze(sentence);
  REQUIRE(s.words.size() > index);
  CHECK(s.words[index].lemma == lemma);
}
