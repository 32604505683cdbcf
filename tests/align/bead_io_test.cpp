// Bead formats: reading vecalign's bead files (and their errors) and the exact text of every writer.
#include <catch2/catch.hpp>

#include <sstream>

#include "align/bead_io.h"
#include "base/error.h"

using namespace termalign;
using namespace termalign::align;

namespace {
const Alignment kBeads = {{{0}, {0, 1}, 0.9}, {{1, 2}, {2}, 0.75}, {{3}, {}, 0.0}, {{}, {3}, 0.0}};
const std::vector<std::string> kSrc = {"A.", "B.", "C\twith tab.", "D."};
const std::vector<std::string> kTgt = {"a.", "b.", "c \"quoted\".", "e."};

std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> sides(const Alignment& a) {
  std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> out;
  for (const Bead& b : a) out.emplace_back(b.src, b.tgt);
  return out;
}
}  // namespace

TEST_CASE("read_beads accepts vecalign's spellings") {
  auto [text, n_beads, confidence] = GENERATE(table<std::string, std::size_t, double>({
      {"[0]:[0, 1]\n[1, 2]:[2]\n[3]:[]\n[]:[3]\n", 4, 0.0},
      {"[0]:[0,1]\n[1,2]:[2]\n[3]:[]\n[]:[3]\n", 4, 0.0},
      {"[0]:[0, 1]\t0.9\n[1, 2]:[2]\t0.9\n\n[3]:[]\t0.9\n[]:[3]\t0.9\n", 4, 0.9},
  }));
  std::istringstream in(text);
  Alignment got = read_beads(in, "x.beads");
  REQUIRE(got.size() == n_beads);
  CHECK(sides(got) == sides(kBeads));
  CHECK(got[0].confidence == Approx(confidence));
}

TEST_CASE("read_beads names the file and line of a malformed bead") {
  auto line = GENERATE(as<std::string>{}, "[0]-[1]", "[a]:[1]", "[0]:[1", "0:1", "[0]:[1]\tnot-a-number");
  std::istringstream in("[0]:[0]\n" + line + "\n");
  try {
    read_beads(in, "bad.beads");
    FAIL("no error for " << line);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().file == "bad.beads");
    CHECK(e.where().line == 2);
  }
}

TEST_CASE("writers: beads, ladder, tsv and jsonl, exact text") {
  std::ostringstream beads, bare, ladder, tsv, jsonl;
  write_beads(beads, kBeads, true);
  write_beads(bare, kBeads, false);
  write_ladder(ladder, kBeads);
  write_tsv(tsv, kBeads, kSrc, kTgt);
  write_jsonl(jsonl, kBeads, kSrc, kTgt);
  CHECK(beads.str() == "[0]:[0, 1]\t0.900\n[1, 2]:[2]\t0.750\n[3]:[]\t0.000\n[]:[3]\t0.000\n");
  CHECK(bare.str() == "[0]:[0, 1]\n[1, 2]:[2]\n[3]:[]\n[]:[3]\n");
  CHECK(ladder.str() == "0\t0\t0.900\n1\t2\t0.750\n3\t3\t0.000\n4\t3\t0.000\n4\t4\t0\n");
  CHECK(tsv.str() ==
        "A.\ta. b.\t0.900\nB. C with tab.\tc \"quoted\".\t0.750\nD.\t\t0.000\n\te.\t0.000\n");
  CHECK(jsonl.str() ==
        "{\"src\":[0],\"tgt\":[0,1],\"src_text\":\"A.\",\"tgt_text\":\"a. b.\",\"confidence\":0.9}\n"
        "{\"src\":[1,2],\"tgt\":[2],\"src_text\":\"B. C\\twith tab.\",\"tgt_text\":\"c \\\"quoted\\\".\","
        "\"confidence\":0.75}\n"
        "{\"src\":[3],\"tgt\":[],\"src_text\":\"D.\",\"tgt_text\":\"\",\"confidence\":0.0}\n"
        "{\"src\":[],\"tgt\":[3],\"src_text\":\"\",\"tgt_text\":\"e.\",\"confidence\":0.0}\n");
}

TEST_CASE("written beads read back identically") {
  std::ostringstream out;
  write_beads(out, kBeads, true);
  std::istringstream in(out.str());
  Alignment back = read_beads(in, "round-trip");
  CHECK(sides(back) == sides(kBeads));
  CHECK(back[1].confidence == Approx(0.75));
}
