// Status names of the glossary data model (model.h).
#include "glossary/model.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "base/error.h"

namespace termalign::glossary {

std::string_view to_string(TermStatus status) {
  switch (status) {
    case TermStatus::Candidate: return "candidate";
    case TermStatus::Approved: return "approved";
    case TermStatus::Admitted: return "admitted";
    case TermStatus::Rejected: return "rejected";
    case TermStatus::Deprecated: return "deprecated";
  }
  return "candidate";
}

TermStatus parse_status(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, TermStatus>, 7> kNames{{
      {"candidate", TermStatus::Candidate},
      {"approved", TermStatus::Approved},
      {"preferred", TermStatus::Approved},
      {"admitted", TermStatus::Admitted},
      {"rejected", TermStatus::Rejected},
      {"deprecated", TermStatus::Deprecated},
      {"forbidden", TermStatus::Deprecated},
  }};
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [key, status] : kNames) {
    if (lower == key) return status;
  }
  throw_usage("unknown term status '" + std::string(name) +
              "' (expected candidate, approved, admitted, rejected or deprecated)");
}

}  // namespace termalign::glossary
