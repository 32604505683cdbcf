// termalign: command-line front end. Parses the verb and its flags, runs it, maps failures to exit codes:
// 0 ok, 1 findings (check), 2 usage error, 3 input/data error, 4 internal error.
#include <cstdio>
#include <exception>
#include <iostream>

#include <fmt/format.h>

#include "base/error.h"
#include "cli/command.h"
#include "text/lang.h"

namespace termalign::cli {

CLI::Validator language_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        try {
          value = text::language(value).code;
          return {};
        } catch (const Error& e) {
          return e.message();
        }
      },
      "LANG", "language");
}

namespace {

int run_guarded(const std::function<int()>& run) {
  try {
    return run();
  } catch (const Error& e) {
    std::fprintf(stderr, "termalign: error: %s\n", e.what());
    return exit_code_for(e.kind());
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "termalign: error: out of memory\n");
    return kExitInternal;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "termalign: internal error: %s\n", e.what());
    return kExitInternal;
  } catch (...) {
    std::fprintf(stderr, "termalign: internal error: unknown exception\n");
    return kExitInternal;
  }
}

}  // namespace
}  // namespace termalign::cli

int main(int argc, char** argv) {
  using namespace termalign;
  using namespace termalign::cli;
  CLI::App app{
      "termalign: align translated documents, extract bilingual term pairs into a SQLite glossary, export "
      "TBX/CSV/TMX and check term consistency.\n\nExit codes: 0 ok, 1 findings (check), 2 usage error, "
      "3 input/data error, 4 internal error."};
  app.name("termalign");
  app.set_version_flag("--version", "termalign 0.1.0");
  app.require_subcommand(1);
  app.fallthrough(false);
  Registry registry;
  add_segment(app, registry);
  add_align(app, registry);
  add_import(app, registry);
  add_export(app, registry);
  add_glossary(app, registry);
  add_extract(app, registry);
  add_build(app, registry);
  add_check(app, registry);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  for (const Command& command : registry) {
    if (command.app->parsed()) return run_guarded(command.run);
  }
  std::fprintf(stderr, "termalign: error: no command given (see termalign --help)\n");
  return kExitUsage;
}
