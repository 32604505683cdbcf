// Runs the termalign executable for end-to-end tests and captures exit code, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "test_paths.h"

namespace termalign::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `args` is appended to the binary's path as shell words (quote paths yourself when they may contain spaces).
inline RunResult run_termalign(const std::string& args, const std::string& stdin_file = "") {
  static int counter = 0;
  std::string base = "/tmp/termalign-cli-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
  std::string cmd = binary_path("src/cli/termalign") + " " + args + " >" + base + ".out 2>" + base + ".err";
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp_file(base + ".out");
  r.err = slurp_file(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

}  // namespace termalign::test
