// termalign extract SRC TGT -s LANG -t LANG [--presegmented] [--format tsv|json] [--all] [-o OUT]
// termalign extract --batch MANIFEST -s LANG -t LANG [...]: many document pairs, one ranked list.
#include <memory>

#include "base/atomic_file.h"
#include "base/error.h"
#include "cli/command.h"
#include "terms/extract.h"
#include "terms/pipeline.h"

namespace termalign::cli {

namespace {
struct ExtractArgs {
  std::string src_file, tgt_file;   // documents ("-" = standard input for one of them)
  std::string src_lang, tgt_lang;   // ISO 639-1 codes
  std::string batch;                // manifest "SRC TAB TGT [TAB NAME]" instead of SRC TGT
  bool aligned = false;             // line k of SRC translates line k of TGT: no segmentation, no alignment
  bool presegmented = false;        // one sentence per line; otherwise the texts are segmented first
  bool line_paragraphs = false;     // when segmenting: every line is a paragraph
  std::string dictionary = "auto";  // auto | none | path, for the aligner and the term pairing
  std::string format = "tsv";       // tsv | json
  bool all = false;                 // every counted pair, ranked, instead of the default selection
  double threshold = terms::ExtractOptions{}.threshold;  // minimum score of a proposed pair, in [0, 1]
  std::string output = "-";         // "-" = standard output
  unsigned threads = 0;             // 0 = all hardware threads
};

int run_extract(const ExtractArgs& a) {
  if (a.batch.empty() && (a.src_file.empty() || a.tgt_file.empty()))
    throw_usage("extract needs SRC and TGT files (or --batch MANIFEST)");
  if (a.src_file == "-" && a.tgt_file == "-") throw_usage("only one of SRC and TGT can be standard input");
  const text::Language& src = text::language(a.src_lang);
  const text::Language& tgt = text::language(a.tgt_lang);
  std::vector<terms::DocumentFiles> docs =
      a.batch.empty() ? std::vector<terms::DocumentFiles>{{a.src_file, a.tgt_file, a.src_file}}
                      : terms::read_manifest(a.batch);
  Progress progress("aligning", docs.size() * 2);
  terms::PipelineOptions popt{a.aligned, a.presegmented, a.line_paragraphs, a.dictionary, a.threads, &progress};
  std::vector<terms::SentencePair> pairs = terms::read_aligned_pairs(docs, src, tgt, popt);
  progress.finish();
  terms::ExtractOptions eopt;
  eopt.dictionary = a.dictionary;
  eopt.all = a.all;
  eopt.threshold = a.threshold;
  eopt.threads = a.threads;
  std::vector<terms::TermPair> found = terms::extract_terms(pairs, src, tgt, eopt);
  if (found.empty())
    throw_input("no term pair found in " + (a.batch.empty() ? a.src_file + " and " + a.tgt_file : a.batch) +
                " (are they translations of each other?)");
  AtomicOutput out(a.output);
  if (a.format == "json") terms::write_json(out.stream(), found);
  else terms::write_tsv(out.stream(), found);
  out.commit();
  return kExitOk;
}
}  // namespace

void add_extract(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* app = root.add_subcommand("extract", "Extract bilingual term pairs from a translated document pair");
  app->add_option("SRC", args->src_file, "source-language document, UTF-8 ('-' = standard input)");
  app->add_option("TGT", args->tgt_file, "target-language document, UTF-8");
  app->add_option("-s,--source-lang", args->src_lang, "language of SRC (ar, en, ru, de, fr, ...)")
      ->required()->check(language_validator());
  app->add_option("-t,--target-lang", args->tgt_lang, "language of TGT")->required()->check(language_validator());
  app->add_option("--batch", args->batch,
                  "manifest TSV: 'SRC TAB TGT [TAB NAME]' per line (paths relative to the manifest); all pairs "
                  "are aligned and their terms extracted together");
  app->add_flag("--aligned", args->aligned,
                "the files are already aligned line by line (line k of SRC translates line k of TGT): no "
                "segmentation, no alignment");
  app->add_flag("--presegmented", args->presegmented,
                "inputs hold one sentence per line; default: segment them first");
  app->add_flag("--line-paragraphs", args->line_paragraphs,
                "when segmenting, treat every input line as a paragraph (default: blank lines separate them)");
  app->add_option("--dict", args->dictionary,
                  "bilingual dictionary: 'auto' (packaged FreeDict for the pair if installed), 'none', or a "
                  "path to a dictd .index or a TSV 'source TAB target'")
      ->capture_default_str();
  app->add_option("-f,--format", args->format,
                  "output: tsv (header 'source TAB target TAB score TAB count') or json (with evidence)")
      ->check(CLI::IsMember({"tsv", "json"}))
      ->capture_default_str();
  app->add_flag("--all", args->all, "list every counted pair, ranked (default: only the pairs proposed as terms)");
  app->add_option("--threshold", args->threshold, "minimum score of a proposed pair, 0..1")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app->add_option("-o,--output", args->output, "output file, written atomically ('-' = standard output)")
      ->capture_default_str();
  app->add_option("--threads", args->threads, "worker threads (0 = all cores)")->capture_default_str();
  registry.push_back({app, [args] { return run_extract(*args); }});
}

}  // namespace termalign::cli
