// TBX v3 (TBX-Basic DCA) and v2 (martif): validity of the export (core RNG + the DCA Schematron rules), round
// trips, the shared samples, translate-toolkit reading the v2 export, and every bad-input case.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "base/error.h"
#include "formats/tbx.h"
#include "schematron.h"
#include "test_paths.h"
#include "test_util.h"

using namespace termalign;
using namespace termalign::formats;
using glossary::Concept;
using glossary::Term;
using glossary::TermStatus;

namespace {

Term term(std::string lang, std::string text, TermStatus status, std::string pos = "", std::string type = "") {
  Term t;
  t.lang = std::move(lang);
  t.text = std::move(text);
  t.status = status;
  t.pos = std::move(pos);
  t.type = std::move(type);
  return t;
}

// Every status, a part of speech and a term type outside the TBX-Basic picklists, markup characters.
std::vector<Concept> sample_concepts() {
  Concept a;
  a.id = 1;
  a.subject = "arms control";
  a.definition = "A treaty <limiting> strategic \"arms\" & launchers";
  a.note = "seen in the seeds";
  a.terms = {term("en", "New START", TermStatus::Approved, "properNoun", "shortForm"),
             term("en", "START III", TermStatus::Deprecated, "noun", "variant"),
             term("ar", "معاهدة ستارت الجديدة", TermStatus::Approved, "noun", "fullForm"),
             term("ar", "نيو ستارت", TermStatus::Admitted)};
  a.terms[1].note = "obsolete\nsecond line";
  a.terms[0].origin = "import:seeds.tbx";
  Concept b;
  b.id = 2;
  b.terms = {term("en", "ICBM", TermStatus::Candidate, "", "acronym"),
             term("en", "intercontinental rocket", TermStatus::Rejected, "verbPhrase", "transliteration"),
             term("ar", "الصواريخ الباليستية العابرة للقارات", TermStatus::Candidate)};
  b.terms[0].score = 0.8125;
  b.terms[0].case_sensitive = true;
  Concept empty;  // no terms: skipped
  empty.id = 3;
  return {a, b, empty};
}

std::string write_tbx(const std::vector<Concept>& concepts, TbxVersion version) {
  std::ostringstream out;
  TbxWriter writer(out, version, TbxInfo{"en"});
  for (const auto& c : concepts) writer.write(c);
  writer.finish();
  return out.str();
}

std::vector<Concept> read_string(const std::string& xml, const std::string& name = "in.tbx") {
  std::istringstream in(xml);
  std::vector<Concept> out;
  read_tbx(in, name, [&](Concept&& c) { out.push_back(std::move(c)); });
  return out;
}

std::vector<Concept> read_path(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::vector<Concept> out;
  read_tbx(in, path, [&](Concept&& c) { out.push_back(std::move(c)); });
  return out;
}

// Validates a v3 document: core RNG with xmllint and the DCA Schematron with our runner.
void require_valid_v3(const std::string& xml) {
  test::TempFile file("export.tbx", xml);
  auto rng = test::run("xmllint --noout --relaxng " + test::shared_path("tbx/TBXcoreStructV03.rng") + " " +
                       file.path());
  INFO(rng.output << "\n" << xml.substr(0, 3000));
  REQUIRE(rng.status == 0);
  auto failures = test::run_schematron(test::shared_path("tbx/DCA/TBX-Basic_DCA.sch"), file.path());
  INFO(test::describe(failures));
  REQUIRE(failures.empty());
}

std::map<std::string, TermStatus> statuses(const std::vector<Concept>& concepts) {
  std::map<std::string, TermStatus> out;
  for (const auto& c : concepts) {
    for (const auto& t : c.terms) out[t.lang + ":" + t.text] = t.status;
  }
  return out;
}

}  // namespace

TEST_CASE("TBX v3 export is valid TBX-Basic DCA (core RNG + Schematron)", "[tbx]") {
  std::string xml = write_tbx(sample_concepts(), TbxVersion::V3);
  require_valid_v3(xml);
  CHECK(xml.find("<tbx type=\"TBX-Basic\" style=\"dca\"") != std::string::npos);
  CHECK(xml.find(">preferredTerm-admn-sts<") != std::string::npos);
  CHECK(xml.find(">admittedTerm-admn-sts<") != std::string::npos);
  CHECK(xml.find(">deprecatedTerm-admn-sts<") != std::string::npos);
  CHECK(xml.find("conceptEntry id=\"c3\"") == std::string::npos);  // the concept without terms
}

