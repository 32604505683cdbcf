// Test helper: the bead sides of an alignment, and their text ("[0]:[0, 1] [2]:[]").
#pragma once

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "align/bead.h"

namespace termalign::test {

using Sides = std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>>;

inline Sides sides(const align::Alignment& a) {
  Sides out;
  for (const align::Bead& b : a) out.emplace_back(b.src, b.tgt);
  return out;
}

// "[0]:[0, 1] [2]:[]" for readable test failures.
inline std::string str(const Sides& s) {
  std::ostringstream out;
  auto list = [&out](const std::vector<std::size_t>& v) {
    out << '[';
    for (std::size_t k = 0; k < v.size(); ++k) out << (k ? ", " : "") << v[k];
    out << ']';
  };
  for (const auto& [a, b] : s) {
    list(a);
    out << ':';
    list(b);
    out << ' ';
  }
  return out.str();
}

}  // namespace termalign::test

