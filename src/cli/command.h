// The CLI's plumbing: every verb lives in its own cmd_<verb>.cpp and registers a CLI11 subcommand plus the
// function that runs it. main() parses, runs the chosen verb and maps exceptions to exit codes (base/error.h).
#pragma once

#include <functional>
#include <vector>

#include <CLI/CLI.hpp>

namespace termalign::cli {

struct Command {
  CLI::App* app = nullptr;   // the subcommand
  std::function<int()> run;  // returns the process exit code
};
using Registry = std::vector<Command>;

void add_segment(CLI::App& root, Registry& registry);
void add_align(CLI::App& root, Registry& registry);
void add_import(CLI::App& root, Registry& registry);
void add_export(CLI::App& root, Registry& registry);
void add_glossary(CLI::App& root, Registry& registry);
void add_extract(CLI::App& root, Registry& registry);
void add_build(CLI::App& root, Registry& registry);
void add_check(CLI::App& root, Registry& registry);

// Validates a language option as the user typed it (throws a usage error listing the supported codes).
CLI::Validator language_validator();

}  // namespace termalign::cli