TEST_CASE("TBX round trip keeps every term, status and field (v3 and v2)", "[tbx]") {
  auto version = GENERATE(TbxVersion::V3, TbxVersion::V2);
  auto original = sample_concepts();
  original.pop_back();
  auto back = read_string(write_tbx(original, version));
  REQUIRE(back.size() == original.size());
  for (std::size_t i = 0; i < original.size(); ++i) {
    const Concept& a = original[i];
    const Concept& b = back[i];
    CHECK(b.external_id == "c" + std::to_string(a.id));
    CHECK(b.subject == a.subject);
    CHECK(b.definition == a.definition);
    CHECK(b.note == a.note);
    REQUIRE(b.terms.size() == a.terms.size());
    // The writer groups terms by language, source language (en) first, keeping their order within a language.
    for (const Term& x : a.terms) {
      auto it = std::find_if(b.terms.begin(), b.terms.end(), [&](const Term& y) { return y.text == x.text; });
      REQUIRE(it != b.terms.end());
      INFO(x.text);
      CHECK(it->lang == x.lang);
      CHECK(it->status == x.status);
      CHECK(it->pos == x.pos);
      CHECK(it->type == x.type);
      CHECK(it->note == x.note);
      CHECK(it->origin == x.origin);
      CHECK(it->score == x.score);
      CHECK(it->case_sensitive == x.case_sensitive);
    }
  }
}

TEST_CASE("The shared TBX v3 DCA sample imports with all terms", "[tbx]") {
  auto concepts = read_path(test::shared_path("tbx/samples_v3_dca_ar_en_valid.tbx"));
  REQUIRE(concepts.size() == 1);
  const Concept& c = concepts[0];
  CHECK(c.external_id == "c1");
  CHECK(c.subject == "arms control");
  REQUIRE(c.terms.size() == 3);
  CHECK(c.terms[0].text == "Treaty on the Non-Proliferation of Nuclear Weapons");
  CHECK(c.terms[0].lang == "en");
  CHECK(c.terms[0].pos == "noun");
  CHECK(c.terms[0].type == "fullForm");
  CHECK(c.terms[1].text == "NPT");
  CHECK(c.terms[1].type == "acronym");
  CHECK(c.terms[2].text == "معاهدة عدم انتشار الأسلحة النووية");
  CHECK(c.terms[2].lang == "ar");
  for (const auto& t : c.terms) CHECK(t.status == TermStatus::Candidate);  // the sample has no status
  require_valid_v3(write_tbx(concepts, TbxVersion::V3));
}

TEST_CASE("The shared TBX v2 martif sample imports with all terms (tig and ntig)", "[tbx]") {
  std::ifstream in(test::shared_path("tbx/samples_v2_martif_ar_en.tbx"), std::ios::binary);
  std::vector<Concept> concepts;
  TbxFileInfo info = read_tbx(in, "v2.tbx", [&](Concept&& c) { concepts.push_back(std::move(c)); });
  CHECK(info.version == TbxVersion::V2);
  CHECK(info.type == "TBX-Basic");
  CHECK(info.source_lang == "en");
  REQUIRE(concepts.size() == 2);
  REQUIRE(concepts[0].terms.size() == 3);
  CHECK(concepts[0].terms[1].text == "NPT");
  CHECK(concepts[0].terms[1].type == "acronym");
  REQUIRE(concepts[1].terms.size() == 2);
  CHECK(concepts[1].terms[0].text == "Chemical Weapons Convention");
  CHECK(concepts[1].terms[1].text == "اتفاقية الأسلحة الكيميائية");
  require_valid_v3(write_tbx(concepts, TbxVersion::V3));
}

