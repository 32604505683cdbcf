// Test glossaries: tests/fixtures/check/*.glossary.tsv ("concept<TAB>lang<TAB>status<TAB>term[<TAB>case]",
// '#' comment lines) read into glossary concepts, so the rules can be tested without the SQLite store.
#pragma once

#include <string>
#include <vector>

#include "check/segment_pair.h"
#include "glossary/model.h"

namespace termalign::test {

glossary::Term make_term(const std::string& lang, const std::string& text, glossary::TermStatus status);

std::vector<glossary::Concept> read_fixture_glossary(const std::string& path);

// The pairs of two line-aligned fixture files under tests/fixtures/check/.
std::vector<check::SegmentPair> read_fixture_pairs(const std::string& src_file, const std::string& tgt_file);

}  // namespace termalign::test
