// Internal to src/formats: TermStatus names and their TBX administrativeStatus values, kept here so the
// formats library does not depend on the SQLite store library (glossary::to_string/parse_status live there).
#pragma once

#include <optional>
#include <string_view>

#include "glossary/model.h"

namespace termalign::formats::detail {

// "candidate", "approved", "admitted", "rejected", "deprecated".
std::string_view status_name(glossary::TermStatus status);
// The names above, case-insensitive, plus "preferred" (= approved) and "forbidden" (= deprecated).
std::optional<glossary::TermStatus> status_from_name(std::string_view name);
// preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts; "" for Candidate and Rejected.
std::string_view admin_status_value(glossary::TermStatus status);
// The inverse; supersededTerm-admn-sts → Deprecated; nullopt for anything else.
std::optional<glossary::TermStatus> status_from_admin_value(std::string_view value);

}  // namespace termalign::formats::detail
