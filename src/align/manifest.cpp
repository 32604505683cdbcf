// Batch manifest reader (see manifest.h).
#include "align/manifest.h"

#include <filesystem>

#include "base/error.h"
#include "text/reader.h"

namespace termalign::align {

std::vector<DocumentFiles> read_manifest(const std::string& path) {
  std::vector<std::string> lines = text::read_lines_file(path);
  std::filesystem::path base = std::filesystem::path(path).parent_path();
  auto resolve = [&](const std::string& p) {
    return std::filesystem::path(p).is_absolute() ? p : (base / p).string();
  };
  std::vector<DocumentFiles> out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].empty() || lines[k][0] == '#') continue;
    std::vector<std::string> cols;
    std::size_t pos = 0;
    for (std::size_t tab; (tab = lines[k].find('\t', pos)) != std::string::npos; pos = tab + 1)
      cols.push_back(lines[k].substr(pos, tab - pos));
    cols.push_back(lines[k].substr(pos));
    if (cols.size() < 2 || cols.size() > 3 || cols[0].empty() || cols[1].empty())
      throw_input("manifest line is not 'SRC TAB TGT [TAB NAME]'", {path, k + 1});
    std::string name = cols.size() == 3 && !cols[2].empty() ? cols[2] : std::filesystem::path(cols[0]).stem().string();
    out.push_back({resolve(cols[0]), resolve(cols[1]), name});
  }
  if (out.empty()) throw_input("manifest lists no document pair", {path});
  return out;
}

}  // namespace termalign::align