TEST_CASE("A hand-written TBX with every status round-trips through our export", "[tbx]") {
  auto concepts = read_path(test::source_path("tests/fixtures/formats/statuses_ar_en_v3.tbx"));
  auto before = statuses(concepts);
  CHECK(before == std::map<std::string, TermStatus>{
                      {"en:New START", TermStatus::Approved},
                      {"en:START III", TermStatus::Deprecated},
                      {"ar:معاهدة ستارت الجديدة", TermStatus::Approved},
                      {"ar:نيو ستارت", TermStatus::Admitted},
                      {"en:ICBM", TermStatus::Candidate},
                      {"en:intercontinental rocket", TermStatus::Rejected},
                      {"ar:الصواريخ الباليستية العابرة للقارات", TermStatus::Deprecated},  // superseded
                  });
  CHECK(concepts[0].definition == "Strategic Arms Reduction Treaty between the USA and Russia");
  CHECK(concepts[0].terms[1].note == "obsolete name");
  std::string xml = write_tbx(concepts, TbxVersion::V3);
  require_valid_v3(xml);
  CHECK(statuses(read_string(xml)) == before);
}

TEST_CASE("The Schematron runner: valid examples pass, the INVALID sample is caught", "[tbx][schematron]") {
  const std::string sch = test::shared_path("tbx/DCA/TBX-Basic_DCA.sch");
  CHECK(test::run_schematron(sch, test::shared_path("tbx/DCA/Example_Astronomy_DCA_VALID.tbx")).empty());
  CHECK(test::run_schematron(sch, test::shared_path("tbx/samples_v3_dca_ar_en_valid.tbx")).empty());
  auto failures = test::run_schematron(sch, test::shared_path("tbx/samples_v3_dca_ar_en_INVALID.tbx"));
  INFO(test::describe(failures));
  // Only termNote type="foo": the <ref target="c99"> has a @type, so in pattern coreEnforcement it fires the
  // earlier rule tbx:*[@type] and never the *[@target] rule (Schematron fires the first matching rule). Its
  // misplacement after <langSec> is a core-structure error, which the RNG reports.
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].pattern == "dialectEnforcement");
  CHECK(failures[0].context == "tbx:termNote/@type");
  CHECK(failures[0].line == 8);
  auto rng = test::run("xmllint --noout --relaxng " + test::shared_path("tbx/TBXcoreStructV03.rng") + " " +
                       test::shared_path("tbx/samples_v3_dca_ar_en_INVALID.tbx"));
  CHECK(rng.status != 0);
}

TEST_CASE("The Schematron runner catches each kind of data-category error", "[tbx][schematron]") {
  const std::string sch = test::shared_path("tbx/DCA/TBX-Basic_DCA.sch");
  std::string valid = test::read_file(test::shared_path("tbx/samples_v3_dca_ar_en_valid.tbx"));
  using Row = std::pair<std::string, std::string>;  // replacement of "<termNote type=\"termType\">acronym", rule
  auto [replacement, context] = GENERATE(table<std::string, std::string>({
      Row{"<termNote type=\"termType\">initialism", "tbx:termNote[@type='termType']"},
      Row{"<termNote type=\"administrativeStatus\">approved", "tbx:termNote[@type='administrativeStatus']"},
      Row{"<termNote type=\"partOfSpeech\">properNoun", "tbx:termNote[@type='partOfSpeech']"},
      Row{"<descrip type=\"\">acronym", "tbx:*[@type]"},
      Row{"<descrip type=\"subjectField\">acronym", "tbx:descrip[@type='subjectField']"},
      Row{"<descrip type=\"definition\">acronym", "tbx:descrip[@type='definition']"},
  }));
  std::string xml = valid;
  std::string from = "<termNote type=\"termType\">acronym</termNote>";
  std::string to = replacement + (replacement.starts_with("<termNote") ? "</termNote>" : "</descrip>");
  xml.replace(xml.find(from), from.size(), to);
  test::TempFile file("bad.tbx", xml);
  auto failures = test::run_schematron(sch, file.path());
  INFO(test::describe(failures));
  CHECK(std::any_of(failures.begin(), failures.end(), [&](const auto& f) { return f.context == context; }));
}

