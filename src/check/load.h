// Getting the check's inputs from the user's files: the glossary (termalign SQLite store, or a TBX/CSV/TSV file
// read directly) and the segment pairs (two plain texts segmented and aligned, two one-sentence-per-line files
// aligned, two line-aligned files, or one TMX/XLIFF bitext).
//
//   mode           the texts are ...                               pairs come from
//   Raw            running text, paragraphs separated by blank      text::Segmenter, then align::align_pair
//                  lines (the default of `termalign check`)
//   Presegmented   one sentence per line                           align::align_pair
//   Aligned        one segment per line, line i ↔ line i           the lines themselves (same count required)
#pragma once

#include <string>
#include <vector>

#include "align/aligner.h"
#include "check/segment_pair.h"
#include "glossary/model.h"
#include "text/lang.h"

namespace termalign::formats {
struct Bitext;
}

namespace termalign::check {

enum class InputMode { Raw, Presegmented, Aligned };

struct LoadOptions {
  InputMode mode = InputMode::Raw;  // see the table above
  align::AlignOptions align;        // for Raw and Presegmented (dictionary "auto" = packaged FreeDict)
};

// Reads two documents and pairs their segments. Errors: Error(Input) naming the file (unreadable, invalid
// UTF-8 with line and column, different line counts with --aligned).
std::vector<SegmentPair> load_document_pairs(const std::string& src_path, const std::string& tgt_path,
                                             const text::Language& src, const text::Language& tgt,
                                             const LoadOptions& options = {});

// One pair per bitext segment, keeping its id and line (both sides point at the segment's element line).
std::vector<SegmentPair> pairs_from_bitext(const formats::Bitext& bitext);

// Reads a TMX / XLIFF file with formats::read_bitext_file ("-" = standard input). A file whose first
// non-blank character (after a BOM) is not '<' is Error(Input) "not a TMX or XLIFF file", so that a plain text
// given alone is not reported as malformed XML.
formats::Bitext read_bitext_input(const std::string& path);

// The primary language subtag of a BCP 47 tag, lower case: "en-US" → "en", "AR_EG" → "ar".
std::string primary_language(const std::string& tag);

// The concepts of a glossary, keeping only terms in `src` or `tgt` (concepts left with none are dropped).
// `path` ending in .tbx / .csv / .tsv is read with src/formats; anything else is opened as a termalign SQLite
// glossary, read-only (a missing file or a non-glossary file is Error(Input) naming it).
std::vector<glossary::Concept> load_glossary(const std::string& path, const std::string& src,
                                             const std::string& tgt);

}  // namespace termalign::check
