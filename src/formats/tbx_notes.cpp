#include "formats/tbx_notes.h"

#include <fmt/format.h>

#include <charconv>

#include "formats/status_names.h"

namespace termalign::formats::detail {
namespace {

constexpr std::string_view kPrefix = "termalign-";
constexpr std::string_view kPartsOfSpeech[] = {"noun", "verb", "adjective", "adverb", "other"};
constexpr std::string_view kTermTypes[] = {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"};

template <std::size_t N>
bool in_list(std::string_view value, const std::string_view (&list)[N]) {
  for (std::string_view v : list) {
    if (v == value) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> term_markers(const glossary::Term& t) {
  std::vector<std::string> out;
  if (t.status == glossary::TermStatus::Candidate || t.status == glossary::TermStatus::Rejected) {
    out.push_back(fmt::format("termalign-status: {}", status_name(t.status)));
  }
  if (!t.pos.empty() && !in_list(t.pos, kPartsOfSpeech)) out.push_back(fmt::format("termalign-pos: {}", t.pos));
  if (!t.type.empty() && !in_list(t.type, kTermTypes)) out.push_back(fmt::format("termalign-type: {}", t.type));
  if (t.score != 0.0) out.push_back(fmt::format("termalign-score: {}", t.score));
  if (t.case_sensitive) out.push_back("termalign-case-sensitive: yes");
  return out;
}

bool apply_marker(glossary::Term& t, std::string_view note) {
  if (!note.starts_with(kPrefix)) return false;
  std::size_t colon = note.find(": ");
  if (colon == std::string_view::npos) return false;
  std::string_view key = note.substr(kPrefix.size(), colon - kPrefix.size());
  std::string value(note.substr(colon + 2));
  if (key == "status") {
    auto status = status_from_name(value);
    if (!status) return false;
    t.status = *status;
  } else if (key == "pos") {
    t.pos = value;
  } else if (key == "type") {
    t.type = value;
  } else if (key == "score") {
    double score = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), score);
    if (ec != std::errc() || end != value.data() + value.size()) return false;
    t.score = score;
  } else if (key == "case-sensitive") {
    t.case_sensitive = value == "yes";
  } else {
    return false;
  }
  return true;
}

}  // namespace termalign::formats::detail
