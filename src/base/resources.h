// Locating termalign's shipped resources (data/abbrev/<lang>.txt, data/stopwords/<lang>.txt, ...).
//
// Search order: $TERMALIGN_DATA, then the directory fixed at build time (the source tree's data/).
#pragma once

#include <optional>
#include <string>

namespace termalign {

// The resource directory; throws Error(Input) when none exists.
std::string data_dir();

// Full path of a resource such as "abbrev/en.txt", or nullopt when that file is absent.
std::optional<std::string> find_resource(const std::string& relative);

}  // namespace termalign
