// End-to-end tests of `termalign import`, `export` and `glossary`: the binary on real files. Round trips (TBX v3
// valid against the RNG and the TBX-Basic DCA Schematron, CSV), translate-toolkit reading the TBX v2 export, a
// spreadsheet-hostile CSV cell, bad input leaving the glossary unchanged, and the glossary verbs.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "../formats/schematron.h"
#include "cli_runner.h"
#include "glossary/display.h"
#include "glossary/store.h"

using namespace termalign;
using namespace termalign::test;

namespace {

const std::string kStatusesTbx = source_path("tests/glossary/data/statuses_ar_en.tbx");
const std::string kSharedTbx = shared_path("tbx/samples_v3_dca_ar_en_valid.tbx");

// A fresh directory, removed with its content at scope exit.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("termalign_glossary_cli_" + std::to_string(::getpid()) + "_" + std::to_string(++counter));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name, std::ios::binary) << content;
    return (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

RunResult must(const std::string& args) {
  RunResult r = run_termalign(args);
  INFO(args << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  return r;
}

// Every field of every concept (ids and times included): equal dumps = unchanged glossary.
std::string dump(const std::string& db) {
  glossary::Store store = glossary::Store::open(db, {.create = false, .read_only = true});
  glossary::ConceptFilter filter;
  filter.sort_by_source = false;
  filter.with_evidence = true;
  std::string out;
  store.for_each_concept(filter, [&](const glossary::Concept& entry) { out += glossary::concept_detail(entry); });
  return out;
}

// "lang|text|status" of every term, and the number of concepts: what a round trip must keep.
struct Content {
  std::multiset<std::string> terms;
  std::size_t concepts = 0;
  bool operator==(const Content&) const = default;
};

Content content(const std::string& db) {
  glossary::Store store = glossary::Store::open(db, {.create = false, .read_only = true});
  glossary::ConceptFilter filter;
  filter.sort_by_source = false;
  Content c;
  store.for_each_concept(filter, [&](const glossary::Concept& entry) {
    ++c.concepts;
    for (const glossary::Term& t : entry.terms) {
      c.terms.insert(t.lang + "|" + t.text + "|" + std::string(glossary::to_string(t.status)));
    }
  });
  return c;
}

std::string shell(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
  int rc = ::pclose(pipe);
  out += "\nexit " + std::to_string(WIFEXITED(rc) ? WEXITSTATUS(rc) : -1);
  return out;
}

const Content kStatusesContent{
    {"en|NATO|approved", "en|North Atlantic Treaty Organization|admitted", "ar|حلف شمال الأطلسي|approved",
     "ar|الناتو|deprecated", "en|New START|candidate", "ar|معاهدة ستارت الجديدة|candidate",
     "ar|ستارت الجديدة|rejected", "en|intercontinental ballistic missile|approved",
     "ar|القذيفة التسيارية العابرة للقارات|deprecated", "ar|الصاروخ الباليستي العابر للقارات|approved"},
    3};
const Content kSharedContent{{"en|Treaty on the Non-Proliferation of Nuclear Weapons|candidate", "en|NPT|candidate",
                              "ar|معاهدة عدم انتشار الأسلحة النووية|candidate"},
                             1};

}  // namespace

TEST_CASE("import → export TBX v3 → import: same terms and statuses, the export valid (RNG + Schematron)") {
  auto [file, expected] = GENERATE_COPY(table<std::string, Content>({{kStatusesTbx, kStatusesContent},
                                                                     {kSharedTbx, kSharedContent}}));
  TempDir dir;
  RunResult imported = must("import " + file + " --glossary " + dir / "a.db");
  CHECK_THAT(imported.err, Catch::Contains(std::to_string(expected.concepts) + " new"));
  CHECK(content(dir / "a.db") == expected);
  RunResult exported = must("export --glossary " + dir / "a.db" + " --format tbx -o " + dir / "out.tbx");
  CHECK_THAT(exported.err, Catch::Contains("exported " + std::to_string(expected.concepts) + " concepts"));
  CHECK(shell("xmllint --noout --relaxng " + shared_path("tbx/TBXcoreStructV03.rng") + " " + dir / "out.tbx") ==
        dir / "out.tbx validates\n\nexit 0");
  auto failures = run_schematron(shared_path("tbx/DCA/TBX-Basic_DCA.sch"), dir / "out.tbx");
  INFO(describe(failures));
  CHECK(failures.empty());
  must("import " + dir / "out.tbx" + " --glossary " + dir / "b.db");
  CHECK(content(dir / "b.db") == expected);
}

TEST_CASE("import → export generic CSV → import: same terms, statuses and concepts") {
  TempDir dir;
  must("import " + kStatusesTbx + " -g " + dir / "a.db");
  must("export -g " + dir / "a.db" + " -f csv -s ar -t en -o " + dir / "out.csv");
  must("import " + dir / "out.csv" + " -g " + dir / "b.db");
  CHECK(content(dir / "b.db") == kStatusesContent);
  glossary::Store store = glossary::Store::open(dir / "b.db", {.create = false, .read_only = true});
  auto id = store.find_concepts("en", "NATO");
  REQUIRE(id.size() == 1);
  auto nato = store.concept_by_id(id[0]);
  CHECK(nato->subject == "defence");
  CHECK(nato->definition == "Military alliance founded in 1949.");
}

TEST_CASE("a CSV cell with a comma, a quote and a leading '=' survives import and export exactly") {
  TempDir dir;
  const std::string cell = "=HYPERLINK(\"x\",1), \"quoted\"";
  const std::string quoted = "\"=HYPERLINK(\"\"x\"\",1), \"\"quoted\"\"\"";
  std::string csv = dir.write("in.csv", "ar,en\r\nمعادلة," + quoted + "\r\n");
  must("import " + csv + " -g " + dir / "a.db");
  CHECK(content(dir / "a.db").terms == std::multiset<std::string>{"ar|معادلة|candidate", "en|" + cell + "|candidate"});
  must("export -g " + dir / "a.db" + " -f csv --preset deepl -s ar -t en --status candidate -o " + dir / "out.csv");
  CHECK(slurp_file(dir / "out.csv") == "معادلة," + quoted + "\r\n");
  must("export -g " + dir / "a.db" + " -f csv -s ar -t en -o " + dir / "out2.csv");
  must("import " + dir / "out2.csv" + " -g " + dir / "b.db");
  CHECK(content(dir / "b.db") == content(dir / "a.db"));
  must("export -g " + dir / "a.db" + " -f csv --preset deepl -s ar -t en --status candidate --safe-cells -o " +
       dir / "safe.csv");
  CHECK(slurp_file(dir / "safe.csv") == "معادلة,\"'=HYPERLINK(\"\"x\"\",1), \"\"quoted\"\"\"\r\n");
}

TEST_CASE("translate-toolkit reads the TBX v2 export: every concept's term pair comes back") {
  TempDir dir;
  must("import " + kStatusesTbx + " -g " + dir / "a.db");
  must("export -g " + dir / "a.db" + " -f tbx2 -s en -t ar -o " + dir / "out.tbx");
  std::string script = dir.write("read.py",
                                 "import sys\n"
                                 "from translate.storage import tbx\n"
                                 "store = tbx.tbxfile.parsefile(sys.argv[1])\n"
                                 "for u in store.units:\n"
                                 "    print(u.source + '\\t' + (u.target or ''))\n");
  std::string out = shell("/usr/bin/python3 " + script + " " + dir / "out.tbx");
  // Sorted by the English collation; translate-toolkit takes the first term of each language.
  CHECK(out ==
        "intercontinental ballistic missile\tالقذيفة التسيارية العابرة للقارات\n"
        "NATO\tحلف شمال الأطلسي\n"
        "New START\tمعاهدة ستارت الجديدة\n\nexit 0");
}

TEST_CASE("bad input: clear error naming file and line, exit 3, glossary unchanged") {
  std::string tbx = slurp_file(kStatusesTbx);
  auto [name, text, message] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"truncated.tbx", tbx.substr(0, tbx.find("<conceptEntry id=\"icbm\">") + 40), "truncated.tbx:"},
      {"unclosed.csv", "ar,en\nناتو,NATO\nصاروخ,\"missile\nقذيفة,shell\n", "unclosed.csv:3: unclosed quote"},
      {"entity.tbx",
       "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
       "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
       "<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n"
       "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>ok</term></termSec></langSec></conceptEntry>\n"
       "<conceptEntry id=\"b\"><langSec xml:lang=\"en\"><termSec><term>&x;</term></termSec></langSec></conceptEntry>\n"
       "</body></text></tbx>\n",
       "entity.tbx:7:"},
      {"header.csv", "arabic_term,english_term\nناتو,NATO\n", "header.csv:1:"},
  }));
  TempDir dir;
  must("import " + kStatusesTbx + " -g " + dir / "a.db");
  const std::string before = dump(dir / "a.db");
  std::string file = dir.write(name, text);
  RunResult r = run_termalign("import " + file + " -g " + dir / "a.db");
  INFO(r.err);
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK_THAT(r.err, !Catch::Contains("root:"));  // never the content of /etc/passwd
  CHECK(dump(dir / "a.db") == before);
  // A failed import into a new glossary leaves no glossary behind.
  CHECK(run_termalign("import " + file + " -g " + dir / "new.db").exit_code == 3);
  CHECK_FALSE(std::filesystem::exists(dir / "new.db"));
}

