// termalign import FILE --glossary DB [--format tbx|csv] [--preset P -s SRC -t TGT] [--merge | --new]
// Reads a TBX (v3 or v2) or CSV/TSV glossary into the SQLite glossary, in ONE transaction: a malformed file
// (the error names file and line) leaves the glossary exactly as it was, and a glossary the failed import
// would have created is removed again. Prints a one-line summary on stderr.
#include <filesystem>
#include <fstream>
#include <memory>

#include <fmt/format.h>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/progress.h"
#include "cli/command.h"
#include "formats/csv.h"
#include "formats/tbx.h"
#include "glossary/store.h"

namespace termalign::cli {

namespace {
struct ImportArgs {
  std::string input;              // TBX or CSV/TSV file, "-" = standard input (then --format is required)
  std::string glossary;           // SQLite glossary, created when missing
  std::string format;             // tbx | csv; empty = from the file's extension
  std::string preset = "generic"; // CSV flavour; omegat/google/deepl have no header and need -s/-t
  std::string src_lang;           // headerless CSV presets: language of the first column
  std::string tgt_lang;           // headerless CSV presets: language of the second column
  bool merge = false;             // default: identical terms (same language, same normalized form) are merged
  bool fresh = false;             // --new: every concept of the file becomes a new concept, nothing is merged
};

struct ImportCounts {
  std::size_t read = 0;            // concepts read from the file
  std::size_t created = 0;         // new concepts
  std::size_t merged = 0;          // concepts merged into a stored concept
  std::size_t skipped = 0;         // concepts without any term
  std::size_t terms_added = 0;
  std::size_t terms_merged = 0;    // identical terms not duplicated
  std::size_t statuses_changed = 0;
};

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string detect_format(const ImportArgs& a) {
  if (!a.format.empty()) return a.format;
  const std::string ext = lower_extension(a.input);
  if (ext == ".tbx" || ext == ".xml" || ext == ".tbxm") return "tbx";
  if (ext == ".csv" || ext == ".tsv" || ext == ".txt") return "csv";
  throw_usage(fmt::format("cannot tell the format of '{}' from its extension; give --format tbx or --format csv",
                          a.input));
}

// Stores one concept read from the file; store errors (bad language tag, ...) name the file and the concept.
void store_concept(glossary::Store& store, const ImportArgs& a, const std::string& origin, glossary::Concept& entry,
                   ImportCounts& counts) {
  ++counts.read;
  if (entry.terms.empty()) {
    ++counts.skipped;
    return;
  }
  for (glossary::Term& term : entry.terms) {
    if (term.origin.empty()) term.origin = origin;
  }
  try {
    if (a.fresh) {
      store.add_concept(entry);
      ++counts.created;
      counts.terms_added += entry.terms.size();
      return;
    }
    glossary::MergeResult r = store.merge_concept(entry);
    ++(r.new_concept ? counts.created : counts.merged);
    counts.terms_added += r.terms_added;
    counts.terms_merged += r.terms_merged;
    counts.statuses_changed += r.statuses_changed;
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::Input) throw;
    throw_input(fmt::format("concept {} of the file (first term '{}'): {}", counts.read, entry.terms.front().text,
                            e.message()),
                {a.input});
  }
}

void read_file(std::istream& in, const ImportArgs& a, const std::string& format,
               const std::function<void(glossary::Concept&&)>& sink) {
  if (format == "tbx") {
    formats::read_tbx(in, a.input, sink);
    return;
  }
  formats::CsvReadOptions options;
  options.preset = formats::parse_csv_preset(a.preset);
  const bool headerless = options.preset == formats::CsvPreset::OmegaT ||
                          options.preset == formats::CsvPreset::Google || options.preset == formats::CsvPreset::DeepL;
  if (headerless) {
    if (a.src_lang.empty() || a.tgt_lang.empty()) {
      throw_usage(fmt::format("the {} preset has no header: give --src-lang and --tgt-lang", a.preset));
    }
    options.langs = {a.src_lang, a.tgt_lang};
  }
  formats::read_csv(in, a.input, options, sink);
}

ImportCounts import_into(const ImportArgs& a, const std::string& format) {
  InputFile input(a.input);
  glossary::Store store = glossary::Store::open(a.glossary);
  const std::string origin = "import:" + std::filesystem::path(a.input).filename().string();
  std::istream& in = input.stream();
  std::size_t size = 0;
  if (a.input != "-") size = static_cast<std::size_t>(std::filesystem::file_size(a.input));
  Progress progress("importing", size);
  std::size_t reported = 0;
  ImportCounts counts;
  auto transaction = store.bulk_transaction();
  read_file(in, a, format, [&](glossary::Concept&& entry) {
    store_concept(store, a, origin, entry, counts);
    if (size != 0 && counts.read % 4096 == 0 && Progress::enabled()) {
      auto pos = static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg()));
      if (pos > reported) progress.advance(pos - reported);
      reported = std::max(reported, pos);
    }
  });
  transaction.commit();
  progress.finish();
  return counts;
}

