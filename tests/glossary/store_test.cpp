// The glossary store on ":memory:" (and one file for WAL/reopen): add, merge rules, lookups on normalized forms,
// search, streaming order and filters, transactions, edits.
#include <catch2/catch.hpp>

#include <filesystem>

#include "base/error.h"
#include "glossary/store.h"

using namespace termalign;
using namespace termalign::glossary;

namespace {

Term make_term(std::string lang, std::string text, TermStatus status = TermStatus::Candidate) {
  Term term;
  term.lang = std::move(lang);
  term.text = std::move(text);
  term.status = status;
  return term;
}

Concept pair(std::string ar, std::string en, TermStatus status = TermStatus::Candidate) {
  Concept concept_entry;
  concept_entry.terms.push_back(make_term("ar", std::move(ar), status));
  concept_entry.terms.push_back(make_term("en", std::move(en), status));
  return concept_entry;
}

std::vector<std::string> texts(const Concept& entry) {
  std::vector<std::string> out;
  for (const Term& term : entry.terms) out.push_back(term.text);
  return out;
}

SearchOptions in_lang(std::string lang) {
  SearchOptions options;
  options.lang = std::move(lang);
  return options;
}

SearchOptions with(std::size_t limit, bool prefix, std::set<TermStatus> statuses = {}) {
  SearchOptions options;
  options.limit = limit;
  options.prefix = prefix;
  options.statuses = std::move(statuses);
  return options;
}

ConceptFilter langs(std::vector<std::string> languages, std::set<TermStatus> statuses = {}, bool require_all = false) {
  ConceptFilter filter;
  filter.languages = std::move(languages);
  filter.statuses = std::move(statuses);
  filter.require_all_languages = require_all;
  return filter;
}

}  // namespace

TEST_CASE("store: status names and ranks") {
  auto [name, status, rank] = GENERATE(table<std::string, TermStatus, int>({
      {"candidate", TermStatus::Candidate, 0},
      {"rejected", TermStatus::Rejected, 1},
      {"admitted", TermStatus::Admitted, 2},
      {"approved", TermStatus::Approved, 3},
      {"deprecated", TermStatus::Deprecated, 4},
  }));
  CHECK(parse_status(name) == status);
  CHECK(to_string(status) == name);
  CHECK(status_rank(status) == rank);
  CHECK(parse_status("Preferred") == TermStatus::Approved);
  CHECK(parse_status("FORBIDDEN") == TermStatus::Deprecated);
  CHECK_THROWS_AS(parse_status("maybe"), Error);
}

TEST_CASE("store: add_concept fills ids, norms and timestamps; concept_by_id reads them back") {
  Store store = Store::open_memory();
  Concept entry = pair("حلف شمال الأطلسي", "NATO", TermStatus::Approved);
  entry.subject = "defence";
  entry.evidence.push_back({"doc.txt", 3, 4, "انضمت إلى حلف شمال الأطلسي", "joined NATO"});
  std::int64_t id = store.add_concept(entry);
  CHECK(id == entry.id);
  CHECK(entry.terms[1].norm == "nato");
  CHECK(entry.terms[0].norm == "حلف شمال الاطلسي");
  CHECK(entry.terms[0].id > 0);
  CHECK(entry.terms[0].origin == "manual");
  CHECK(entry.terms[0].created.size() == 20);
  std::optional<Concept> back = store.concept_by_id(id);
  REQUIRE(back);
  CHECK(back->subject == "defence");
  CHECK(texts(*back) == std::vector<std::string>{"حلف شمال الأطلسي", "NATO"});
  CHECK(back->terms[0].status == TermStatus::Approved);
  REQUIRE(back->evidence.size() == 1);
  CHECK(back->evidence[0].tgt_line == 4);
  CHECK(back->evidence[0].src_sentence == "انضمت إلى حلف شمال الأطلسي");
  CHECK_FALSE(store.concept_by_id(id + 1));
}

TEST_CASE("store: find_term matches normalized forms") {
  Store store = Store::open_memory();
  Concept entry = pair("الأطلسي", "NATO");
  store.add_concept(entry);
  auto [lang, query, found] = GENERATE(table<std::string, std::string, bool>({
      {"en", "NATO", true},
      {"en", "nato", true},
      {"EN", "Nato", true},
      {"ar", "الاطلسي", true},
      {"ar", "الأطلسي", true},
      {"ar", "NATO", false},
      {"en", "NAT", false},
      {"de", "nato", false},
  }));
  CHECK(store.find_term(lang, query).has_value() == found);
}

