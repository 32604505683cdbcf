// Files for the end-to-end tests of `termalign check`: glossary databases built with the store from the
// fixture glossaries, temporary texts, and TMX / XLIFF bitexts written from the line-aligned fixtures.
#pragma once

#include <string>
#include <vector>

namespace termalign::test {

// A fresh per-process temporary directory; `name` inside it.
std::string temp_path(const std::string& name);
// Writes `content` to temp_path(name) and returns the path.
std::string write_temp(const std::string& name, const std::string& content);

// Builds a termalign SQLite glossary at temp_path(name) from tests/fixtures/check/<glossary>.glossary.tsv
// (concept ids follow the fixture's ids).
std::string make_glossary_db(const std::string& glossary, const std::string& name);

// The lines of tests/fixtures/check/<file>.
std::vector<std::string> fixture_lines(const std::string& file);

// Bitext files from two line-aligned lists; unit ids are "u1", "u2"...; element i sits on line first_line + i.
enum class BitextKind { Tmx, Xliff12, Xliff20 };
std::string bitext_xml(BitextKind kind, const std::string& src_lang, const std::string& tgt_lang,
                       const std::vector<std::string>& src, const std::vector<std::string>& tgt);
inline constexpr std::size_t kBitextFirstLine = 4;  // the line of the first unit element in bitext_xml()

}  // namespace termalign::test
