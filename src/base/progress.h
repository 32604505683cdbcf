// Progress on standard error for long work, shown only when stderr is a terminal (never in pipes, logs or CI).
//
//   Progress progress("aligning", pairs.size());
//   for (...) { ...; progress.advance(); }
//   progress.finish();
//
// Thread-safe: advance() may be called from worker threads. Redraws at most ~5 times a second.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace termalign {

class Progress {
 public:
  Progress(std::string label, std::size_t total);
  ~Progress();
  void advance(std::size_t n = 1);
  void finish();
  // True when progress lines are drawn (stderr is a TTY and TERMALIGN_NO_PROGRESS is unset).
  static bool enabled();

 private:
  void draw(std::size_t done);
  std::string label_;
  std::size_t total_;
  std::atomic<std::size_t> done_{0};
  bool enabled_;
  bool finished_ = false;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace termalign