TEST_CASE("The TBX-Basic Astronomy examples read the same in DCA and DCT style", "[tbx]") {
  auto count = [](const std::string& path) {
    std::size_t concepts = 0, terms = 0;
    for (const auto& c : read_path(path)) {
      ++concepts;
      terms += c.terms.size();
      for (const auto& t : c.terms) CHECK(t.text.find_first_of("\n\t") == std::string::npos);
    }
    return std::pair{concepts, terms};
  };
  auto dca = count(test::shared_path("tbx/DCA/Example_Astronomy_DCA_VALID.tbx"));
  CHECK(dca == std::pair<std::size_t, std::size_t>{45, 113});
  CHECK(count(test::shared_path("tbx/DCT/Example_Astronomy_DCT_VALID.tbx")) == dca);
  auto concepts = read_path(test::shared_path("tbx/DCA/Example_Astronomy_DCA_VALID.tbx"));
  CHECK(concepts[0].terms[0].text == "open cluster");
  CHECK(concepts[0].terms[0].status == TermStatus::Approved);
  CHECK(concepts[0].terms[0].origin == "http://seds.org/MESSIER/open.html");
  require_valid_v3(write_tbx(concepts, TbxVersion::V3));  // a third-party file survives our export validly
}

TEST_CASE("A TBX written by translate-toolkit imports", "[tbx][translate-toolkit]") {
  test::TempFile out("tt.tbx", "");
  std::string script =
      "import sys\n"
      "from translate.storage import tbx\n"
      "store = tbx.tbxfile()\n"
      "u = store.addsourceunit('nuclear warhead')\n"
      "u.target = 'رأس حربي نووي'\n"
      "store.setsourcelanguage('en')\n"
      "store.settargetlanguage('ar')\n"
      "open(sys.argv[1], 'wb').write(bytes(store))\n";
  test::TempFile py("write_tbx.py", script);
  auto result = test::run("/usr/bin/python3 " + py.path() + " " + out.path());
  INFO(result.output);
  REQUIRE(result.status == 0);
  auto concepts = read_path(out.path());
  INFO(test::read_file(out.path()));
  REQUIRE(concepts.size() == 1);
  REQUIRE(concepts[0].terms.size() == 2);
  CHECK(concepts[0].terms[0].text == "nuclear warhead");
  CHECK(concepts[0].terms[1].text == "رأس حربي نووي");
}

TEST_CASE("translate-toolkit reads every term pair of the TBX v2 export", "[tbx][translate-toolkit]") {
  auto concepts = sample_concepts();
  concepts.pop_back();
  test::TempFile file("v2.tbx", write_tbx(concepts, TbxVersion::V2));
  std::string script =
      "import sys\n"
      "from translate.storage import tbx\n"
      "store = tbx.tbxfile.parsefile(sys.argv[1])\n"
      "for u in store.units:\n"
      "    print(u.source + '\\t' + (u.target or ''))\n";
  test::TempFile py("read_tbx.py", script);
  auto result = test::run("/usr/bin/python3 " + py.path() + " " + file.path());
  INFO(result.output);
  REQUIRE(result.status == 0);
  // translate-toolkit takes the first term of the file's language (en) as source, the first term of the other
  // language as target: one unit per concept.
  CHECK(result.output == "New START\tمعاهدة ستارت الجديدة\nICBM\tالصواريخ الباليستية العابرة للقارات\n");
}