TEST_CASE("a file that is not a termalign glossary: exit 3 naming it, file untouched") {
  auto [kind, message] = GENERATE(table<std::string, std::string>({
      {"text", "notes.db: not an SQLite database"},
      {"sqlite", "notes.db: an SQLite database, but not a termalign glossary"},
  }));
  TempDir dir;
  const std::string db = dir / "notes.db";
  if (kind == "text") {
    dir.write("notes.db", "these are my notes, not a database\n");
  } else {
    shell("/usr/bin/sqlite3 " + db + " 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'");
  }
  const std::string before = slurp_file(db);
  for (const std::string& args : std::vector<std::string>{"import " + kStatusesTbx + " -g " + db, "export -f tbx -g " + db,
                                  "glossary list -g " + db, "glossary add --term en=x --term ar=س -g " + db}) {
    RunResult r = run_termalign(args);
    INFO(args << "\n" << r.err);
    CHECK(r.exit_code == 3);
    CHECK_THAT(r.err, Catch::Contains(message));
  }
  CHECK(slurp_file(db) == before);
}

TEST_CASE("import merges identical terms by default, --new adds every concept") {
  TempDir dir;
  must("import " + kStatusesTbx + " -g " + dir / "a.db");
  RunResult again = must("import " + kStatusesTbx + " -g " + dir / "a.db");
  CHECK_THAT(again.err, Catch::Contains("3 concepts read, 0 new, 3 merged into existing concepts"));
  CHECK_THAT(again.err, Catch::Contains("0 terms added, 10 identical terms merged"));
  CHECK(content(dir / "a.db") == kStatusesContent);
  must("import " + kStatusesTbx + " --new -g " + dir / "a.db");
  CHECK(content(dir / "a.db").concepts == 6);
}

