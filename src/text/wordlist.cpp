#include "text/wordlist.h"

#include <map>
#include <mutex>

#include "base/resources.h"
#include "text/normalize.h"
#include "text/reader.h"

namespace termalign::text {
namespace {

using Cache = std::map<std::string, std::unordered_set<std::string>>;

const std::unordered_set<std::string>& cached(const std::string& relative, bool normalized) {
  static std::mutex mutex;
  static Cache cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(relative);
  if (it != cache.end()) return it->second;
  std::unordered_set<std::string> words;
  if (auto path = find_resource(relative)) words = read_word_list(*path, normalized);
  return cache.emplace(relative, std::move(words)).first->second;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::unordered_set<std::string> read_word_list(const std::string& path, bool normalized) {
  std::unordered_set<std::string> words;
  for (const std::string& raw : read_lines_file(path)) {
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    words.insert(normalized ? normalize_for_match(line) : line);
  }
  return words;
}

const std::unordered_set<std::string>& stopwords(const Language& lang) {
  return cached("stopwords/" + lang.code + ".txt", true);
}

const std::unordered_set<std::string>& abbreviations(const Language& lang) {
  return cached("abbrev/" + lang.code + ".txt", false);
}

}  // namespace termalign::text
