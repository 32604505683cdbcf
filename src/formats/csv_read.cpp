// read_csv: generic CSV/TSV with a header, and the headerless presets.
#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "base/error.h"
#include "formats/csv.h"
#include "formats/status_names.h"
#include "text/lang.h"

namespace termalign::formats {
namespace {

using glossary::Concept;
using glossary::Term;

enum class Field { Term, Status, Pos, Type, TermNote, Note, Subject, Definition, ConceptId, Ignored };

struct Column {
  Field field = Field::Ignored;
  int lang = -1;  // index into Layout::langs; -1 = every language of the row (status/pos/type) or concept-level
};

struct Layout {
  std::vector<std::string> langs;
  std::vector<Column> columns;
};

std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

// A language code ("ar", "ara", "en-US") or English name ("Arabic") → ISO 639-1 code.
std::optional<std::string> language_code(const std::string& cell) {
  std::string primary = lower(cell.substr(0, cell.find_first_of("-_")));
  if (primary.size() == 2 || primary.size() == 3) {
    try {
      return text::language(primary).code;
    } catch (const Error&) {
    }
  }
  for (const std::string& code : text::supported_languages()) {
    if (lower(text::language(code).name) == lower(cell)) return code;
  }
  return std::nullopt;
}

int lang_index(Layout& layout, const std::string& code) {
  for (std::size_t i = 0; i < layout.langs.size(); ++i) {
    if (layout.langs[i] == code) return static_cast<int>(i);
  }
  layout.langs.push_back(code);
  return static_cast<int>(layout.langs.size() - 1);
}

std::optional<Column> named_column(const std::string& name) {
  static const std::pair<std::string_view, Field> kNames[] = {
      {"status", Field::Status},         {"pos", Field::Pos},         {"type", Field::Type},
      {"note", Field::Note},             {"subject", Field::Subject}, {"definition", Field::Definition},
      {"concept", Field::ConceptId},     {"id", Field::ConceptId},    {"entry_id", Field::ConceptId},
      {"entry_subject", Field::Subject}, {"entry_note", Field::Note}};
  for (const auto& [n, f] : kNames) {
    if (n == name) return Column{f, -1};
  }
  if (name.starts_with("entry_")) return Column{Field::Ignored, -1};
  return std::nullopt;
}

Column header_column(Layout& layout, const std::string& raw, const std::string& file) {
  std::string name = lower(trim(raw));
  if (auto named = named_column(name)) return *named;
  static const std::pair<std::string_view, Field> kSuffixes[] = {
      {"_status", Field::Status}, {"_pos", Field::Pos}, {"_type", Field::Type}, {"_note", Field::TermNote}};
  for (const auto& [suffix, field] : kSuffixes) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      if (auto code = language_code(name.substr(0, name.size() - suffix.size()))) {
        return Column{field, lang_index(layout, *code)};
      }
    }
  }
  if (auto code = language_code(trim(raw))) return Column{Field::Term, lang_index(layout, *code)};
  throw_input(fmt::format("unknown column '{}' in the header (expected language codes such as ar,en, or "
                          "status, pos, type, note, subject, definition, concept, or LANG_status/_pos/_type/_note)",
                          raw),
              {file, 1});
}

Layout parse_header(const std::vector<std::string>& cells, const std::string& file) {
  Layout layout;
  std::size_t term_columns = 0;
  for (const std::string& cell : cells) {
    Column col = header_column(layout, cell, file);
    for (const Column& seen : layout.columns) {
      if (seen.field == col.field && seen.lang == col.lang && col.field != Field::Ignored) {
        throw_input(fmt::format("column '{}' appears twice in the header", cell), {file, 1});
      }
    }
    if (col.field == Field::Term) ++term_columns;
    layout.columns.push_back(col);
  }
  if (term_columns < 2) {
    throw_input("the header needs at least two language columns (e.g. ar,en); is the first line a header?", {file, 1});
  }
  return layout;
}

glossary::TermStatus status_cell(const std::string& cell, const std::string& file, std::size_t line) {
  auto status = detail::status_from_name(trim(cell));
  if (!status) {
    throw_input(fmt::format("unknown status '{}' (candidate, approved, admitted, rejected, deprecated)", cell),
                {file, line});
  }
  return *status;
}

