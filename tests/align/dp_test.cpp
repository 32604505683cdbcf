// The banded DP on hand-made documents where the right alignment is known: lengths alone, lexical evidence
// deciding between equal lengths, empty sides, and an offset far outside the initial band.
#include <catch2/catch.hpp>

#include <cstdint>

#include "sides.h"
#include "align/dp.h"

using namespace termalign::align;
using termalign::test::Sides;
using termalign::test::sides;
using termalign::test::str;

namespace {

// A DocView from lengths and one lexical id per sentence (0 = no items).
DocView make_view(const std::vector<std::uint32_t>& src_len, const std::vector<std::uint32_t>& tgt_len,
                  const std::vector<std::uint64_t>& src_id = {}, const std::vector<std::uint64_t>& tgt_id = {}) {
  DocView v;
  v.src_len = src_len;
  v.tgt_len = tgt_len;
  auto fill = [](std::size_t n, const std::vector<std::uint64_t>& ids, std::vector<std::uint32_t>& items,
                 std::vector<std::vector<std::uint64_t>>& match) {
    for (std::size_t k = 0; k < n; ++k) {
      std::uint64_t id = k < ids.size() ? ids[k] : 0;
      items.push_back(id ? 1 : 0);
      match.push_back(id ? std::vector<std::uint64_t>{id} : std::vector<std::uint64_t>{});
    }
  };
  fill(src_len.size(), src_id, v.src_items, v.src_match);
  fill(tgt_len.size(), tgt_id, v.tgt_items, v.tgt_match);
  v.build_index();
  return v;
}

void check_cover(const Alignment& a, std::size_t n, std::size_t m) {
  std::size_t i = 0, j = 0;
  for (const Bead& b : a) {
    REQUIRE(!(b.src.empty() && b.tgt.empty()));
    for (std::size_t s : b.src) REQUIRE(s == i++);
    for (std::size_t t : b.tgt) REQUIRE(t == j++);
    REQUIRE(b.confidence >= 0.0);
    REQUIRE(b.confidence <= 1.0);
  }
  CHECK(i == n);
  CHECK(j == m);
}
}  // namespace

TEST_CASE("lengths alone find 1-1, 2-1 and 1-2 beads") {
  auto [src, tgt, expected] = GENERATE(table<std::vector<std::uint32_t>, std::vector<std::uint32_t>, Sides>({
      {{20, 40, 35, 50}, {20, 76, 50}, {{{0}, {0}}, {{1, 2}, {1}}, {{3}, {2}}}},
      {{60, 120, 45}, {61, 50, 70, 44}, {{{0}, {0}}, {{1}, {1, 2}}, {{2}, {3}}}},
      {{100, 30, 30, 30, 80}, {100, 91, 80}, {{{0}, {0}}, {{1, 2, 3}, {1}}, {{4}, {2}}}},
  }));
  DpParams p;
  Alignment got = banded_align(make_view(src, tgt), p);
  check_cover(got, src.size(), tgt.size());
  CHECK(str(sides(got)) == str(expected));
}

TEST_CASE("lexical matches decide between alignments of equal lengths") {
  // Three 30-character source sentences, two target ones: which source sentence has no translation?
  auto [src_ids, expected] = GENERATE(table<std::vector<std::uint64_t>, Sides>({
      {{7, 99, 8}, {{{0}, {0}}, {{1}, {}}, {{2}, {1}}}},
      {{98, 7, 8}, {{{0}, {}}, {{1}, {0}}, {{2}, {1}}}},
      {{7, 8, 97}, {{{0}, {0}}, {{1}, {1}}, {{2}, {}}}},
  }));
  DpParams p;
  Alignment got = banded_align(make_view({30, 30, 30}, {30, 30}, src_ids, {7, 8}), p);
  check_cover(got, 3, 2);
  CHECK(str(sides(got)) == str(expected));
}

TEST_CASE("an empty side gives deletions or insertions only") {
  DpParams p;
  CHECK(str(sides(banded_align(make_view({}, {10, 20}), p))) == str(Sides{{{}, {0}}, {{}, {1}}}));
  CHECK(str(sides(banded_align(make_view({10}, {}), p))) == str(Sides{{{0}, {}}}));
  CHECK(banded_align(make_view({}, {}), p).empty());
}

TEST_CASE("the band re-centres on a path far from the diagonal") {
  // 300 untranslated target sentences open the document, then 1200 1-1 pairs: the true path starts 300
  // sentences off the diagonal, ten times the initial band.
  constexpr std::size_t kPairs = 1200, kExtra = 300;
  std::vector<std::uint32_t> src_len, tgt_len;
  std::vector<std::uint64_t> src_id, tgt_id;
  std::uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, 20 + (seed >> 16) % 180; };
  for (std::size_t k = 0; k < kExtra; ++k) {
    tgt_len.push_back(next());
    tgt_id.push_back(1000000 + k);
  }
  for (std::size_t k = 0; k < kPairs; ++k) {
    std::uint32_t len = next();
    src_len.push_back(len);
    tgt_len.push_back(len + len / 10);
    src_id.push_back(k + 1);
    tgt_id.push_back(k + 1);
  }
  DpParams p;
  p.length.ratio = 1.1;
  Alignment got = banded_align(make_view(src_len, tgt_len, src_id, tgt_id), p);
  check_cover(got, kPairs, kPairs + kExtra);
  std::size_t correct = 0;
  for (const Bead& b : got) correct += b.src.size() == 1 && b.tgt.size() == 1 && b.tgt[0] == b.src[0] + kExtra;
  CHECK(correct == kPairs);
}

TEST_CASE("Gale-Church length cost grows with the length mismatch") {
  LengthModel m;
  CHECK(m.cost(100, 100) == Approx(0.0).margin(1e-9));
  CHECK(m.cost(100, 110) < m.cost(100, 130));
  CHECK(m.cost(100, 130) < m.cost(100, 200));
  CHECK(std::isfinite(m.cost(1, 100000)));
  m.ratio = 2.0;
  CHECK(m.cost(100, 200) == Approx(0.0).margin(1e-9));
}
