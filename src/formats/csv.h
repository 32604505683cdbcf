// Glossary CSV/TSV: RFC 4180 reading and writing, with presets for the tools translators use.
//
// Writing (CsvWriter, streaming: one concept per write() call, constant memory).
//
//   preset     delim  header                                 rows                                   source of the format
//   generic    ,      concept,subject,definition,note, then  one per k-th term of each language     ours (RFC 4180),
//                     per language L: L,L_status,L_pos,      (a concept with 2 English terms takes   lossless: read_csv
//                     L_type,L_note (L = "ar", "en", ...)     2 rows sharing its concept id)         reads it back
//   omegat     TAB    none                                   source TAB target TAB comment, every   OmegaT user manual,
//                                                            source x target combination; LF ends    "Glossaries": tab-
//                                                            lines; TAB/CR/LF in a cell → space     separated, 3 columns
//   memoq      ,      Entry_ID,Entry_Subject,Entry_Note,     one per k-th term of each language    memoQ docs, "Term base
//                     then language names: Arabic,English                                           in CSV format" (WS API)
//                                                                                                   and "Term base CSV
//                                                                                                   import settings"
//   multiterm  ,      "Arabic","English" (every cell quoted) one per k-th term of each language    MultiTerm Convert,
//                                                                                                   spreadsheet/CSV input
//   google     ,      none (the file must not have one)      source,target: each source term once,  Cloud Translation
//                                                            with the concept's best target term    GlossaryInputConfig,
//                                                                                                   unidirectional CSV
//   deepl      ,      none                                   source,target, like google (DeepL      DeepL API "Managing
//                                                            refuses duplicate source entries)      glossaries", CSV
// "Best" target term = first Approved, else Admitted, else Candidate. The tool presets (all but generic) cannot
// mark a forbidden term, so unless `statuses` says otherwise they leave out Deprecated and Rejected terms; generic
// writes every term with its status. Quoting follows RFC 4180 (cells holding the delimiter, a quote, CR or LF are
// quoted, quotes doubled); lines end with CRLF except omegat.
//
//   CsvWriteOptions  default   meaning
//   preset           generic   one of the presets above
//   langs            (req.)    [src, tgt, ...] language codes; google/deepl/omegat use langs[0] and langs[1]
//   statuses         empty     only terms with one of these statuses; empty = the preset's default (above)
//   bom              false     write a UTF-8 BOM first (Excel)
//   safe_cells       false     prefix an apostrophe to cells starting with = + - @ TAB CR (spreadsheet formula
//                              injection); when off, read_csv gives back exactly what was written
//
// Reading (read_csv): CSV or TSV with a header; the delimiter is sniffed from the header line (TAB if present,
// else ';' if present without ',', else ','). BOM and CRLF tolerant, RFC 4180 quotes (cells may span lines).
// Header columns, case-insensitive:
//   ar, en, Arabic, English ...  a language column (ISO 639 code or English language name); at least two
//   ar_status ar_pos ar_type ar_note   that language's term status / part of speech / term type / note
//   status pos type              apply to every term of the row
//   note subject definition      the concept's note, subject field, definition
//   concept (or id, Entry_ID)    consecutive rows with the same value form one concept
//   Entry_* (memoQ)              Entry_Subject = subject, Entry_Note = note, others ignored
// Without a concept column each row is one concept. Errors are Error(Input) naming file and line: an unknown
// header column or fewer than two languages (line 1), an unclosed quote (the line where the quoted field
// started), text after a closing quote, a row with more cells than the header, a bad status, invalid UTF-8.
// Headerless presets (omegat, google, deepl) are read with CsvReadOptions{preset, {src, tgt}}: omegat splits
// on TAB without quote processing (OmegaT does not quote), google/deepl are RFC 4180 with ',' (or TAB if the
// first line has one).
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "glossary/model.h"

namespace termalign::formats {

enum class CsvPreset { Generic, OmegaT, MemoQ, MultiTerm, Google, DeepL };

// "generic", "omegat", "memoq", "multiterm", "google", "deepl" (case-insensitive); Error(Usage) otherwise.
CsvPreset parse_csv_preset(std::string_view name);
std::string_view to_string(CsvPreset preset);

struct CsvWriteOptions {
  CsvPreset preset = CsvPreset::Generic;
  std::vector<std::string> langs;                // [src, tgt, ...]
  std::vector<glossary::TermStatus> statuses;    // empty = the preset's default
  bool bom = false;
  bool safe_cells = false;
};

class CsvWriter {
 public:
  CsvWriter(std::ostream& out, CsvWriteOptions options);  // Error(Usage) if langs has < 2 entries
  void write(const glossary::Concept& concept_entry);
  void finish();                                           // flushes; the header is written even if empty
  std::size_t rows() const { return rows_; }

 private:
  void write_header();
  void write_row(const std::vector<std::string>& cells);
  void write_pairs(const glossary::Concept& concept_entry);
  void write_table(const glossary::Concept& concept_entry);
  bool wanted(const glossary::Term& term) const;

  std::ostream& out_;
  CsvWriteOptions options_;
  char delimiter_ = ',';
  const char* eol_ = "\r\n";
  std::size_t rows_ = 0;
  std::size_t concepts_ = 0;
  bool header_done_ = false;
};

// Options for headerless files (omegat, google, deepl): which languages the two columns hold.
struct CsvReadOptions {
  CsvPreset preset = CsvPreset::Generic;  // generic/memoq/multiterm: header required
  std::vector<std::string> langs;         // for headerless presets: [src, tgt]
};

void read_csv(std::istream& in, const std::string& name, const std::function<void(glossary::Concept&&)>& sink);
void read_csv(std::istream& in, const std::string& name, const CsvReadOptions& options,
              const std::function<void(glossary::Concept&&)>& sink);

// RFC 4180 primitives, exposed for tests and other stages.
// quote_cell: the cell as it must appear in a file with this delimiter (quoted when needed, or always).
std::string quote_cell(std::string_view cell, char delimiter, bool always = false);
// The cell with an apostrophe before a leading = + - @ TAB or CR (spreadsheet formula injection).
std::string safe_cell(std::string_view cell);

// A record reader: next() fills cells with the next record (which may span lines; blank lines are skipped)
// and returns false at the end. A leading UTF-8 BOM is skipped. delimiter '\0' = sniff from the first line
// (see read_csv); quotes = false reads OmegaT-style TSV (no quote processing).
class CsvRecordReader {
 public:
  CsvRecordReader(std::istream& in, std::string name, char delimiter = '\0', bool quotes = true);
  bool next(std::vector<std::string>& cells);
  std::size_t line() const { return record_line_; }  // 1-based line where the last record started
  char delimiter() const { return delimiter_; }

 private:
  int get();
  int peek();
  void sniff();
  [[noreturn]] void fail(const std::string& message, std::size_t line) const;

  std::istream& in_;
  std::string name_;
  char delimiter_;
  bool quotes_;
  std::string pending_;           // the sniffed first line, consumed before the stream
  std::size_t pending_pos_ = 0;
  bool started_ = false;
  std::size_t line_ = 1;          // current physical line
  std::size_t record_line_ = 0;
};

}  // namespace termalign::formats
