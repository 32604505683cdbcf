// CsvWriter and the preset names.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <ostream>

#include "base/error.h"
#include "formats/csv.h"
#include "formats/status_names.h"
#include "text/lang.h"

namespace termalign::formats {
namespace {

using glossary::Concept;
using glossary::Term;
using glossary::TermStatus;

struct PresetName {
  CsvPreset preset;
  std::string_view name;
};
constexpr PresetName kPresets[] = {{CsvPreset::Generic, "generic"},     {CsvPreset::OmegaT, "omegat"},
                                   {CsvPreset::MemoQ, "memoq"},         {CsvPreset::MultiTerm, "multiterm"},
                                   {CsvPreset::Google, "google"},       {CsvPreset::DeepL, "deepl"}};

std::string language_name(const std::string& code) {
  try {
    return text::language(code).name;
  } catch (const Error&) {
    return code;
  }
}

int best_rank(TermStatus s) {
  switch (s) {
    case TermStatus::Approved: return 0;
    case TermStatus::Admitted: return 1;
    case TermStatus::Candidate: return 2;
    case TermStatus::Rejected: return 3;
    case TermStatus::Deprecated: return 4;
  }
  return 5;
}

std::string one_line(std::string_view cell) {
  std::string out(cell);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

}  // namespace

CsvPreset parse_csv_preset(std::string_view name) {
  std::string lowered;
  for (char c : name) lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& p : kPresets) {
    if (p.name == lowered) return p.preset;
  }
  throw_usage(fmt::format("unknown CSV preset '{}' (known: generic, omegat, memoq, multiterm, google, deepl)", name));
}

std::string_view to_string(CsvPreset preset) {
  for (const auto& p : kPresets) {
    if (p.preset == preset) return p.name;
  }
  return "generic";
}

CsvWriter::CsvWriter(std::ostream& out, CsvWriteOptions options) : out_(out), options_(std::move(options)) {
  if (options_.langs.size() < 2) throw_usage("CSV export needs a source and a target language (-s, -t)");
  if (options_.preset == CsvPreset::OmegaT) {
    delimiter_ = '\t';
    eol_ = "\n";
  }
  if (options_.bom) out_ << "\xEF\xBB\xBF";
}

bool CsvWriter::wanted(const Term& t) const {
  if (!options_.statuses.empty()) {
    return std::find(options_.statuses.begin(), options_.statuses.end(), t.status) != options_.statuses.end();
  }
  if (options_.preset == CsvPreset::Generic) return true;
  return t.status != TermStatus::Deprecated && t.status != TermStatus::Rejected;
}

void CsvWriter::write_row(const std::vector<std::string>& cells) {
  std::string line;
  const bool always = options_.preset == CsvPreset::MultiTerm;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) line += delimiter_;
    std::string cell = options_.safe_cells ? safe_cell(cells[i]) : cells[i];
    line += options_.preset == CsvPreset::OmegaT ? one_line(cell) : quote_cell(cell, delimiter_, always);
  }
  line += eol_;
  out_ << line;
}

void CsvWriter::write_header() {
  header_done_ = true;
  std::vector<std::string> cells;
  switch (options_.preset) {
    case CsvPreset::Generic:
      cells = {"concept", "subject", "definition", "note"};
      for (const auto& l : options_.langs) {
        for (const char* suffix : {"", "_status", "_pos", "_type", "_note"}) cells.push_back(l + suffix);
      }
      break;
    case CsvPreset::MemoQ:
      cells = {"Entry_ID", "Entry_Subject", "Entry_Note"};
      for (const auto& l : options_.langs) cells.push_back(language_name(l));
      break;
    case CsvPreset::MultiTerm:
      for (const auto& l : options_.langs) cells.push_back(language_name(l));
      break;
    default: return;  // omegat, google, deepl: no header
  }
  write_row(cells);
}

void CsvWriter::write(const Concept& c) {
  if (!header_done_) write_header();
  if (options_.preset == CsvPreset::OmegaT || options_.preset == CsvPreset::Google ||
      options_.preset == CsvPreset::DeepL) {
    write_pairs(c);
  } else {
    write_table(c);
  }
}

// Two columns (three for omegat): source x target (omegat) or each source with the best target.
void CsvWriter::write_pairs(const Concept& c) {
  std::vector<const Term*> sources, targets;
  for (const Term& t : c.terms) {
    if (!wanted(t)) continue;
    if (t.lang == options_.langs[0]) sources.push_back(&t);
    if (t.lang == options_.langs[1]) targets.push_back(&t);
  }
  if (sources.empty() || targets.empty()) return;
  std::stable_sort(targets.begin(), targets.end(),
                   [](const Term* a, const Term* b) { return best_rank(a->status) < best_rank(b->status); });
  for (const Term* s : sources) {
    for (const Term* t : targets) {
      if (options_.preset == CsvPreset::OmegaT) {
        std::string comment = !t->note.empty() ? t->note : c.note;
        write_row({s->text, t->text, comment});
      } else {
        write_row({s->text, t->text});
        break;
      }
      ++rows_;
    }
    if (options_.preset != CsvPreset::OmegaT) ++rows_;
  }
}

// One row per k-th term of each language (generic, memoq, multiterm).
void CsvWriter::write_table(const Concept& c) {
  std::vector<std::vector<const Term*>> by_lang(options_.langs.size());
  std::size_t depth = 0;
  for (const Term& t : c.terms) {
    if (!wanted(t)) continue;
    for (std::size_t i = 0; i < options_.langs.size(); ++i) {
      if (t.lang == options_.langs[i]) {
        by_lang[i].push_back(&t);
        depth = std::max(depth, by_lang[i].size());
      }
    }
  }
  ++concepts_;
  std::string id = c.id > 0 ? std::to_string(c.id) : !c.external_id.empty() ? c.external_id : std::to_string(concepts_);
  for (std::size_t k = 0; k < depth; ++k) {
    std::vector<std::string> cells;
    if (options_.preset == CsvPreset::Generic) cells = {id, c.subject, c.definition, c.note};
    if (options_.preset == CsvPreset::MemoQ) cells = {id, c.subject, c.note};
    for (const auto& terms : by_lang) {
      const Term* t = k < terms.size() ? terms[k] : nullptr;
      cells.push_back(t ? t->text : "");
      if (options_.preset != CsvPreset::Generic) continue;
      cells.push_back(t ? std::string(detail::status_name(t->status)) : "");
      cells.push_back(t ? t->pos : "");
      cells.push_back(t ? t->type : "");
      cells.push_back(t ? t->note : "");
    }
    write_row(cells);
    ++rows_;
  }
}

void CsvWriter::finish() {
  if (!header_done_) write_header();
  out_.flush();
}

}  // namespace termalign::formats
