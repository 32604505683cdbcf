// parallel_for(n, threads, f): calls f(k) for k in [0, n) on up to `threads` workers (0 = all hardware
// threads), in contiguous chunks; the first exception thrown by f is rethrown in the caller after all joins.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace termalign::align {

inline unsigned worker_count(unsigned threads, std::size_t n) {
  unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  unsigned want = threads == 0 ? hw : threads;
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(want, n)));
}

template <class F>
void parallel_for(std::size_t n, unsigned threads, F&& f) {
  unsigned workers = worker_count(threads, n);
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex mutex;
  auto run = [&] {
    for (std::size_t k = next++; k < n; k = next++) {
      try {
        f(k);
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
        next = n;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(run);
  run();
  for (std::thread& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace termalign::align
