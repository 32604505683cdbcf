// Bilingual dictionaries as lists of (source phrase, target phrase) entries, as written in the dictionary.
//
// Readers:
//   read_dictd(index, dict, name)  a dictd database (Debian's FreeDict packages: .index + .dict or .dict.dz;
//                                  dictzip is gzip-compatible and is inflated in memory). The index lines are
//                                  "headword TAB base64-offset TAB base64-length"; the entry at that place is a
//                                  headword line (with /IPA/ and <grammar>), then translations: numbered lines
//                                  "1. x, y" when present, else the first line; other lines (definitions in
//                                  the source language, notes) are ignored. 00database* entries are skipped.
//   read_tsv(in, name)             "source TAB target" per line; '#' comments and blank lines skipped; a line
//                                  without a TAB is Error(Input) naming the file and line.
//   load_dictionary(path)          by extension: .index (the .dict.dz or .dict beside it) or anything else = TSV.
//   packaged_dictionary(s, t)      /usr/share/dictd/freedict-<s3>-<t3> forward plus freedict-<t3>-<s3> reversed,
//                                  whichever are installed (empty when none); loaded once per process and
//                                  shared (thread-safe). $TERMALIGN_DICTD_DIR overrides /usr/share/dictd.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "text/lang.h"

namespace termalign::lexicon {

struct Entry {
  std::string source;  // headword or phrase, as written
  std::string target;  // one translation, as written (grammar notes and parentheses removed)
};

struct Dictionary {
  std::string name;            // where it came from, for messages
  std::vector<Entry> entries;  // in file order, may repeat a source with several targets
};

Dictionary read_dictd(std::istream& index, std::istream& dict, const std::string& name);
Dictionary read_tsv(std::istream& in, const std::string& name);

// Throws Error(Usage) when the path does not exist, Error(Input) when it cannot be parsed.
Dictionary load_dictionary(const std::string& path);

// The entries with source and target swapped.
Dictionary reversed(const Dictionary& dictionary);

std::shared_ptr<const Dictionary> packaged_dictionary(const text::Language& src, const text::Language& tgt);

// Directory searched by packaged_dictionary().
std::string dictd_dir();

}  // namespace termalign::lexicon
