// Locale-aware ordering inside SQLite: a Boost.Locale (ICU backend) collator registered as an SQLite collation.
//
// register_collation(db, "ar") makes `ORDER BY x COLLATE termalign_ar` sort by the Arabic collation (tertiary
// strength), so listings and exports stream sorted rows without loading the glossary.
// The collation is per connection and never used in an index, so the file stays
// writable by any SQLite tool. Language tags are lower case letters, digits and '-'; others → Error(Usage).
#pragma once

#include <string>
#include <string_view>

#include "glossary/sqlite.h"

namespace termalign::glossary {

// Returns the collation's name ("termalign_ar"; '-' becomes '_').
std::string register_collation(const sql::Database& db, std::string_view lang);

}  // namespace termalign::glossary
