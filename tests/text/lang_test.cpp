#include <catch2/catch.hpp>

#include "base/error.h"
#include "text/lang.h"

using namespace termalign;
using namespace termalign::text;

TEST_CASE("language codes in several spellings resolve to one language") {
  auto [code, expected] = GENERATE(table<std::string, std::string>({
      {"ar", "ar"}, {"AR", "ar"}, {"ara", "ar"}, {"ar-SA", "ar"}, {"en_US", "en"}, {"ger", "de"}, {"rus", "ru"},
  }));
  CHECK(language(code).code == expected);
}

TEST_CASE("an unknown language code is a usage error listing the supported ones") {
  try {
    language("xx");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK_THAT(e.message(), Catch::StartsWith("unknown language code 'xx' (supported: ar, "));
  }
}
