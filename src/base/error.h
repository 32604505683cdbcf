// termalign's one exception type.
//
// Every failure that stops a command is an Error with a kind (which decides the process exit code) and,
// when it concerns a file, the place: file name, 1-based line and 1-based column in code points.
// Data problems that do not stop the work (an unaligned sentence, an inconsistent term) are NOT errors:
// they are values in the stage's report.
//
//   kind       exit code   meaning
//   Usage      2           bad flags or arguments (unknown language code, missing option, ...)
//   Input      3           a file cannot be read or its content is invalid (UTF-8, TBX, CSV, TMX, SQLite, ...)
//   Internal   4           a bug or an unexpected library failure
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace termalign {

enum class ErrorKind { Usage, Input, Internal };

// Where an error is: all fields optional (empty file, line/column 0 = unknown).
struct Location {
  std::string file;      // as the user named it; "-" = standard input
  std::size_t line = 0;  // 1-based
  std::size_t column = 0;  // 1-based, in code points
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message, Location where = {});

  ErrorKind kind() const { return kind_; }
  const Location& where() const { return where_; }
  // The message without the location prefix.
  const std::string& message() const { return message_; }

 private:
  ErrorKind kind_;
  Location where_;
  std::string message_;
};

// Shorthands.
[[noreturn]] void throw_usage(const std::string& message);
[[noreturn]] void throw_input(const std::string& message, Location where = {});
[[noreturn]] void throw_internal(const std::string& message);

// Exit codes of the termalign executable (see README "Exit codes").
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // `check` found problems
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInput = 3;
inline constexpr int kExitInternal = 4;

int exit_code_for(ErrorKind kind);

}  // namespace termalign
