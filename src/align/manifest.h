// Batch manifests for `align --batch`, `extract --batch` and `build --batch`: one document pair per line,
// "SRC TAB TGT [TAB NAME]", '#' comments and blank lines skipped. Relative paths are relative to the
// manifest's folder; NAME defaults to the source file's stem.
// Errors: Error(Input) naming the manifest and the line for a malformed line, and for a manifest listing no pair.
#pragma once

#include <string>
#include <vector>

namespace termalign::align {

struct DocumentFiles {
  std::string src;   // source document path ("-" = standard input)
  std::string tgt;   // target document path
  std::string name;  // document name (output file stem, evidence); default: the source path or its stem
};

std::vector<DocumentFiles> read_manifest(const std::string& path);

}  // namespace termalign::align