TEST_CASE("export filters languages and statuses, tool presets write what the tool expects") {
  TempDir dir;
  must("import " + kStatusesTbx + " -g " + dir / "a.db");
  auto [args, expected] = GENERATE(table<std::string, std::string>({
      {"-f csv --preset google -s en -t ar",
       "intercontinental ballistic missile,الصاروخ الباليستي العابر للقارات\r\nNATO,حلف شمال الأطلسي\r\n"
       "North Atlantic Treaty Organization,حلف شمال الأطلسي\r\nNew START,معاهدة ستارت الجديدة\r\n"},
      {"-f csv --preset deepl -s ar -t en --status approved",
       "الصاروخ الباليستي العابر للقارات,intercontinental ballistic missile\r\nحلف شمال الأطلسي,NATO\r\n"},
      {"-f csv --preset omegat -s en -t ar --status approved,deprecated", 
       "intercontinental ballistic missile\tالصاروخ الباليستي العابر للقارات\tchecked by the reviewer\n"
       "intercontinental ballistic missile\tالقذيفة التسيارية العابرة للقارات\tchecked by the reviewer\n"
       "NATO\tحلف شمال الأطلسي\t\nNATO\tالناتو\tuse the full name in formal texts\n"},
  }));
  RunResult r = must("export -g " + dir / "a.db" + " " + args);
  CHECK(r.out == expected);
}

