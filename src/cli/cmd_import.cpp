// termalign import: not registered yet (its stage is being built).
#include "cli/command.h"

namespace termalign::cli {

void add_import(CLI::App& /*root*/, Registry& /*registry*/) {}

}  // namespace termalign::cli
