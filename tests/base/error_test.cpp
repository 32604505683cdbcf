#include <catch2/catch.hpp>

#include "base/error.h"

using namespace termalign;

TEST_CASE("Error renders its location before the message") {
  auto [where, expected] = GENERATE(table<Location, std::string>({
      {Location{}, "bad"},
      {Location{"a.txt"}, "a.txt: bad"},
      {Location{"a.txt", 3}, "a.txt:3: bad"},
      {Location{"a.txt", 3, 7}, "a.txt:3:7: bad"},
  }));
  Error e(ErrorKind::Input, "bad", where);
  CHECK(std::string(e.what()) == expected);
  CHECK(e.message() == "bad");
}

TEST_CASE("Error kinds map to the documented exit codes") {
  CHECK(exit_code_for(ErrorKind::Usage) == 2);
  CHECK(exit_code_for(ErrorKind::Input) == 3);
  CHECK(exit_code_for(ErrorKind::Internal) == 4);
}
