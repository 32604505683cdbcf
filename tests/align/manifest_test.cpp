// Batch manifests: paths relative to the manifest, default names, comments, and errors with the line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "align/manifest.h"
#include "base/error.h"

using namespace termalign;

namespace {

std::string write_manifest(const std::string& name, const std::string& content) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "termalign-manifest-test";
  std::filesystem::create_directories(dir);
  std::filesystem::path file = dir / name;
  std::ofstream(file, std::ios::binary) << content;
  return file.string();
}

}  // namespace

TEST_CASE("read_manifest resolves relative paths, names pairs and skips comments") {
  std::string path = write_manifest("ok.tsv", "# pairs\n\na.ar\ta.en\n/abs/b.ar\tb.en\tsecond\n");
  std::string dir = std::filesystem::path(path).parent_path().string();
  std::vector<align::DocumentFiles> docs = align::read_manifest(path);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].src == (std::filesystem::path(dir) / "a.ar").string());
  CHECK(docs[0].tgt == (std::filesystem::path(dir) / "a.en").string());
  CHECK(docs[0].name == "a");
  CHECK(docs[1].src == "/abs/b.ar");
  CHECK(docs[1].name == "second");
}

TEST_CASE("read_manifest names the manifest and the line of a malformed entry") {
  auto [content, line, what] = GENERATE(table<std::string, std::size_t, std::string>({
      {"a.ar\ta.en\nonly-one-column\n", 2, "not 'SRC TAB TGT [TAB NAME]'"},
      {"a.ar\ta.en\tname\textra\n", 1, "not 'SRC TAB TGT [TAB NAME]'"},
      {"\ta.en\n", 1, "not 'SRC TAB TGT [TAB NAME]'"},
      {"# nothing\n\n", 0, "lists no document pair"},
  }));
  std::string path = write_manifest("bad.tsv", content);
  try {
    align::read_manifest(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.where().line == line);
    CHECK_THAT(e.message(), Catch::Contains(what));
  }
}
