#include "fixture_glossary.h"

#include <map>
#include <sstream>

#include "base/error.h"
#include "test_paths.h"
#include "text/reader.h"

namespace termalign::test {
namespace {

glossary::TermStatus status_of(const std::string& s) {
  if (s == "approved") return glossary::TermStatus::Approved;
  if (s == "admitted") return glossary::TermStatus::Admitted;
  if (s == "deprecated") return glossary::TermStatus::Deprecated;
  if (s == "rejected") return glossary::TermStatus::Rejected;
  return glossary::TermStatus::Candidate;
}

}  // namespace

glossary::Term make_term(const std::string& lang, const std::string& text, glossary::TermStatus status) {
  glossary::Term t;
  t.lang = lang;
  t.text = text;
  t.status = status;
  return t;
}

std::vector<glossary::Concept> read_fixture_glossary(const std::string& path) {
  std::map<long, glossary::Concept> concepts;
  for (const std::string& line : text::read_lines_file(path)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream in(line);
    for (std::string field; std::getline(in, field, '\t');) f.push_back(field);
    if (f.size() < 4) throw_input("bad fixture line: " + line, {path});
    long id = std::stol(f[0]);
    glossary::Concept& c = concepts[id];
    c.id = id;
    glossary::Term t;
    t.lang = f[1];
    t.status = status_of(f[2]);
    t.text = f[3];
    t.case_sensitive = f.size() > 4 && f[4] == "case";
    c.terms.push_back(std::move(t));
  }
  std::vector<glossary::Concept> out;
  for (auto& [id, c] : concepts) out.push_back(std::move(c));
  return out;
}

std::vector<check::SegmentPair> read_fixture_pairs(const std::string& src_file, const std::string& tgt_file) {
  std::string src = source_path("tests/fixtures/check/" + src_file);
  std::string tgt = source_path("tests/fixtures/check/" + tgt_file);
  return check::pairs_from_lines(text::read_lines_file(src), text::read_lines_file(tgt), src, tgt);
}

}  // namespace termalign::test
