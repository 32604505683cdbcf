// Term-pair extraction on small aligned inputs, evaluation helpers, the pipeline's input checks, and storing
// candidates in a glossary.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "glossary/store.h"
#include "terms/evaluate.h"
#include "terms/extract.h"
#include "terms/pipeline.h"
#include "terms/store_terms.h"
#include "text/lang.h"

using namespace termalign;
using terms::SentencePair;
using terms::TermPair;

namespace {

const text::Language& ar() { return text::language("ar"); }
const text::Language& en() { return text::language("en"); }

// A tiny Arabic–English dictionary, so the tests do not depend on the installed FreeDict.
const terms::WordDictionary& tiny_dictionary() {
  static const terms::WordDictionary dict = [] {
    terms::WordDictionary d;
    for (auto [a, e] : std::initializer_list<std::pair<const char*, const char*>>{
             {"دفاع", "defense"}, {"صاروخي", "missile"}, {"صواريخ", "missiles"}, {"ولايات", "states"},
             {"متحدة", "united"}, {"حوار", "dialogue"}, {"خبراء", "experts"}, {"نووية", "nuclear"},
             {"أسلحة", "weapons"}, {"معاهدة", "treaty"}, {"روسيا", "Russia"}})
      d.add(a, e, ar(), en());
    return d;
  }();
  return dict;
}

std::vector<SentencePair> sample_pairs() {
  return {
      {"doc", "وقالت روسيا والولايات المتحدة إن الدفاع الصاروخي موضوع حوار.",
       "Russia and the United States said missile defense is a subject of dialogue.", 1, 1},
      {"doc", "وقال السفير سيرغي كيسلياك إن الحوار مستمر.", "Ambassador Sergei Kislyak said the dialogue goes on.", 2,
       2},
      {"doc", "ويناقش الخبراء الدفاع الصاروخي مع الولايات المتحدة.",
       "Missile defense is discussed by experts with the United States.", 3, 3},
      {"doc", "وتنتهي معاهدة ستارت-3 في فبراير 2026.", "The START-3 treaty expires in February 2026.", 4, 4},
  };
}

const TermPair* find(const std::vector<TermPair>& pairs, const std::string& source) {
  auto it = std::find_if(pairs.begin(), pairs.end(), [&](const TermPair& p) { return p.source == source; });
  return it == pairs.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("extraction: canonical forms, clitic-split counts, names, codes, evidence") {
  std::vector<TermPair> found = terms::extract_terms(sample_pairs(), ar(), en(), {}, &tiny_dictionary());
  auto [source, target, count] = GENERATE(table<std::string, std::string, std::size_t>({
      {"الولايات المتحدة", "United States", 2},  // «والولايات المتحدة» counts as «الولايات المتحدة»
      {"الدفاع الصاروخي", "missile defense", 2},  // sentence-initial "Missile" lower-cased
      {"سيرغي كيسلياك", "Sergei Kislyak", 1},     // transliteration, title «السفير» / "Ambassador" left out
      {"معاهدة ستارت-3", "START-3 treaty", 1},     // hyphenated code kept whole
  }));
  CAPTURE(source);
  const TermPair* p = find(found, source);
  REQUIRE(p != nullptr);
  CHECK(p->target == target);
  CHECK(p->count == count);
  CHECK(p->score >= terms::ExtractOptions{}.threshold);
  CHECK(p->score <= 1.0);
  REQUIRE(p->evidence.size() == count);
  CHECK(p->evidence[0].document == "doc");
  CHECK(p->evidence[0].src_sentence.find(source.substr(source.find(' ') + 1)) != std::string::npos);
}

TEST_CASE("extraction: the default output leaves out single common words; --all ranks everything") {
  std::vector<TermPair> chosen = terms::extract_terms(sample_pairs(), ar(), en(), {}, &tiny_dictionary());
  CHECK(find(chosen, "الحوار") == nullptr);  // "dialogue": a common noun on its own is not proposed
  terms::ExtractOptions all;
  all.all = true;
  std::vector<TermPair> everything = terms::extract_terms(sample_pairs(), ar(), en(), all, &tiny_dictionary());
  CHECK(everything.size() > chosen.size());
  CHECK(std::is_sorted(everything.begin(), everything.end(),
                       [](const TermPair& a, const TermPair& b) { return a.score > b.score; }));
}

TEST_CASE("extraction: empty or candidate-free input gives no pairs, not an error") {
  CHECK(terms::extract_terms({}, ar(), en(), {}, &tiny_dictionary()).empty());
  CHECK(terms::extract_terms({{"d", "2010 - 2012", "2010 - 2012", 1, 1}}, ar(), en(), {}, &tiny_dictionary()).empty());
}

TEST_CASE("TSV and JSON output") {
  std::vector<TermPair> pairs = {{"الناتو", "NATO", 0.7222, 5, {{"d", 3, 4, "s\tx", "t"}}}};
  std::ostringstream tsv, json;
  terms::write_tsv(tsv, pairs);
  CHECK(tsv.str() == "source\ttarget\tscore\tcount\nالناتو\tNATO\t0.722\t5\n");
  terms::write_json(json, pairs);
  CHECK(json.str().find("\"src_line\": 3") != std::string::npos);
  CHECK(json.str().find("\"score\": 0.722") != std::string::npos);
}

TEST_CASE("evaluation compares folded forms without a leading 'the'") {
  auto [a, b] = GENERATE(table<std::string, std::string>({
      {"The United States", "united states"},
      {"الأمين العام", "الامين العام"},
      {"المنطقة", "المنطقه"},
      {"START-3", "start-3"},
  }));
  CHECK(terms::comparison_form(a) == terms::comparison_form(b));
  std::istringstream gold("ar\ten\n# comment\nالناتو\tNATO\nروسيا\tRussia\n");
  terms::GoldPairs g = terms::read_gold_terms(gold, "gold.tsv");
  terms::TermScores s = terms::evaluate_terms({{"الناتو", "the NATO", 1, 1, {}}, {"موسكو", "Moscow", 1, 1, {}}}, g);
  CHECK(s.correct == 1);
  CHECK(s.precision() == Approx(0.5));
  CHECK(s.recall() == Approx(0.5));
  std::istringstream bad("ar\ten\nno tab here\n");
  CHECK_THROWS_WITH(terms::read_gold_terms(bad, "gold.tsv"), Catch::Contains("gold.tsv:2"));
}

TEST_CASE("script check: a text in the wrong script for its language is an input error naming the file") {
  std::vector<std::string> arabic = {"قال السفير الروسي إن المحادثات مستمرة بين البلدين."};
  std::vector<std::string> english = {"The ambassador said that the talks between the two countries go on."};
  CHECK(terms::dominant_script(arabic) == text::Script::Arabic);
  CHECK(terms::dominant_script(english) == text::Script::Latin);
  CHECK(terms::dominant_script({"2010"}) == text::Script::Other);
  CHECK_NOTHROW(terms::check_script(arabic, ar(), "a.txt", "-s"));
  try {
    terms::check_script(arabic, en(), "a.txt", "-s");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == "a.txt");
    CHECK(e.message().find("Arabic script") != std::string::npos);
    CHECK(e.message().find("-s en") != std::string::npos);
  }
  CHECK_THROWS_AS(terms::check_script(english, text::language("ru"), "b.txt", "-t"), Error);
}

TEST_CASE("batch manifests: relative paths, names, errors with lines") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("termalign-terms-manifest-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "ok.tsv") << "# pairs\na.ar.txt\ta.en.txt\nb.ar.txt\tb.en.txt\tsecond\n";
  std::vector<terms::DocumentFiles> docs = terms::read_manifest((dir / "ok.tsv").string());
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].src == (dir / "a.ar.txt").string());
  CHECK(docs[0].name == "a.ar");
  CHECK(docs[1].name == "second");
  std::ofstream(dir / "bad.tsv") << "a.ar.txt\ta.en.txt\nonly-one-column\n";
  CHECK_THROWS_WITH(terms::read_manifest((dir / "bad.tsv").string()), Catch::Contains("bad.tsv:2"));
  std::ofstream(dir / "empty.tsv") << "# nothing\n";
  CHECK_THROWS_WITH(terms::read_manifest((dir / "empty.tsv").string()), Catch::Contains("no document pair"));
  fs::remove_all(dir);
}

