#include "align/bead_io.h"

#include <cmath>
#include <istream>
#include <ostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "text/reader.h"

namespace termalign::align {
namespace {

// Parses "[1, 2]" at `pos`, advancing past it; false when malformed.
bool parse_list(const std::string& s, std::size_t& pos, std::vector<std::size_t>& out) {
  auto skip = [&] { while (pos < s.size() && s[pos] == ' ') ++pos; };
  skip();
  if (pos >= s.size() || s[pos] != '[') return false;
  ++pos;
  skip();
  if (pos < s.size() && s[pos] == ']') return ++pos, true;
  for (;;) {
    skip();
    std::size_t start = pos;
    std::size_t value = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9' && pos - start < 12) value = value * 10 + static_cast<std::size_t>(s[pos++] - '0');
    if (pos == start) return false;
    out.push_back(value);
    skip();
    if (pos < s.size() && s[pos] == ',') { ++pos; continue; }
    if (pos < s.size() && s[pos] == ']') return ++pos, true;
    return false;
  }
}

std::string list(const std::vector<std::size_t>& ids) { return fmt::format("[{}]", fmt::join(ids, ", ")); }

}  // namespace

Alignment read_beads(std::istream& in, const std::string& name) {
  Alignment beads;
  std::vector<std::string> lines = text::read_lines(in, name);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string& line = lines[k];
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    Bead bead;
    std::size_t pos = 0;
    bool ok = parse_list(line, pos, bead.src) && pos < line.size() && line[pos] == ':' &&
              parse_list(line, ++pos, bead.tgt);
    if (ok && pos < line.size()) {
      std::size_t used = 0;
      try {
        bead.confidence = std::stod(line.substr(pos), &used);
      } catch (const std::exception&) {
        ok = false;
      }
      ok = ok && line.find_first_not_of(" \t", pos + used + (line[pos] == '\t')) == std::string::npos;
    }
    if (!ok) throw_input("not a bead line like '[0, 1]:[2]'", {name, k + 1});
    beads.push_back(std::move(bead));
  }
  return beads;
}

void write_beads(std::ostream& out, const Alignment& beads, bool with_confidence) {
  for (const Bead& b : beads) {
    out << list(b.src) << ':' << list(b.tgt);
    if (with_confidence) out << fmt::format("\t{:.3f}", b.confidence);
    out << '\n';
  }
}

void write_ladder(std::ostream& out, const Alignment& beads) {
  std::size_t i = 0, j = 0;
  for (const Bead& b : beads) {
    out << fmt::format("{}\t{}\t{:.3f}\n", i, j, b.confidence);
    i += b.src.size();
    j += b.tgt.size();
  }
  out << fmt::format("{}\t{}\t0\n", i, j);
}

std::string join_sentences(const std::vector<std::size_t>& ids, const std::vector<std::string>& sentences) {
  std::string joined;
  for (std::size_t id : ids) {
    if (!joined.empty()) joined += ' ';
    if (id < sentences.size()) joined += sentences[id];
  }
  return joined;
}

void write_tsv(std::ostream& out, const Alignment& beads, const std::vector<std::string>& src,
               const std::vector<std::string>& tgt) {
  auto clean = [](std::string s) {
    for (char& c : s) if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
  };
  for (const Bead& b : beads)
    out << clean(join_sentences(b.src, src)) << '\t' << clean(join_sentences(b.tgt, tgt))
        << fmt::format("\t{:.3f}\n", b.confidence);
}

void write_jsonl(std::ostream& out, const Alignment& beads, const std::vector<std::string>& src,
                 const std::vector<std::string>& tgt) {
  for (const Bead& b : beads) {
    nlohmann::ordered_json j;
    j["src"] = b.src;
    j["tgt"] = b.tgt;
    j["src_text"] = join_sentences(b.src, src);
    j["tgt_text"] = join_sentences(b.tgt, tgt);
    j["confidence"] = std::round(b.confidence * 1000) / 1000;
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

}  // namespace termalign::align
