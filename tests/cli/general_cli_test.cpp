#include <catch2/catch.hpp>

#include "cli_runner.h"

using namespace termalign::test;

TEST_CASE("termalign --help lists the verbs and the exit codes") {
  RunResult r = run_termalign("--help");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("segment"));
  CHECK_THAT(r.out, Catch::Contains("Exit codes: 0 ok, 1 findings (check), 2 usage error"));
}

TEST_CASE("every segment flag is documented in its --help") {
  RunResult r = run_termalign("segment --help");
  CHECK(r.exit_code == 0);
  for (const char* flag : {"--lang", "--output", "--line-paragraphs", "--with-lines"}) CHECK_THAT(r.out, Catch::Contains(flag));
}

TEST_CASE("usage errors exit with code 2") {
  CHECK(run_termalign("").exit_code == 2);
  CHECK(run_termalign("no-such-verb").exit_code == 2);
  CHECK(run_termalign("segment").exit_code == 2);
  CHECK(run_termalign("segment x.txt").exit_code == 2);  // -l missing
}