TEST_CASE("store: merge_concept merges identical terms and keeps the stronger status") {
  auto [stored, incoming, expected] = GENERATE(table<TermStatus, TermStatus, TermStatus>({
      {TermStatus::Candidate, TermStatus::Approved, TermStatus::Approved},
      {TermStatus::Approved, TermStatus::Candidate, TermStatus::Approved},
      {TermStatus::Rejected, TermStatus::Candidate, TermStatus::Rejected},
      {TermStatus::Approved, TermStatus::Deprecated, TermStatus::Deprecated},
      {TermStatus::Deprecated, TermStatus::Approved, TermStatus::Deprecated},
      {TermStatus::Admitted, TermStatus::Approved, TermStatus::Approved},
      {TermStatus::Rejected, TermStatus::Admitted, TermStatus::Admitted},
  }));
  Store store = Store::open_memory();
  Concept first = pair("صاروخ", "missile", stored);
  store.add_concept(first);
  Concept second;
  second.terms.push_back(make_term("en", "Missile", incoming));
  second.terms.push_back(make_term("fr", "missile", incoming));
  second.terms[0].pos = "noun";
  MergeResult result = store.merge_concept(second);
  CHECK_FALSE(result.new_concept);
  CHECK(result.concept_id == first.id);
  CHECK(result.terms_merged == 1);
  CHECK(result.terms_added == 1);
  CHECK(result.statuses_changed == (expected != stored ? 1u : 0u));
  std::optional<Concept> merged = store.concept_by_id(first.id);
  REQUIRE(merged);
  REQUIRE(merged->terms.size() == 3);
  CHECK(merged->terms[1].text == "missile");  // the stored spelling is kept
  CHECK(merged->terms[1].status == expected);
  CHECK(merged->terms[1].pos == "noun");      // empty field filled
  CHECK(merged->terms[2].lang == "fr");
  CHECK(merged->terms[2].status == incoming);
  CHECK(store.stats().concepts == 1);
}

TEST_CASE("store: merging the same concept twice adds nothing") {
  Store store = Store::open_memory();
  for (int round = 0; round < 2; ++round) {
    Concept entry = pair("الدفاع الصاروخي", "missile defense");
    entry.evidence.push_back({"a.txt", 1, 1, "س", "t"});
    MergeResult result = store.merge_concept(entry);
    CHECK(result.new_concept == (round == 0));
    CHECK(result.terms_added == (round == 0 ? 2u : 0u));
    CHECK(result.evidence_added == (round == 0 ? 1u : 0u));
  }
  Stats stats = store.stats();
  CHECK(stats.concepts == 1);
  CHECK(stats.terms == 2);
  CHECK(stats.evidence == 1);
  CHECK(stats.terms_by_lang.at("ar") == 1);
  CHECK(stats.terms_by_status.at("candidate") == 2);
}

TEST_CASE("store: search on normalized forms and Arabic article stripping") {
  Store store = Store::open_memory();
  Concept nato = pair("حلف شمال الأطلسي", "NATO", TermStatus::Approved);
  Concept us = pair("الولايات المتحدة", "United States");
  Concept treaty = pair("معاهدة ستارت", "START treaty", TermStatus::Deprecated);
  store.add_concept(nato);
  store.add_concept(us);
  store.add_concept(treaty);
  auto [query, lang, expected_id] = GENERATE(table<std::string, std::string, int>({
      {"nato", "", 1},
      {"NATO", "en", 1},
      {"الاطلسي", "", 1},
      {"الأطلسي", "ar", 1},
      {"أطلسي", "", 1},
      {"ولايات", "ar", 2},
      {"united states", "", 2},
      {"States", "en", 2},
      {"معاهده", "", 3},
      {"treaty", "en", 3},
      {"treaty", "ar", 0},
      {"nothing", "", 0},
  }));
  std::vector<Concept> found = store.search(query, in_lang(lang));
  if (expected_id == 0) {
    CHECK(found.empty());
  } else {
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == expected_id);
    CHECK(found[0].terms.size() == 2);
  }
}

TEST_CASE("store: search puts exact matches first, honours prefix, statuses and limit") {
  Store store = Store::open_memory();
  Concept defense = pair("الدفاع الصاروخي", "missile defense");
  Concept missile = pair("صاروخ", "missile", TermStatus::Approved);
  store.add_concept(defense);
  store.add_concept(missile);
  std::vector<Concept> found = store.search("Missile");
  REQUIRE(found.size() == 2);
  CHECK(found[0].id == missile.id);
  CHECK(found[1].id == defense.id);
  CHECK(store.search("missi").empty());
  CHECK(store.search("missi", with(50, true)).size() == 2);
  CHECK(store.search("missile", with(1, false)).size() == 1);
  std::vector<Concept> approved = store.search("missile", with(50, false, {TermStatus::Approved}));
  REQUIRE(approved.size() == 1);
  CHECK(approved[0].id == missile.id);
  CHECK(store.search("\"*-").empty());
}

