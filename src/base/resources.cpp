#include "base/resources.h"

#include <cstdlib>
#include <filesystem>

#include "base/error.h"

namespace termalign {

std::string data_dir() {
  if (const char* env = std::getenv("TERMALIGN_DATA"); env && *env) {
    if (!std::filesystem::is_directory(env)) throw_input("TERMALIGN_DATA is not a directory", {env});
    return env;
  }
  std::string built_in = TERMALIGN_DATA_DIR;
  if (!std::filesystem::is_directory(built_in)) {
    throw_input("resource directory not found (set TERMALIGN_DATA to termalign's data/ folder)", {built_in});
  }
  return built_in;
}

std::optional<std::string> find_resource(const std::string& relative) {
  std::filesystem::path p = std::filesystem::path(data_dir()) / relative;
  if (std::filesystem::is_regular_file(p)) return p.string();
  return std::nullopt;
}

}  // namespace termalign
