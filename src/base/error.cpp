#include "base/error.h"

#include <fmt/format.h>

namespace termalign {
namespace {

std::string render(const std::string& message, const Location& where) {
  if (where.file.empty()) return message;
  if (where.line == 0) return fmt::format("{}: {}", where.file, message);
  if (where.column == 0) return fmt::format("{}:{}: {}", where.file, where.line, message);
  return fmt::format("{}:{}:{}: {}", where.file, where.line, where.column, message);
}

}  // namespace

Error::Error(ErrorKind kind, const std::string& message, Location where)
    : std::runtime_error(render(message, where)), kind_(kind), where_(std::move(where)), message_(message) {}

void throw_usage(const std::string& message) { throw Error(ErrorKind::Usage, message); }
void throw_input(const std::string& message, Location where) {
  throw Error(ErrorKind::Input, message, std::move(where));
}
void throw_internal(const std::string& message) { throw Error(ErrorKind::Internal, message); }

int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Usage: return kExitUsage;
    case ErrorKind::Input: return kExitInput;
    case ErrorKind::Internal: return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace termalign