TEST_CASE("store: for_each_concept sorts by the source language's collation and filters") {
  Store store = Store::open_memory();
  for (auto [ar, en, status] : std::vector<std::tuple<std::string, std::string, TermStatus>>{
           {"صاروخ", "missile", TermStatus::Approved},
           {"ثالوث", "Triad", TermStatus::Candidate},
           {"أمن", "security", TermStatus::Approved},
           {"بلد", "Éclair", TermStatus::Deprecated},
           {"تسلح", "arms", TermStatus::Rejected}}) {
    Concept entry = pair(ar, en, status);
    store.add_concept(entry);
  }
  Concept only_fr;
  only_fr.terms.push_back(make_term("fr", "zèbre"));
  store.add_concept(only_fr);
  auto collect = [&](const ConceptFilter& filter) {
    std::vector<std::string> out;
    store.for_each_concept(filter, [&](const Concept& entry) { out.push_back(entry.terms.front().text); });
    return out;
  };
  // English collation: case and accents are secondary, so "Éclair" sorts between "arms" and "missile".
  CHECK(collect(langs({"en", "ar"})) ==
        std::vector<std::string>{"تسلح", "بلد", "صاروخ", "أمن", "ثالوث"});
  CHECK(collect(langs({"en"})) == std::vector<std::string>{"arms", "Éclair", "missile", "security", "Triad"});
  // Arabic collation: أ < ب < ت < ث < ص.
  CHECK(collect(langs({"ar"})) == std::vector<std::string>{"أمن", "بلد", "تسلح", "ثالوث", "صاروخ"});
  CHECK(collect(langs({"en"}, {TermStatus::Approved})) ==
        std::vector<std::string>{"missile", "security"});
  CHECK(collect(langs({"ar", "fr"}, {}, true)).empty());
  CHECK(collect({}).size() == 6);  // id order, every concept
  CHECK(collect(langs({"fr", "en"})).front() == "zèbre");
}

TEST_CASE("store: a transaction rolls back unless committed") {
  Store store = Store::open_memory();
  {
    Store::Transaction tx = store.transaction();
    Concept entry = pair("ردع", "deterrence");
    store.add_concept(entry);
    CHECK(store.stats().concepts == 1);
  }
  CHECK(store.stats().concepts == 0);
  {
    Store::Transaction tx = store.transaction();
    Concept entry = pair("ردع", "deterrence");
    store.merge_concept(entry);
    tx.commit();
  }
  CHECK(store.stats().concepts == 1);
  // A failing write inside a transaction leaves the earlier writes of that transaction to the caller.
  Store::Transaction tx = store.transaction();
  Concept bad = pair("", "empty Arabic");
  CHECK_THROWS_AS(store.merge_concept(bad), Error);
  CHECK(store.stats().concepts == 1);
}

TEST_CASE("store: a bulk transaction indexes its terms for search at commit, and a rollback loses nothing") {
  Store store = Store::open_memory();
  Concept before = pair("الردع النووي", "nuclear deterrence");
  store.add_concept(before);
  {
    Store::Transaction tx = store.bulk_transaction();
    for (auto [ar, en] : {std::pair{"حلف الناتو", "NATO"}, std::pair{"الدفاع الصاروخي", "missile defence"}}) {
      Concept entry = pair(ar, en);
      store.merge_concept(entry);
    }
    CHECK(store.search("missile").empty());  // not indexed before commit
    Concept known = pair("الردع النووي", "nuclear deterrence", TermStatus::Approved);
    CHECK(store.merge_concept(known).terms_merged == 2);
    CHECK_THROWS_AS(store.remove_concept(before.id), Error);
    CHECK_THROWS_AS(store.merge_concepts(before.id, before.id + 1), Error);
    tx.commit();
  }
  REQUIRE(store.search("missile").size() == 1);
  CHECK(store.search("الناتو").size() == 1);
  CHECK(store.search("deterrence").size() == 1);
  {
    Store::Transaction tx = store.bulk_transaction();
    Concept lost = pair("الاستقرار الاستراتيجي", "strategic stability");
    store.add_concept(lost);
  }  // rolled back: the row-by-row index trigger is back
  CHECK(store.stats().concepts == 3);
  Concept after = pair("الاستقرار الاستراتيجي", "strategic stability");
  store.add_concept(after);
  CHECK(store.search("stability").size() == 1);
  store.remove_concept(after.id);  // the delete trigger finds the row it indexed
  CHECK(store.search("stability").empty());
  CHECK(store.search("missile").size() == 1);
}