// Fills concept c (and returns the concept id cell) from one data row.
std::string apply_row(const Layout& layout, const std::vector<std::string>& cells, Concept& c, const std::string& file,
                      std::size_t line) {
  if (cells.size() > layout.columns.size()) {
    throw_input(fmt::format("{} cells, but the header has {} columns", cells.size(), layout.columns.size()),
                {file, line});
  }
  std::vector<std::optional<Term>> terms(layout.langs.size());
  std::string id;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const Column& col = layout.columns[i];
    if (col.field == Field::Term && !cells[i].empty()) {
      terms[col.lang] = Term{};
      terms[col.lang]->lang = layout.langs[col.lang];
      terms[col.lang]->text = cells[i];
    }
    if (col.field == Field::ConceptId) id = cells[i];
    if (col.field == Field::Subject && c.subject.empty()) c.subject = cells[i];
    if (col.field == Field::Definition && c.definition.empty()) c.definition = cells[i];
    if (col.field == Field::Note && c.note.empty()) c.note = cells[i];
  }
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const Column& col = layout.columns[i];
    if (cells[i].empty()) continue;
    for (std::size_t l = 0; l < terms.size(); ++l) {
      if (!terms[l] || (col.lang >= 0 && static_cast<std::size_t>(col.lang) != l)) continue;
      if (col.field == Field::Status) terms[l]->status = status_cell(cells[i], file, line);
      if (col.field == Field::Pos) terms[l]->pos = cells[i];
      if (col.field == Field::Type) terms[l]->type = cells[i];
      if (col.field == Field::TermNote && col.lang >= 0) terms[l]->note = cells[i];
    }
  }
  for (auto& t : terms) {
    if (t) c.terms.push_back(std::move(*t));
  }
  return id;
}

void read_with_header(CsvRecordReader& reader, const std::string& name,
                      const std::function<void(Concept&&)>& sink) {
  std::vector<std::string> cells;
  if (!reader.next(cells)) throw_input("empty file: a header line (e.g. ar,en) is expected", {name, 1});
  Layout layout = parse_header(cells, name);
  Concept current;
  std::string current_id;
  bool have = false;
  while (reader.next(cells)) {
    Concept row;
    std::string id = apply_row(layout, cells, row, name, reader.line());
    if (have && (id.empty() || id != current_id)) {
      if (!current.terms.empty()) sink(std::move(current));
      current = Concept{};
      have = false;
    }
    if (!have) {
      current = std::move(row);
      current.external_id = id;
      current_id = id;
      have = true;
    } else {
      for (auto& t : row.terms) current.terms.push_back(std::move(t));
    }
  }
  if (have && !current.terms.empty()) sink(std::move(current));
}

void read_headerless(CsvRecordReader& reader, const CsvReadOptions& options, const std::string& name,
                     const std::function<void(Concept&&)>& sink) {
  if (options.langs.size() < 2) throw_usage("reading a headerless CSV needs the source and target languages");
  std::vector<std::string> cells;
  while (reader.next(cells)) {
    std::size_t max = options.preset == CsvPreset::OmegaT ? 3 : 2;
    if (cells.size() < 2 || cells.size() > max) {
      throw_input(fmt::format("{} cells where {} are expected (source, target{})", cells.size(),
                              max == 3 ? "2 or 3" : "2", max == 3 ? ", comment" : ""),
                  {name, reader.line()});
    }
    Concept c;
    if (cells.size() == 3) c.note = cells[2];
    for (std::size_t i = 0; i < 2; ++i) {
      if (cells[i].empty()) continue;
      Term t;
      t.lang = options.langs[i];
      t.text = cells[i];
      c.terms.push_back(std::move(t));
    }
    if (!c.terms.empty()) sink(std::move(c));
  }
}

}  // namespace

void read_csv(std::istream& in, const std::string& name, const std::function<void(Concept&&)>& sink) {
  read_csv(in, name, CsvReadOptions{}, sink);
}

void read_csv(std::istream& in, const std::string& name, const CsvReadOptions& options,
              const std::function<void(Concept&&)>& sink) {
  switch (options.preset) {
    case CsvPreset::OmegaT: {
      CsvRecordReader reader(in, name, '\t', false);
      read_headerless(reader, options, name, sink);
      return;
    }
    case CsvPreset::Google:
    case CsvPreset::DeepL: {
      CsvRecordReader reader(in, name);
      read_headerless(reader, options, name, sink);
      return;
    }
    default: {
      CsvRecordReader reader(in, name);
      read_with_header(reader, name, sink);
    }
  }
}

}  // namespace termalign::formats
