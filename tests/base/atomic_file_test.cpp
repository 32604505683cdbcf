#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/atomic_file.h"
#include "base/error.h"

using namespace termalign;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
fs::path scratch_dir() {
  fs::path dir = fs::temp_directory_path() / ("termalign-atomic-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}
std::size_t files_in(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("AtomicOutput replaces the target only on commit") {
  fs::path dir = scratch_dir();
  fs::path target = dir / "out.txt";
  { std::ofstream(target) << "old"; }
  {
    AtomicOutput out(target.string());
    out.stream() << "new content";
    CHECK(slurp(target) == "old");  // not visible before commit
    out.commit();
  }
  CHECK(slurp(target) == "new content");
  CHECK(files_in(dir) == 1);  // no temporary left behind
  fs::remove_all(dir);
}

TEST_CASE("AtomicOutput leaves the target untouched when the writer fails") {
  fs::path dir = scratch_dir();
  fs::path target = dir / "out.txt";
  { std::ofstream(target) << "old"; }
  try {
    AtomicOutput out(target.string());
    out.stream() << "half";
    throw std::runtime_error("writer failed");
  } catch (const std::runtime_error&) {
  }
  CHECK(slurp(target) == "old");
  CHECK(files_in(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("AtomicOutput and InputFile report unusable paths as input errors") {
  CHECK_THROWS_AS(AtomicOutput("/nonexistent-dir/x/out.txt"), Error);
  CHECK_THROWS_WITH(InputFile("/nonexistent-file.txt"), Catch::Contains("no such file"));
  CHECK_THROWS_WITH(InputFile("/tmp"), Catch::Contains("is a directory"));
}