TEST_CASE("store: bad terms are input errors and write nothing") {
  Store store = Store::open_memory();
  auto [lang, text] = GENERATE(table<std::string, std::string>({
      {"en", ""},
      {"", "word"},
      {"e n", "word"},
      {"en", std::string("bad \xff utf8")},
  }));
  Concept entry;
  entry.terms.push_back(make_term("ar", "كلمة"));
  entry.terms.push_back(make_term(lang, text));
  try {
    store.add_concept(entry);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
  }
  CHECK(store.stats().concepts == 0);
  CHECK(store.stats().terms == 0);
}

TEST_CASE("store: edit, set status, remove and merge concepts") {
  Store store = Store::open_memory();
  Concept a = pair("صاروخ باليستي", "ballistic missile");
  Concept b = pair("قذيفة باليستية", "Ballistic Missile", TermStatus::Approved);
  b.evidence.push_back({"d.txt", 2, 2, "ق", "b"});
  store.add_concept(a);
  store.add_concept(b);

  store.set_status(a.terms[0].id, TermStatus::Admitted);
  CHECK(store.term_by_id(a.terms[0].id)->status == TermStatus::Admitted);
  CHECK_THROWS_AS(store.set_status(9999, TermStatus::Approved), Error);

  Term edited = *store.term_by_id(a.terms[1].id);
  edited.text = "ICBM";
  edited.type = "acronym";
  store.update_term(edited);
  CHECK(store.find_term("en", "icbm") == a.terms[1].id);
  CHECK(store.search("icbm").size() == 1);
  CHECK(store.search("ballistic", in_lang("en")).size() == 1);

  Concept fields = *store.concept_by_id(a.id);
  fields.definition = "a missile on a ballistic trajectory";
  store.update_concept(fields);
  CHECK(store.concept_by_id(a.id)->definition == "a missile on a ballistic trajectory");

  store.merge_concepts(a.id, b.id);
  CHECK_FALSE(store.concept_by_id(b.id));
  Concept merged = *store.concept_by_id(a.id);
  CHECK(merged.terms.size() == 4);
  CHECK(merged.evidence.size() == 1);
  CHECK_THROWS_AS(store.merge_concepts(a.id, a.id), Error);

  Term extra = make_term("ru", "баллистическая ракета");
  store.add_term(a.id, extra);
  CHECK(store.concept_of_term(extra.id) == a.id);
  CHECK_FALSE(store.remove_term(extra.id));
  store.remove_concept(a.id);
  CHECK(store.stats().concepts == 0);
  CHECK(store.stats().terms == 0);
  CHECK(store.search("ballistic").empty());
  CHECK_THROWS_AS(store.remove_concept(a.id), Error);
}

TEST_CASE("store: a file glossary survives reopening and uses WAL") {
  auto path = (std::filesystem::temp_directory_path() / "termalign_glossary_reopen.db").string();
  std::filesystem::remove(path);
  {
    Store store = Store::open(path);
    Concept entry = pair("ردع نووي", "nuclear deterrence", TermStatus::Approved);
    store.add_concept(entry);
  }
  {
    Store store = Store::open(path, OpenOptions{true, true});
    CHECK(store.find_term("en", "Nuclear Deterrence").has_value());
    CHECK(store.search("نووي").size() == 1);
    Concept entry = pair("x", "y");
    CHECK_THROWS_AS(store.add_concept(entry), Error);
  }
  std::filesystem::remove(path);
}

TEST_CASE("store: languages() by term count, for_each_concept stops at the limit") {
  Store store = Store::open_memory();
  for (auto [ar, en] : std::vector<std::pair<std::string, std::string>>{{"ب", "b"}, {"أ", "a"}, {"ج", "c"}}) {
    Concept entry = pair(ar, en);
    store.add_concept(entry);
  }
  Concept extra;
  extra.terms.push_back(make_term("en", "d"));
  store.add_concept(extra);
  CHECK(store.languages() == std::vector<std::string>{"en", "ar"});
  ConceptFilter filter = langs({"en"});
  filter.limit = 2;
  std::vector<std::string> seen;
  store.for_each_concept(filter, [&](const Concept& entry) { seen.push_back(entry.terms.front().text); });
  CHECK(seen == std::vector<std::string>{"a", "b"});
}
