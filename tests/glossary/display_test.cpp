// Text rendering of concepts for `termalign glossary list/search/show/stats`: exact output.
#include <catch2/catch.hpp>

#include "glossary/display.h"

using namespace termalign::glossary;

namespace {
Term term(std::int64_t id, std::string lang, std::string text, TermStatus status) {
  Term t;
  t.id = id;
  t.lang = std::move(lang);
  t.text = std::move(text);
  t.status = status;
  return t;
}

Concept nato() {
  Concept entry;
  entry.id = 12;
  entry.subject = "defence";
  entry.terms = {term(1, "en", "NATO", TermStatus::Approved), term(2, "ar", "حلف شمال الأطلسي", TermStatus::Approved),
                 term(3, "en", "North Atlantic Treaty Organization", TermStatus::Deprecated)};
  entry.terms[0].type = "acronym";
  entry.terms[0].origin = "manual";
  entry.terms[0].created = entry.terms[0].modified = "2026-11-23T10:00:00Z";
  entry.evidence.push_back({"doc.txt", 3, 4, "اجتماع حلف شمال الأطلسي", "NATO meeting"});
  return entry;
}
}  // namespace

TEST_CASE("display: concept_line orders languages as asked, then by first appearance") {
  auto [langs, expected] = GENERATE(table<std::vector<std::string>, std::string>({
      {std::vector<std::string>{}, "12  en: NATO [approved]; North Atlantic Treaty Organization [deprecated] | ar: حلف شمال الأطلسي [approved]\n"},
      {std::vector<std::string>{"ar"}, "12  ar: حلف شمال الأطلسي [approved] | en: NATO [approved]; North Atlantic Treaty Organization [deprecated]\n"},
      {std::vector<std::string>{"fr", "ar"}, "12  ar: حلف شمال الأطلسي [approved] | en: NATO [approved]; North Atlantic Treaty Organization [deprecated]\n"},
  }));
  CHECK(concept_line(nato(), langs) == expected);
}

TEST_CASE("display: concept_detail shows fields, term ids and evidence") {
  CHECK(concept_detail(nato()) ==
        "concept 12\n"
        "  subject: defence\n"
        "  term 1  en: NATO  [approved]\n"
        "    type: acronym, origin: manual, created: 2026-11-23T10:00:00Z\n"
        "  term 2  ar: حلف شمال الأطلسي  [approved]\n"
        "  term 3  en: North Atlantic Treaty Organization  [deprecated]\n"
        "  evidence (1):\n"
        "    doc.txt lines 3↔4\n"
        "      اجتماع حلف شمال الأطلسي\n"
        "      NATO meeting\n");
}

TEST_CASE("display: stats_text") {
  Stats stats;
  stats.concepts = 2;
  stats.terms = 5;
  stats.terms_by_lang = {{"ar", 2}, {"en", 3}};
  stats.terms_by_status = {{"approved", 4}, {"candidate", 1}};
  stats.schema_version = 1;
  CHECK(stats_text(stats) ==
        "concepts  2\nterms     5\n  ar        2\n  en        3\nstatuses\n  approved  4\n  candidate 1\n"
        "evidence  0\nschema    version 1\n");
}