TEST_CASE("storing candidates: one concept per pair, idempotent, reviewed pairs never proposed again") {
  glossary::Store store = glossary::Store::open_memory();
  std::vector<TermPair> pairs = {{"الولايات المتحدة", "United States", 0.85, 2, {{"doc", 1, 1, "s1", "t1"}, {"doc", 3, 3, "s3", "t3"}}},
                                 {"الناتو", "NATO", 0.72, 1, {{"doc", 2, 2, "s2", "t2"}}}};
  terms::StoreSummary first = terms::store_candidates(store, pairs, ar(), en());
  CHECK(first.new_concepts == 2);
  CHECK(first.terms_added == 4);
  CHECK(first.evidence_added == 3);
  glossary::Stats stats = store.stats();
  CHECK(stats.concepts == 2);
  CHECK(stats.terms_by_status["candidate"] == 4);

  terms::StoreSummary second = terms::store_candidates(store, pairs, ar(), en());
  CHECK(second.new_concepts == 0);
  CHECK(second.terms_added == 0);
  CHECK(second.evidence_added == 0);
  CHECK(second.unchanged == 2);
  CHECK(store.stats().terms == 4);

  // The terminologist rejects "NATO" for «الناتو» and approves the other pair: nothing is proposed again.
  store.set_status(*store.find_term("en", "NATO"), glossary::TermStatus::Rejected);
  store.set_status(*store.find_term("ar", "الولايات المتحدة"), glossary::TermStatus::Approved);
  pairs[1].evidence = {{"other", 9, 9, "s9", "t9"}};
  terms::StoreSummary third = terms::store_candidates(store, pairs, ar(), en());
  CHECK(third.skipped_reviewed == 2);
  CHECK(store.stats().evidence == 3);
  CHECK(store.term_by_id(*store.find_term("en", "NATO"))->status == glossary::TermStatus::Rejected);

  // A new target for a stored source term joins its concept as another candidate.
  terms::StoreSummary fourth = terms::store_candidates(store, {{"الناتو", "North Atlantic Alliance", 0.7, 1, {}}}, ar(), en());
  CHECK(fourth.new_concepts == 0);
  CHECK(fourth.terms_added == 1);
  CHECK(store.concept_of_term(*store.find_term("en", "North Atlantic Alliance")) ==
        store.concept_of_term(*store.find_term("ar", "الناتو")));
}
