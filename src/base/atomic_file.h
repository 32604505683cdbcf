// Atomic output files: write to a temporary file beside the target, rename over it on commit().
//
// A run that fails (exception, crash before commit) leaves the target untouched and removes the temporary
// file, so a user never finds a half-written export. The path "-" writes to standard output directly.
//
//   AtomicOutput out(path);
//   write_tmx(out.stream(), ...);
//   out.commit();          // flush, fsync, rename; throws Error(Input) on any I/O failure
#pragma once

#include <fstream>
#include <iosfwd>
#include <string>

namespace termalign {

class AtomicOutput {
 public:
  explicit AtomicOutput(std::string path);
  ~AtomicOutput();  // removes the temporary file if commit() was not reached; never throws
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  std::ostream& stream();
  void commit();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  bool to_stdout_ = false;
  bool committed_ = false;
};

// Opens a file for reading ("-" = stdin) and throws Error(Input) naming it when it cannot.
// The returned stream is owned by the caller; for "-" it is a non-owning wrapper around std::cin.
class InputFile {
 public:
  explicit InputFile(const std::string& path);
  std::istream& stream();
  const std::string& name() const { return path_; }

 private:
  std::string path_;
  std::ifstream file_;
  bool from_stdin_ = false;
};

}  // namespace termalign
