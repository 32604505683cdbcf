// Paths tests need: the shared evaluation data, the source tree, the build tree (for the termalign binary).
#pragma once

#include <string>

namespace termalign::test {

inline std::string shared_path(const std::string& relative) { return std::string(TERMALIGN_SHARED_DIR) + "/" + relative; }
inline std::string source_path(const std::string& relative) { return std::string(TERMALIGN_SOURCE_DIR) + "/" + relative; }
inline std::string binary_path(const std::string& relative) { return std::string(TERMALIGN_BINARY_DIR) + "/" + relative; }

}  // namespace termalign::test
