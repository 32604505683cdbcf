// End-to-end: `termalign extract` and `termalign build` run on real files; exit codes, output values, glossary
// contents.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "glossary/store.h"

using namespace termalign;
using namespace termalign::test;
namespace fs = std::filesystem;

namespace {

const std::string kDev = shared_path("data/dev/missile-defense-ar-en/");
const std::string kCtbt = source_path("tests/fixtures/terms/ctbt-ar-en/");

fs::path temp_dir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("termalign-terms-cli-" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

std::string temp_file(const std::string& name, const std::string& content) {
  fs::path p = temp_dir() / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

std::string dev_args() { return kDev + "ar.raw.txt " + kDev + "en.raw.txt -s ar -t en"; }

}  // namespace

TEST_CASE("extract prints ranked TSV pairs for the dev pair") {
  RunResult r = run_termalign("extract " + dev_args());
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.starts_with("source\ttarget\tscore\tcount\n"));
  CHECK(r.out.find("\nالولايات المتحدة\tUnited States\t") != std::string::npos);
  CHECK(r.out.find("\nسيرغي كيسلياك\tSergei Kislyak\t") != std::string::npos);
  CHECK(r.out.find("\nإيتار-تاس\tITAR-Tass\t") != std::string::npos);
  CHECK(r.out.find("\nالدفاع الصاروخي\tmissile defense\t") != std::string::npos);
}

TEST_CASE("extract --all lists more pairs; --format json carries evidence; -o writes a file") {
  RunResult def = run_termalign("extract " + dev_args());
  RunResult all = run_termalign("extract " + dev_args() + " --all");
  REQUIRE(all.exit_code == 0);
  CHECK(std::count(all.out.begin(), all.out.end(), '\n') > std::count(def.out.begin(), def.out.end(), '\n'));

  std::string out = (temp_dir() / "terms.json").string();
  RunResult json = run_termalign("extract " + dev_args() + " --format json -o " + out);
  REQUIRE(json.exit_code == 0);
  CHECK(json.out.empty());
  nlohmann::json j = nlohmann::json::parse(slurp_file(out));
  REQUIRE(j.is_array());
  REQUIRE(!j.empty());
  bool found = false;
  for (const auto& p : j) {
    if (p["source"] != "الناتو") continue;
    found = true;
    CHECK(p["target"] == "NATO");
    CHECK(p["count"].get<int>() >= 3);
    REQUIRE(!p["evidence"].empty());
    CHECK(p["evidence"][0]["src"].get<std::string>().find("الناتو") != std::string::npos);
    CHECK(p["evidence"][0]["src_line"].get<int>() >= 1);
  }
  CHECK(found);
}

TEST_CASE("extract reads presegmented input") {
  RunResult r = run_termalign("extract " + kDev + "ar.sent.txt " + kDev + "en.sent.txt -s ar -t en --presegmented");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\nروسيا\tRussia\t") != std::string::npos);
}

TEST_CASE("extract and build reject bad input with a clear message and exit code 3") {
  std::string empty = temp_file("empty.txt", "");
  std::string blank = temp_file("blank.txt", "\n\n  \n");
  std::string digits_ar = temp_file("digits.ar.txt", "2010 - 2012.\n");
  std::string digits_en = temp_file("digits.en.txt", "2010 - 2012.\n");
  std::string bad_utf8 = temp_file("bad.txt", "fine\nbroken \xC3\x28 here\n");
  auto [args, message] = GENERATE_COPY(table<std::string, std::string>({
      // languages swapped: Arabic text named English
      {"extract " + kDev + "ar.raw.txt " + kDev + "en.raw.txt -s en -t ar", "Arabic script"},
      {"extract " + kDev + "ar.raw.txt " + kCtbt + "ar.txt -s ar -t en", "-t en"},
      {"extract " + kDev + "ar.raw.txt " + empty + " -s ar -t en", "empty"},
      {"extract " + blank + " " + kDev + "en.raw.txt -s ar -t en", "empty"},
      {"extract " + digits_ar + " " + digits_en + " -s ar -t en", "no term pair"},
      {"extract " + kDev + "ar.raw.txt " + bad_utf8 + " -s ar -t en", "bad.txt:2"},
      {"extract " + kDev + "ar.raw.txt /nonexistent/en.txt -s ar -t en", "/nonexistent/en.txt"},
      {"build " + kDev + "ar.raw.txt " + kDev + "en.raw.txt -s en -t ar --glossary " + (temp_dir() / "x.db").string(),
       "Arabic script"},
      {"build " + digits_ar + " " + digits_en + " -s ar -t en --glossary " + (temp_dir() / "y.db").string(),
       "no term pair"},
      {"build " + dev_args() + " --glossary " + digits_en, "digits.en.txt"},
  }));
  RunResult r = run_termalign(args);
  CAPTURE(args, r.err);
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("termalign: error:") != std::string::npos);
  CHECK(r.err.find(message) != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("extract usage errors exit 2") {
  CHECK(run_termalign("extract " + kDev + "ar.raw.txt -s ar -t en").exit_code == 2);
  CHECK(run_termalign("extract " + dev_args() + " --format xml").exit_code == 2);
  CHECK(run_termalign("extract " + kDev + "ar.raw.txt " + kDev + "en.raw.txt -s xx -t en").exit_code == 2);
  CHECK(run_termalign("build " + dev_args()).exit_code == 2);  // --glossary missing
}

TEST_CASE("build stores candidates with evidence; a second run adds nothing; reviewed pairs stay as decided") {
  std::string db = (temp_dir() / "build.sqlite").string();
  RunResult first = run_termalign("build " + dev_args() + " --glossary " + db);
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.find(" new concepts") != std::string::npos);
  std::int64_t concepts = 0, terms = 0, evidence = 0;
  {
    glossary::Store store = glossary::Store::open(db);
    glossary::Stats s = store.stats();
    concepts = s.concepts;
    terms = s.terms;
    evidence = s.evidence;
    CHECK(s.concepts >= 15);
    CHECK(s.terms_by_status["candidate"] == s.terms);
    CHECK(s.evidence >= s.concepts);
    auto id = store.find_term("ar", "الولايات المتحدة");
    REQUIRE(id);
    std::optional<glossary::Concept> c = store.concept_by_id(store.concept_of_term(*id));
    REQUIRE(c);
    bool has_target = false;
    for (const auto& t : c->terms) has_target = has_target || (t.lang == "en" && t.text == "United States");
    CHECK(has_target);
    CHECK(c->terms[0].origin == "extract:" + kDev + "ar.raw.txt");
    CHECK(!c->evidence.empty());
    // The terminologist rejects one candidate and approves another.
    store.set_status(*store.find_term("en", "Kommersant"), glossary::TermStatus::Rejected);
    store.set_status(*store.find_term("en", "Sergei Kislyak"), glossary::TermStatus::Approved);
  }
  RunResult second = run_termalign("build " + dev_args() + " --glossary " + db);
  REQUIRE(second.exit_code == 0);
  CHECK(second.out.find("0 new concepts, 0 terms and 0 evidence sentences added") != std::string::npos);
  CHECK(second.out.find("2 already reviewed") != std::string::npos);
  glossary::Store store = glossary::Store::open(db);
  glossary::Stats s = store.stats();
  CHECK(s.concepts == concepts);
  CHECK(s.terms == terms);
  CHECK(s.evidence == evidence);
  CHECK(store.term_by_id(*store.find_term("en", "Kommersant"))->status == glossary::TermStatus::Rejected);
  CHECK(store.term_by_id(*store.find_term("en", "Sergei Kislyak"))->status == glossary::TermStatus::Approved);
}

TEST_CASE("build --batch stores the pairs of several documents in one glossary") {
  std::string manifest = temp_file("manifest.tsv", "# two Arabic-English articles\n" + kDev + "ar.raw.txt\t" + kDev +
                                                       "en.raw.txt\tmissile-defense\n" + kCtbt + "ar.txt\t" + kCtbt +
                                                       "en.txt\tctbt\n");
  std::string db = (temp_dir() / "batch.sqlite").string();
  RunResult r = run_termalign("build --batch " + manifest + " -s ar -t en --glossary " + db);
  REQUIRE(r.exit_code == 0);
  glossary::Store store = glossary::Store::open(db);
  auto washington = store.find_term("en", "Washington");  // in both documents
  REQUIRE(washington);
  std::optional<glossary::Concept> c = store.concept_by_id(store.concept_of_term(*washington));
  REQUIRE(c);
  std::set<std::string> documents;
  for (const auto& e : c->evidence) documents.insert(e.document);
  CHECK(documents == std::set<std::string>{"ctbt", "missile-defense"});
  CHECK(store.find_term("en", "START-3"));
}
