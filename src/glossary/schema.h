// The glossary's SQLite schema and its migrations.
//
// PRAGMA application_id = kApplicationId marks a termalign glossary; PRAGMA user_version is the schema version.
// migrations()[i] turns version i into version i + 1 (version 0 = empty database), so opening an older glossary
// upgrades it in one transaction and a new file is built by running them all.
#pragma once

#include <cstdint>
#include <vector>

#include "glossary/sqlite.h"

namespace termalign::glossary {

inline constexpr std::int32_t kApplicationId = 0x54414c47;  // "TALG"
inline constexpr int kSchemaVersion = 1;

const std::vector<const char*>& migrations();

// The statement creating the trigger that indexes a new term in term_fts (dropped and recreated by a bulk load).
const char* fts_insert_trigger_sql();

// Checks that `db` is a termalign glossary (or an empty database, which becomes one unless read_only) and
// upgrades older schemas. Error(Input) naming the file otherwise.
void prepare_schema(const sql::Database& db, bool read_only);

}  // namespace termalign::glossary
