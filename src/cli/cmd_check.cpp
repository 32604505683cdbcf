// termalign check SRC TGT -s LANG -t LANG --glossary DB [--presegmented | --aligned] [--format F] [-o OUT]
// termalign check FILE.tmx|FILE.xlf --glossary DB [...]
// Term-consistency check of a translation against a glossary; exit 0 clean, 1 findings, ≥ 2 errors.
#include <algorithm>
#include <exception>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "base/atomic_file.h"
#include "base/error.h"
#include "check/checker.h"
#include "check/load.h"
#include "check/report.h"
#include "cli/command.h"
#include "formats/bitext.h"

namespace termalign::cli {

namespace {
struct CheckArgs {
  std::vector<std::string> files;     // SRC TGT (two texts) or one TMX/XLIFF bitext
  std::string src_lang, tgt_lang;     // ISO 639-1; required for two texts, default from a bitext's header
  std::string glossary;               // termalign SQLite glossary, or a .tbx/.csv/.tsv file
  bool presegmented = false;          // texts hold one sentence per line (aligned, not segmented)
  bool aligned = false;               // line i of SRC ↔ line i of TGT (neither segmented nor aligned)
  std::string format = "text";        // text | json | tsv | html
  std::string output = "-";           // "-" = standard output
  std::vector<std::string> rules;     // rules to run; empty = all four
  bool candidates = false;            // candidate terms count as approved
  bool no_repeated = false;           // skip the repeated-sentence part of `inconsistent`
  double translit_threshold = 0.7;    // transliteration similarity for `untranslated`, in [0, 1]
  std::string dictionary = "auto";    // aligner dictionary: auto | none | path
  std::size_t threads = 0;            // threads for matching; 0 = all cores
};

check::LoadOptions load_options(const CheckArgs& a) {
  check::LoadOptions options;
  options.mode = a.aligned ? check::InputMode::Aligned
                           : a.presegmented ? check::InputMode::Presegmented : check::InputMode::Raw;
  options.align.dictionary = a.dictionary;
  return options;
}

check::CheckOptions check_options(const CheckArgs& a) {
  check::CheckOptions options;
  if (!a.rules.empty()) options.rules.clear();
  for (const std::string& r : a.rules) options.rules.push_back(check::parse_rule(r));
  options.include_candidates = a.candidates;
  options.repeated_sentences = !a.no_repeated;
  options.translit_threshold = a.translit_threshold;
  options.threads = a.threads;
  return options;
}

// The glossary's concepts for the pair; a glossary without source-language terms would pass every
// translation, so it is an input error (wrong glossary or wrong language pair).
std::vector<glossary::Concept> read_glossary(const std::string& path, const std::string& src, const std::string& tgt) {
  std::vector<glossary::Concept> concepts = check::load_glossary(path, src, tgt);
  bool has_src = std::any_of(concepts.begin(), concepts.end(), [&](const glossary::Concept& c) {
    return std::any_of(c.terms.begin(), c.terms.end(), [&](const glossary::Term& t) { return t.lang == src; });
  });
  if (!has_src)
    throw_input(fmt::format("the glossary has no {} terms (wrong glossary or language pair?)", src), {path});
  return concepts;
}

int run_check(const CheckArgs& a) {
  if (a.presegmented && a.aligned) throw_usage("--presegmented and --aligned exclude each other");
  if (a.files.size() == 1 && (a.presegmented || a.aligned))
    throw_usage("--presegmented and --aligned apply to two texts, not to a TMX/XLIFF file");
  check::ReportFormat format = check::parse_report_format(a.format);
  check::CheckOptions options = check_options(a);
  std::string src = a.src_lang, tgt = a.tgt_lang;
  std::vector<check::SegmentPair> pairs;
  std::vector<glossary::Concept> concepts;
  if (a.files.size() == 1) {  // a bitext: languages from the file unless given
    formats::Bitext bitext = check::read_bitext_input(a.files[0]);
    if (src.empty()) src = check::primary_language(bitext.src_lang);
    if (tgt.empty()) tgt = check::primary_language(bitext.tgt_lang);
    concepts = read_glossary(a.glossary, text::language(src).code, text::language(tgt).code);
    pairs = check::pairs_from_bitext(bitext);
  } else {  // two texts: the glossary first, so that its errors come before a long alignment
    if (src.empty() || tgt.empty()) throw_usage("checking two texts needs --src-lang and --tgt-lang");
    auto load_pairs = [&] {
      pairs = check::load_document_pairs(a.files[0], a.files[1], text::language(src), text::language(tgt),
                                         load_options(a));
    };
    if (!a.aligned) {
      concepts = read_glossary(a.glossary, src, tgt);
      load_pairs();
    } else {  // reading line-aligned texts is quick: beside the glossary, whose errors still come first
      std::exception_ptr pairs_error;
      {
        std::jthread reader([&] {
          try {
            load_pairs();
          } catch (...) {
            pairs_error = std::current_exception();
          }
        });
        concepts = read_glossary(a.glossary, src, tgt);
      }
      if (pairs_error) std::rethrow_exception(pairs_error);
    }
  }
  check::CheckReport report = check::run_check(concepts, text::language(src), text::language(tgt), pairs, options);
  AtomicOutput out(a.output);
  check::write_report(out.stream(), format, report, pairs,
                      {a.files[0], a.files.size() > 1 ? a.files[1] : a.files[0]});
  out.commit();
  return report.findings.empty() ? kExitOk : kExitFindings;
}
}  // namespace

void add_check(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* app = root.add_subcommand(
      "check",
      "Check a translation's terminology against a glossary (rules: missing, forbidden, inconsistent, "
      "untranslated). Exit code 0 = no findings, 1 = findings, 2 = usage error, 3 = input error, 4 = internal "
      "error");
  app->add_option("FILES", args->files,
                  "SRC TGT: the source text and its translation; or one TMX 1.4 / XLIFF 1.2 / XLIFF 2.x file")
      ->required()
      ->expected(1, 2);
  app->add_option("-s,--src-lang", args->src_lang, "source language (default for a TMX/XLIFF: from the file)")
      ->check(language_validator());
  app->add_option("-t,--tgt-lang", args->tgt_lang, "target language (default for a TMX/XLIFF: from the file)")
      ->check(language_validator());
  app->add_option("-g,--glossary", args->glossary,
                  "termalign glossary database, or a TBX / CSV / TSV glossary file")
      ->required();
  app->add_flag("--presegmented", args->presegmented, "SRC and TGT hold one sentence per line: align, do not segment");
  app->add_flag("--aligned", args->aligned, "line i of SRC is the translation of line i of TGT: no alignment");
  app->add_option("-f,--format", args->format, "report format: text, json, tsv or html")->capture_default_str();
  app->add_option("-o,--output", args->output, "report file, written atomically ('-' = standard output)")
      ->capture_default_str();
  app->add_option("--rules", args->rules, "rules to run, comma-separated (default: all)")->delimiter(',');
  app->add_flag("--candidates", args->candidates, "treat candidate terms (not yet reviewed) as approved");
  app->add_flag("--no-repeated", args->no_repeated,
                "do not report repeated source sentences translated differently");
  app->add_option("--translit-threshold", args->translit_threshold,
                  "minimum similarity (0-1) of a transliterated source term in the target for `untranslated`")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  app->add_option("--dictionary", args->dictionary,
                  "aligner dictionary: auto (packaged FreeDict), none, or a dictd .index / .tsv path")
      ->capture_default_str();
  app->add_option("--threads", args->threads, "threads for matching (0 = all cores); the report is the same")
      ->capture_default_str();
  registry.push_back({app, [args] { return run_check(*args); }});
}

}  // namespace termalign::cli
