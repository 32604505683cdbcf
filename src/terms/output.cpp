#include <iomanip>
#include <ostream>

#include <nlohmann/json.hpp>

#include "terms/extract.h"

namespace termalign::terms {
namespace {

std::string tsv_cell(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

void write_tsv(std::ostream& out, const std::vector<TermPair>& pairs) {
  out << "source\ttarget\tscore\tcount\n";
  for (const TermPair& p : pairs) {
    out << tsv_cell(p.source) << '\t' << tsv_cell(p.target) << '\t' << std::fixed << std::setprecision(3) << p.score
        << '\t' << p.count << '\n';
  }
}

void write_json(std::ostream& out, const std::vector<TermPair>& pairs) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const TermPair& p : pairs) {
    nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
    for (const glossary::Evidence& e : p.evidence) {
      evidence.push_back({{"document", e.document}, {"src_line", e.src_line}, {"tgt_line", e.tgt_line},
                          {"src", e.src_sentence}, {"tgt", e.tgt_sentence}});
    }
    array.push_back({{"source", p.source}, {"target", p.target}, {"score", std::round(p.score * 1000) / 1000},
                     {"count", p.count}, {"evidence", std::move(evidence)}});
  }
  out << array.dump(2) << '\n';
}

}  // namespace termalign::terms
