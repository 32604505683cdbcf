#include "base/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <random>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "base/error.h"

namespace termalign {
namespace {

std::string temp_name_for(const std::string& path) {
  std::random_device rd;
  return fmt::format("{}.tmp-{}-{:08x}", path, static_cast<long>(::getpid()), rd());
}

void fsync_path(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicOutput::AtomicOutput(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    to_stdout_ = true;
    return;
  }
  if (std::filesystem::is_directory(path_)) throw_input("is a directory, not an output file", {path_});
  temp_path_ = temp_name_for(path_);
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    throw_input(fmt::format("cannot create output file: {}", std::strerror(errno)), {path_});
  }
}

AtomicOutput::~AtomicOutput() {
  if (to_stdout_ || committed_) return;
  file_.close();
  std::error_code ignored;
  std::filesystem::remove(temp_path_, ignored);
}

std::ostream& AtomicOutput::stream() { return to_stdout_ ? std::cout : static_cast<std::ostream&>(file_); }

void AtomicOutput::commit() {
  if (committed_) return;
  if (to_stdout_) {
    std::cout.flush();
    if (!std::cout) throw_input("cannot write to standard output", {"-"});
    committed_ = true;
    return;
  }
  file_.flush();
  bool ok = static_cast<bool>(file_);
  file_.close();
  if (!ok || file_.fail()) throw_input("write failed (disk full?)", {path_});
  fsync_path(temp_path_);
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw_input(fmt::format("cannot rename temporary file into place: {}", std::strerror(errno)), {path_});
  }
  committed_ = true;
}

InputFile::InputFile(const std::string& path) : path_(path) {
  if (path == "-") {
    from_stdin_ = true;
    return;
  }
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw_input("no such file", {path});
  if (std::filesystem::is_directory(path, ec)) throw_input("is a directory, not a file", {path});
  file_.open(path, std::ios::binary);
  if (!file_) throw_input(fmt::format("cannot open: {}", std::strerror(errno)), {path});
}

std::istream& InputFile::stream() { return from_stdin_ ? std::cin : static_cast<std::istream&>(file_); }

}  // namespace termalign
