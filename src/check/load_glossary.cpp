#include <algorithm>
#include <cctype>

#include "base/atomic_file.h"
#include "check/load.h"
#include "formats/csv.h"
#include "formats/tbx.h"
#include "glossary/store.h"

namespace termalign::check {
namespace {

bool ends_with_ci(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

}  // namespace

std::vector<glossary::Concept> load_glossary(const std::string& path, const std::string& src,
                                             const std::string& tgt) {
  std::vector<glossary::Concept> concepts;
  auto keep = [&](glossary::Concept&& c) {
    std::erase_if(c.terms, [&](const glossary::Term& t) { return t.lang != src && t.lang != tgt; });
    if (!c.terms.empty()) concepts.push_back(std::move(c));
  };
  if (ends_with_ci(path, ".tbx")) {
    InputFile in(path);
    formats::read_tbx(in.stream(), path, keep);
  } else if (ends_with_ci(path, ".csv") || ends_with_ci(path, ".tsv")) {
    InputFile in(path);
    formats::read_csv(in.stream(), path, keep);
  } else {
    glossary::Store store = glossary::Store::open(path, {.create = false, .read_only = true});
    glossary::ConceptFilter filter;
    filter.languages = {src, tgt};
    filter.sort_by_source = false;
    store.for_each_concept(filter, [&](const glossary::Concept& c) { keep(glossary::Concept(c)); });
  }
  return concepts;
}

}  // namespace termalign::check