TEST_CASE("TBX reader: bad input is an Error(Input) with file and line, never the entity's content", "[tbx]") {
  static const test::TempFile secret("secret.ent", "<!ENTITY y \"SECRET-CONTENT\">");
  const std::string secret_path = secret.path();
  const std::string head = "<?xml version=\"1.0\"?>\n";
  const std::string body_open =
      "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
      "<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n";
  std::string fixture = test::read_file(test::source_path("tests/fixtures/formats/statuses_ar_en_v3.tbx"));
  using Row = std::tuple<std::string, std::string, std::size_t, std::string>;
  auto [label, xml, line, message] = GENERATE_COPY(table<std::string, std::string, std::size_t, std::string>({
      Row{"external entity", head + "<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + body_open +
                                 "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>&x;</term>"
                                 "</termSec></langSec></conceptEntry>\n</body></text></tbx>\n",
          6, "entity"},
      Row{"external parameter entity", head + "<!DOCTYPE tbx [<!ENTITY % p SYSTEM \"file://" + secret_path +
                                           "\"> %p;]>\n" + body_open +
                                           "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>&y;</term>"
                                           "</termSec></langSec></conceptEntry>\n</body></text></tbx>\n",
          6, "y"},
      Row{"truncated", fixture.substr(0, fixture.size() / 2), 20, "malformed XML"},
      Row{"not TBX", head + "<html><body/></html>\n", 2, "not a TBX file"},
      Row{"term without text", head + body_open +
                                   "<conceptEntry id=\"a\"><langSec xml:lang=\"en\">\n<termSec><termNote "
                                   "type=\"termType\">acronym</termNote></termSec></langSec></conceptEntry>\n"
                                   "</body></text></tbx>\n",
          6, "no <term>"},
      Row{"language section without xml:lang", head + body_open +
                                                   "<conceptEntry id=\"a\">\n<langSec><termSec><term>x</term>"
                                                   "</termSec></langSec></conceptEntry>\n</body></text></tbx>\n",
          6, "xml:lang"},
      Row{"empty", "", 1, ""},
  }));
  INFO(label);
  try {
    read_string(xml, "bad.tbx");
    FAIL("no error for " << label);
  } catch (const Error& e) {
    INFO(e.what());
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == "bad.tbx");
    if (label == "truncated") {
      CHECK(e.where().line == static_cast<std::size_t>(std::count(xml.begin(), xml.end(), '\n')) + 1);
      CHECK(e.where().line >= line);
    } else {
      CHECK(e.where().line == line);
    }
    CHECK_THAT(e.message(), Catch::Contains(message));
    CHECK_THAT(std::string(e.what()), !Catch::Contains("root:") && !Catch::Contains("SECRET-CONTENT"));
  }
}

TEST_CASE("TBX reader accepts a DOCTYPE (never loaded), other encodings, CRLF and a BOM", "[tbx]") {
  const std::string entry =
      "<martif type=\"TBX\" xml:lang=\"de\"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc>"
      "</martifHeader><text><body><termEntry><langSet xml:lang=\"de\"><tig><term>Abr\xC3\xBCstung</term></tig>"
      "</langSet><langSet xml:lang=\"fr\"><tig><term>d\xC3\xA9sarmement</term></tig></langSet></termEntry>"
      "</body></text></martif>\r\n";
  using Row = std::pair<std::string, std::string>;
  auto [label, xml] = GENERATE_COPY(table<std::string, std::string>({
      Row{"DOCTYPE with an unreachable DTD", "<?xml version=\"1.0\"?>\r\n<!DOCTYPE martif SYSTEM "
                                             "\"http://tbx.invalid/TBXcoreStructV02.dtd\">\r\n" + entry},
      Row{"BOM", "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + entry},
      Row{"ISO-8859-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" +
                            std::regex_replace(std::regex_replace(entry, std::regex("\xC3\xBC"), "\xFC"),
                                               std::regex("\xC3\xA9"), "\xE9")},
  }));
  INFO(label);
  auto concepts = read_string(xml);
  REQUIRE(concepts.size() == 1);
  REQUIRE(concepts[0].terms.size() == 2);
  CHECK(concepts[0].terms[0].text == "Abrüstung");
  CHECK(concepts[0].terms[1].text == "désarmement");
}

TEST_CASE("TBX writer refuses text XML cannot hold, naming the concept", "[tbx]") {
  Concept c;
  c.id = 42;
  c.terms = {term("en", std::string("form\x0c" "feed"), TermStatus::Approved)};
  std::ostringstream out;
  TbxWriter writer(out, TbxVersion::V3, TbxInfo{"en"});
  CHECK_THROWS_WITH(writer.write(c), Catch::Contains("concept c42") && Catch::Contains("U+000C"));
  c.terms = {term("Arabic script", "x", TermStatus::Approved)};
  CHECK_THROWS_WITH(writer.write(c), Catch::Contains("concept c42") && Catch::Contains("'Arabic script'"));
}
