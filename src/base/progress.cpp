#include "base/progress.h"

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace termalign {

bool Progress::enabled() { return ::isatty(STDERR_FILENO) == 1 && std::getenv("TERMALIGN_NO_PROGRESS") == nullptr; }

Progress::Progress(std::string label, std::size_t total)
    : label_(std::move(label)), total_(total), enabled_(enabled()), start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::advance(std::size_t n) {
  std::size_t done = done_.fetch_add(n) + n;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock() || now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  draw(done);
}

void Progress::draw(std::size_t done) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (total_ > 0) {
    std::fprintf(stderr, "\r%s: %zu/%zu (%.0f%%) %.1fs ", label_.c_str(), done, total_,
                 100.0 * static_cast<double>(done) / static_cast<double>(total_), secs);
  } else {
    std::fprintf(stderr, "\r%s: %zu %.1fs ", label_.c_str(), done, secs);
  }
  std::fflush(stderr);
}

void Progress::finish() {
  if (finished_) return;
  finished_ = true;
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  draw(done_.load());
  std::fputc('\n', stderr);
}

}  // namespace termalign
