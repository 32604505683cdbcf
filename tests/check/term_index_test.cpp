#include <catch2/catch.hpp>

#include "check/term_index.h"
#include "text/lang.h"

using namespace termalign;
using namespace termalign::check;

namespace {

std::vector<glossary::Concept> one_term(const std::string& lang, const std::string& term, bool case_sensitive = false) {
  glossary::Concept c;
  c.id = 1;
  glossary::Term t;
  t.lang = lang;
  t.text = term;
  t.status = glossary::TermStatus::Approved;
  t.case_sensitive = case_sensitive;
  c.terms.push_back(t);
  return {c};
}

// The surfaces of every match of `term` in `text`, joined by '|'.
std::string matches(const std::string& lang_code, const std::string& term, const std::string& text,
                    bool case_sensitive = false) {
  const text::Language& lang = text::language(lang_code);
  std::vector<glossary::Concept> concepts = one_term(lang_code, term, case_sensitive);
  TermIndex index(concepts, lang);
  std::string out;
  for (const TermMatch& m : index.find(text::tokenize(text, lang))) {
    if (!out.empty()) out += '|';
    out += text.substr(m.begin, m.end - m.begin);
  }
  return out;
}

}  // namespace

TEST_CASE("terms match whole tokens, inflected forms and clitic-prefixed Arabic words") {
  auto [lang, term, text, expected] = GENERATE(table<std::string, std::string, std::string, std::string>({
      // whole tokens: no "east" in "Easter"
      {"en", "east", "Easter in the East", "East"},
      {"en", "east", "Easter and northeastern", ""},
      // English plurals and possessives, multi-word terms, case folding
      {"en", "missile defense system", "two Missile Defense Systems were tested", "Missile Defense Systems"},
      {"en", "missile defense system", "missile systems for defense", ""},
      {"en", "nuclear weapon", "nuclear weapons and a nuclear weapon", "nuclear weapons|nuclear weapon"},
      {"en", "NATO", "NATO's members", "NATO's"},
      // Arabic: article and proclitics on the first word (و ب ل ك ف + ال, لل)
      {"ar", "الولايات المتحدة", "قالت الولايات المتحدة", "الولايات المتحدة"},
      {"ar", "الولايات المتحدة", "روسيا والولايات المتحدة", "والولايات المتحدة"},
      {"ar", "الولايات المتحدة", "رسالة للولايات المتحدة", "للولايات المتحدة"},
      {"ar", "الولايات المتحدة", "ثقة بالولايات المتحدة", "بالولايات المتحدة"},
      {"ar", "الناتو", "توسع الناتو ودور والناتو", "الناتو|والناتو"},
      {"ar", "الأسلحة النووية", "بخفض الأسلحة النووية", "الأسلحة النووية"},
      {"ar", "الأسلحة النووية", "ملتزمة بالأسلحة النووية", "بالأسلحة النووية"},
      {"ar", "الدفاع الصاروخي", "اختبار للدفاع الصاروخي", "للدفاع الصاروخي"},
      {"ar", "شرق", "في شرق المدينة", "شرق"},
      // Russian cases
      {"ru", "Договор о нераспространении ядерного оружия", "конференции Договора о нераспространении ядерного оружия",
       "Договора о нераспространении ядерного оружия"},
      {"ru", "ядерное оружие", "о ядерном оружии и ядерного оружия", "ядерном оружии|ядерного оружия"},
      {"ru", "Министерство обороны", "Министерству обороны поручено", "Министерству обороны"},
      {"ru", "противоракетная оборона", "систем противоракетной обороны", "противоракетной обороны"},
  }));
  CAPTURE(lang, term, text);
  CHECK(matches(lang, term, text) == expected);
}

TEST_CASE("case-sensitive terms need the exact surface") {
  auto [term, text, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"US", "the US said", "US"},
      {"US", "let us say", ""},
      {"NPT", "the npt review", ""},
  }));
  CAPTURE(term, text);
  CHECK(matches("en", term, text, true) == expected);
  CHECK(matches("en", term, text, false) != "");
}

TEST_CASE("a match strictly inside a longer match is dropped") {
  std::vector<glossary::Concept> concepts = one_term("en", "defense");
  concepts.push_back(one_term("en", "missile defense").front());
  concepts.push_back(one_term("en", "missile defense").front());  // same span, other concept: kept
  const text::Language& en = text::language("en");
  TermIndex index(concepts, en);
  std::string text = "missile defense and defense";
  std::vector<TermMatch> found = index.find(text::tokenize(text, en));
  REQUIRE(found.size() == 3);
  CHECK(found[0].concept_index != found[1].concept_index);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "missile defense");
  CHECK(text.substr(found[2].begin, found[2].end - found[2].begin) == "defense");
  CHECK(found[2].concept_index == 0);
}

TEST_CASE("only terms of the index language are indexed") {
  std::vector<glossary::Concept> concepts = one_term("ar", "الناتو");
  concepts[0].terms.push_back(concepts[0].terms[0]);
  concepts[0].terms[1].lang = "en";
  concepts[0].terms[1].text = "NATO";
  TermIndex ar(concepts, text::language("ar"));
  TermIndex en(concepts, text::language("en"));
  CHECK(ar.term_count() == 1);
  CHECK(en.term_count() == 1);
  CHECK(en.find(text::tokenize("الناتو", text::language("en"))).empty());
}

TEST_CASE("match_tokens: a hyphen joining two words is not a token, so hyphenated and spaced forms match") {
  auto [lang_code, term, text, expected] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"en", "nuclear weapons", "the nuclear-weapon states", "nuclear-weapon"},
      {"en", "nuclear weapons", "the nuclear‑weapon states", "nuclear‑weapon"},  // U+2011 non-breaking hyphen
      {"en", "START-3", "under START-3 and START 3", "START-3|START 3"},
      {"en", "Comprehensive Nuclear-Test-Ban Treaty", "the Comprehensive Nuclear Test Ban Treaty", "Comprehensive Nuclear Test Ban Treaty"},
      {"en", "START-3", "START - 3", ""},  // a spaced dash is punctuation, not a joining hyphen
      {"ar", "ستارت-3", "بمعاهدة ستارت-3.", "ستارت-3"},
  }));
  CAPTURE(term, text);
  const text::Language& lang = text::language(lang_code);
  std::vector<glossary::Concept> concepts = one_term(lang_code, term);
  TermIndex index(concepts, lang);
  std::string out;
  for (const TermMatch& m : index.find(match_tokens(text, lang))) {
    if (!out.empty()) out += '|';
    out += text.substr(m.begin, m.end - m.begin);
  }
  CHECK(out == expected);
}
