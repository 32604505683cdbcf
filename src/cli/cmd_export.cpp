// termalign export --glossary DB --format tbx|tbx2|csv [--preset P] [-s SRC -t TGT] [--status S,...] [--bom]
//                  [--safe-cells] [--title T] -o OUT
// Streams the glossary (one concept in memory at a time, sorted by the source language's collation) into a TBX v3,
// TBX v2 or CSV file, written atomically. Prints a one-line summary on stderr.
#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "base/atomic_file.h"
#include "base/error.h"
#include "cli/command.h"
#include "formats/csv.h"
#include "formats/tbx.h"
#include "glossary/store.h"

namespace termalign::cli {

namespace {
struct ExportArgs {
  std::string glossary;               // termalign glossary (SQLite file), must exist
  std::string format;                 // tbx (TBX v3, TBX-Basic DCA) | tbx2 (TBX v2 martif) | csv
  std::string preset = "generic";     // CSV flavour (csv only)
  std::string src_lang;               // source language; empty = the glossary's most frequent language
  std::string tgt_lang;               // target language; empty = every other language (TBX, generic CSV)
  std::vector<std::string> statuses;  // only terms with these statuses; empty = all (tool presets: usable ones)
  bool bom = false;                   // CSV: UTF-8 byte order mark first (Excel)
  bool safe_cells = false;            // CSV: apostrophe before cells starting with = + - @ (formula injection)
  std::string title;                  // TBX title; empty = "termalign glossary"
  std::string output = "-";           // "-" = standard output; a file is written atomically
};

// The languages to export, source first: -s/-t when given, else every language of the glossary by term count.
std::vector<std::string> export_languages(const glossary::Store& store, const ExportArgs& a) {
  std::vector<std::string> langs;
  if (!a.src_lang.empty()) langs.push_back(a.src_lang);
  if (!a.tgt_lang.empty()) {
    if (a.tgt_lang == a.src_lang) throw_usage("--src-lang and --tgt-lang are the same language");
    langs.push_back(a.tgt_lang);
  }
  if (langs.size() == 2) return langs;
  for (const std::string& lang : store.languages()) {
    if (std::find(langs.begin(), langs.end(), lang) == langs.end()) langs.push_back(lang);
  }
  return langs;
}

struct Written {
  std::size_t concepts = 0;  // concepts visited (CSV) or written (TBX)
  std::size_t terms = 0;     // terms of those concepts after the language/status filter
  std::size_t rows = 0;      // CSV rows written
};

void write_tbx(const glossary::Store& store, const glossary::ConceptFilter& filter, const ExportArgs& a,
               std::ostream& out, Written& written) {
  formats::TbxInfo info;
  info.source_lang = filter.languages.empty() ? "en" : filter.languages.front();
  if (!a.title.empty()) info.title = a.title;
  formats::TbxWriter writer(out, a.format == "tbx2" ? formats::TbxVersion::V2 : formats::TbxVersion::V3, info);
  store.for_each_concept(filter, [&](const glossary::Concept& entry) {
    writer.write(entry);
    written.terms += entry.terms.size();
  });
  writer.finish();
  written.concepts = writer.count();
}

void write_csv(const glossary::Store& store, const glossary::ConceptFilter& filter, const ExportArgs& a,
               std::ostream& out, Written& written) {
  formats::CsvWriteOptions options;
  options.preset = formats::parse_csv_preset(a.preset);
  options.langs = filter.languages;
  if (options.langs.size() < 2) throw_usage("a CSV export needs two languages: give --src-lang and --tgt-lang");
  if (options.preset != formats::CsvPreset::Generic && options.langs.size() > 2) {
    throw_usage(fmt::format("the glossary has {} languages: give --src-lang and --tgt-lang for the {} preset",
                            options.langs.size(), a.preset));
  }
  options.statuses.assign(filter.statuses.begin(), filter.statuses.end());
  options.bom = a.bom;
  options.safe_cells = a.safe_cells;
  formats::CsvWriter writer(out, options);
  store.for_each_concept(filter, [&](const glossary::Concept& entry) {
    writer.write(entry);
    ++written.concepts;
    written.terms += entry.terms.size();
  });
  writer.finish();
  written.rows = writer.rows();
}

int run_export(const ExportArgs& a) {
  const bool csv = a.format == "csv";
  if (!csv && (a.bom || a.safe_cells || a.preset != "generic")) {
    throw_usage("--preset, --bom and --safe-cells apply to --format csv only");
  }
  if (csv && !a.title.empty()) throw_usage("--title applies to TBX only");
  if (!a.tgt_lang.empty() && a.src_lang.empty()) throw_usage("--tgt-lang needs --src-lang");
  glossary::Store store = glossary::Store::open(a.glossary, {.create = false, .read_only = true});
  glossary::ConceptFilter filter;
  filter.languages = export_languages(store, a);
  for (const std::string& s : a.statuses) filter.statuses.insert(glossary::parse_status(s));
  Written written;
  AtomicOutput out(a.output);
  if (csv) {
    write_csv(store, filter, a, out.stream(), written);
  } else {
    write_tbx(store, filter, a, out.stream(), written);
  }
  out.commit();
  std::string what = csv ? fmt::format("CSV ({}, {} rows)", a.preset, written.rows)
                         : a.format == "tbx2" ? "TBX v2" : "TBX v3";
  std::fprintf(stderr, "termalign: exported %zu concepts (%zu terms, languages %s) from %s to %s as %s\n",
               written.concepts, written.terms, fmt::format("{}", fmt::join(filter.languages, ",")).c_str(),
               a.glossary.c_str(), a.output == "-" ? "standard output" : a.output.c_str(), what.c_str());
  return kExitOk;
}
}  // namespace

void add_export(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* app = root.add_subcommand(
      "export", "Export a termalign glossary as TBX v3 (TBX-Basic, DCA), TBX v2 (martif) or CSV for other tools; "
                "streamed and written atomically");
  app->add_option("-g,--glossary", args->glossary, "termalign glossary (SQLite file)")
      ->required()
      ->envname("TERMALIGN_GLOSSARY");
  app->add_option("-f,--format", args->format,
                  "tbx = TBX v3 (ISO 30042:2019, TBX-Basic, DCA style); tbx2 = TBX v2 <martif> for older tools; "
                  "csv = CSV (see --preset)")
      ->required()
      ->check(CLI::IsMember({"tbx", "tbx2", "csv"}));
  app->add_option("--preset", args->preset,
                  "CSV flavour: generic (language-code header + status/pos/type/note columns, lossless), omegat "
                  "(TAB-separated, no header), memoq, multiterm (language-name header), google, deepl (source,"
                  "target, no header)")
      ->capture_default_str()
      ->check(CLI::IsMember({"generic", "omegat", "memoq", "multiterm", "google", "deepl"}));
  app->add_option("-s,--src-lang", args->src_lang,
                  "source language: first column, TBX xml:lang and sort order (default: the glossary's most "
                  "frequent language)")
      ->check(language_validator());
  app->add_option("-t,--tgt-lang", args->tgt_lang,
                  "target language; with -s, only these two languages are exported (default: all languages)")
      ->check(language_validator());
  app->add_option("--status", args->statuses,
                  "only terms with these statuses, comma-separated: candidate, approved, admitted, rejected, "
                  "deprecated (default: all; tool CSV presets leave out rejected and deprecated)")
      ->delimiter(',');
  app->add_flag("--bom", args->bom, "CSV: write a UTF-8 byte order mark first (for Excel)");
  app->add_flag("--safe-cells", args->safe_cells,
                "CSV: put an apostrophe before cells starting with = + - @ (spreadsheet formula injection)");
  app->add_option("--title", args->title, "TBX: the file's title (default: \"termalign glossary\")");
  app->add_option("-o,--output", args->output, "output file, written atomically ('-' = standard output)")
      ->capture_default_str();
  registry.push_back({app, [args] { return run_export(*args); }});
}

}  // namespace termalign::cli