TEST_CASE("glossary verbs: search on normalized forms, sorted list, edits") {
  TempDir dir;
  const std::string g = " -g " + dir / "a.db";
  CHECK(must("glossary add --term 'ar=حلف شمال الأطلسي' --term en=NATO --subject defence" + g).out ==
        "added concept 1 (2 terms)\n");
  CHECK(must("glossary add --term ar=الاطلسي --term en=Atlantic --status candidate" + g).out ==
        "added concept 2 (2 terms)\n");
  CHECK(must("glossary add --term ar=ناتو --term en=nato" + g).out ==
        "merged into concept 1: 1 terms added, 1 identical terms kept (0 statuses raised)\n");
  CHECK(must("glossary search الأطلسي -l ar" + g).out ==
        "2  ar: الاطلسي [candidate] | en: Atlantic [candidate]\n"
        "1  ar: حلف شمال الأطلسي [approved]; ناتو [approved] | en: NATO [approved]\n");
  CHECK(must("glossary search nato" + g).out ==
        "1  ar: حلف شمال الأطلسي [approved]; ناتو [approved] | en: NATO [approved]\n");
  CHECK(must("glossary search --prefix atl -l en" + g).out == "2  en: Atlantic [candidate] | ar: الاطلسي [candidate]\n");
  CHECK(must("glossary list -s en" + g).out ==
        "2  en: Atlantic [candidate] | ar: الاطلسي [candidate]\n"
        "1  en: NATO [approved] | ar: حلف شمال الأطلسي [approved]; ناتو [approved]\n");
  CHECK(must("glossary set-status deprecated --term 5" + g).out == "1 terms set to deprecated\n");
  CHECK(must("glossary edit --term 4 --pos noun --note 'Atlantic Ocean'" + g).out == "term 4 updated\n");
  CHECK(must("glossary merge 1 2" + g).out == "merged 1 concepts into concept 1\n");
  CHECK(must("glossary remove --term 3" + g).out == "removed 1 terms and 0 concepts\n");
  CHECK(must("glossary list -s ar -t en" + g).out ==
        "1  ar: حلف شمال الأطلسي [approved]; ناتو [deprecated] | en: NATO [approved]; Atlantic [candidate]\n");
  CHECK_THAT(must("glossary show 1" + g).out, Catch::Contains("  term 4  en: Atlantic  [candidate]\n    pos: noun"));
  CHECK_THAT(must("glossary stats" + g).out, Catch::StartsWith("concepts  1\nterms     4\n"));
  RunResult missing = run_termalign("glossary show 99" + g);
  CHECK(missing.exit_code == 3);
  CHECK_THAT(missing.err, Catch::Contains("no concept 99"));
  CHECK(run_termalign("glossary set-status maybe --term 1" + g).exit_code == 2);
  CHECK(run_termalign("glossary list -g " + dir / "missing.db").exit_code == 3);
}

TEST_CASE("every flag of import, export and the glossary subcommands is documented in --help") {
  auto [verb, flags] = GENERATE(table<std::string, std::vector<std::string>>({
      {"import", {"--glossary", "--format", "--preset", "--src-lang", "--tgt-lang", "--merge", "--new"}},
      {"export",
       {"--glossary", "--format", "--preset", "--src-lang", "--tgt-lang", "--status", "--bom", "--safe-cells",
        "--title", "--output"}},
      {"glossary", {"list", "search", "show", "add", "set-status", "edit", "remove", "merge", "stats"}},
      {"glossary list", {"--glossary", "--src-lang", "--tgt-lang", "--status", "--limit"}},
      {"glossary search", {"--glossary", "--lang", "--prefix", "--status", "--limit"}},
      {"glossary show", {"--glossary", "--no-evidence"}},
      {"glossary add", {"--glossary", "--term", "--status", "--subject", "--definition", "--to", "--pos", "--type", "--note"}},
      {"glossary set-status", {"--glossary", "--term", "--concept"}},
      {"glossary edit",
       {"--glossary", "--term", "--concept", "--text", "--status", "--case-sensitive", "--subject", "--definition",
        "--external-id", "--pos", "--type", "--note"}},
      {"glossary remove", {"--glossary", "--term", "--concept"}},
      {"glossary merge", {"--glossary", "IDS"}},
      {"glossary stats", {"--glossary"}},
  }));
  RunResult r = run_termalign(verb + " --help");
  CHECK(r.exit_code == 0);
  for (const std::string& flag : flags) CHECK_THAT(r.out, Catch::Contains(flag));
}
