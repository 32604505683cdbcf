// Shipped word lists: data/stopwords/<lang>.txt and data/abbrev/<lang>.txt. One entry per line, '#' starts a
// comment. Stopwords are returned normalized (normalize_for_match); abbreviations as written.
// A missing list is an empty set. Results are cached per process and safe to read from many threads.
#pragma once

#include <string>
#include <unordered_set>

#include "text/lang.h"

namespace termalign::text {

const std::unordered_set<std::string>& stopwords(const Language& lang);
const std::unordered_set<std::string>& abbreviations(const Language& lang);

// Reads a word list file; `normalized` applies normalize_for_match to each entry.
std::unordered_set<std::string> read_word_list(const std::string& path, bool normalized);

}  // namespace termalign::text
