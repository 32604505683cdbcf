#include "formats/status_names.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace termalign::formats::detail {
namespace {

using glossary::TermStatus;

constexpr std::array<std::pair<TermStatus, std::string_view>, 5> kNames{{
    {TermStatus::Candidate, "candidate"},
    {TermStatus::Approved, "approved"},
    {TermStatus::Admitted, "admitted"},
    {TermStatus::Rejected, "rejected"},
    {TermStatus::Deprecated, "deprecated"},
}};

}  // namespace

std::string_view status_name(TermStatus status) {
  for (const auto& [s, name] : kNames) {
    if (s == status) return name;
  }
  return "candidate";
}

std::optional<TermStatus> status_from_name(std::string_view name) {
  std::string lowered;
  for (char c : name) lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [s, n] : kNames) {
    if (n == lowered) return s;
  }
  if (lowered == "preferred") return TermStatus::Approved;
  if (lowered == "forbidden") return TermStatus::Deprecated;
  return std::nullopt;
}

std::string_view admin_status_value(TermStatus status) {
  switch (status) {
    case TermStatus::Approved: return "preferredTerm-admn-sts";
    case TermStatus::Admitted: return "admittedTerm-admn-sts";
    case TermStatus::Deprecated: return "deprecatedTerm-admn-sts";
    case TermStatus::Candidate:
    case TermStatus::Rejected: return "";
  }
  return "";
}

std::optional<TermStatus> status_from_admin_value(std::string_view value) {
  if (value == "preferredTerm-admn-sts") return TermStatus::Approved;
  if (value == "admittedTerm-admn-sts") return TermStatus::Admitted;
  if (value == "deprecatedTerm-admn-sts" || value == "supersededTerm-admn-sts") return TermStatus::Deprecated;
  return std::nullopt;
}

}  // namespace termalign::formats::detail
