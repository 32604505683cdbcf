// termalign extract: not registered yet (its stage is being built).
#include "cli/command.h"

namespace termalign::cli {

void add_extract(CLI::App& /*root*/, Registry& /*registry*/) {}

}  // namespace termalign::cli
