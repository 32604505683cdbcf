// check_bench_glossary TSV DB: stores a glossary written as "concept<TAB>lang<TAB>status<TAB>term" lines
// (tools/bench_check_gen.py) into a new termalign SQLite glossary, in one transaction. For tools/bench_check.sh.
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "base/error.h"
#include "glossary/store.h"
#include "text/reader.h"

using namespace termalign;

namespace {

void store_all(const std::string& tsv, const std::string& db) {
  std::filesystem::remove(db);
  glossary::Store store = glossary::Store::open(db);
  glossary::Store::Transaction tx = store.transaction();
  glossary::Concept current;
  std::string current_id;
  auto flush = [&] {
    if (!current.terms.empty()) store.add_concept(current);
    current = {};
  };
  std::size_t line_no = 0;
  for (const std::string& line : text::read_lines_file(tsv)) {
    ++line_no;
    std::vector<std::string> f;
    std::stringstream in(line);
    for (std::string field; std::getline(in, field, '\t');) f.push_back(field);
    if (f.size() != 4) throw_input("expected 4 TAB-separated fields", {tsv, line_no});
    if (f[0] != current_id) flush();
    current_id = f[0];
    glossary::Term term;
    term.lang = f[1];
    term.status = glossary::parse_status(f[2]);
    term.text = f[3];
    current.terms.push_back(std::move(term));
  }
  flush();
  tx.commit();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: check_bench_glossary GLOSSARY.tsv OUT.db\n");
    return kExitUsage;
  }
  try {
    store_all(argv[1], argv[2]);
  } catch (const Error& e) {
    std::fprintf(stderr, "check_bench_glossary: %s\n", e.what());
    return kExitInput;
  }
  return kExitOk;
}