void remove_database(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ec);
}

int run_import(const ImportArgs& a) {
  if (a.merge && a.fresh) throw_usage("--merge and --new exclude each other");
  const std::string format = detect_format(a);
  if (format == "tbx" && a.preset != "generic") throw_usage("--preset applies to CSV files, not to TBX");
  if (a.glossary == a.input) throw_usage("the glossary and the file to import are the same file");
  std::error_code ec;
  const bool existed = std::filesystem::exists(a.glossary, ec);
  ImportCounts c;
  try {
    c = import_into(a, format);
  } catch (...) {
    if (!existed) remove_database(a.glossary);  // leave no glossary behind that the failed import created
    throw;
  }
  std::fprintf(stderr,
               "termalign: imported %s into %s: %zu concepts read, %zu new, %zu merged into existing concepts, "
               "%zu skipped (no terms); %zu terms added, %zu identical terms merged (%zu statuses raised)\n",
               a.input.c_str(), a.glossary.c_str(), c.read, c.created, c.merged, c.skipped, c.terms_added,
               c.terms_merged, c.statuses_changed);
  return kExitOk;
}
}  // namespace

void add_import(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* app = root.add_subcommand(
      "import",
      "Import a TBX (v3 <tbx> or v2 <martif>) or CSV/TSV glossary into a termalign glossary, in one "
      "transaction: a malformed file changes nothing");
  app->add_option("FILE", args->input, "TBX, CSV or TSV file ('-' = standard input, needs --format)")->required();
  app->add_option("-g,--glossary", args->glossary, "termalign glossary (SQLite file), created when missing")
      ->required()
      ->envname("TERMALIGN_GLOSSARY");
  app->add_option("-f,--format", args->format,
                  "tbx or csv (default: from the extension: .tbx .xml → tbx, .csv .tsv .txt → csv)")
      ->check(CLI::IsMember({"tbx", "csv"}));
  app->add_option("--preset", args->preset,
                  "CSV flavour: generic, memoq, multiterm (header row) or omegat, google, deepl (no header: "
                  "give -s and -t)")
      ->capture_default_str()
      ->check(CLI::IsMember({"generic", "omegat", "memoq", "multiterm", "google", "deepl"}));
  app->add_option("-s,--src-lang", args->src_lang, "headerless CSV presets: language of the first column")
      ->check(language_validator());
  app->add_option("-t,--tgt-lang", args->tgt_lang, "headerless CSV presets: language of the second column")
      ->check(language_validator());
  app->add_flag("--merge", args->merge,
                "merge identical terms (same language and normalized form) into the stored concept and keep the "
                "stronger status (the default)");
  app->add_flag("--new", args->fresh, "add every concept of the file as a new concept, merging nothing");
  registry.push_back({app, [args] { return run_import(*args); }});
}

}  // namespace termalign::cli
