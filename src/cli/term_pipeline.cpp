// Shared flags and run of `extract` and `build` (see term_pipeline.h).
#include "cli/term_pipeline.h"

#include "base/error.h"
#include "base/progress.h"
#include "cli/command.h"
#include "terms/pipeline.h"

namespace termalign::cli {

void add_term_pipeline_options(CLI::App* app, TermPipelineArgs& args, const std::string& batch_help,
                               const std::string& threshold_help) {
  app->add_option("-s,--source-lang", args.src_lang, "language of SRC (ar, en, ru, de, fr, ...)")
      ->required()->check(language_validator());
  app->add_option("-t,--target-lang", args.tgt_lang, "language of TGT")->required()->check(language_validator());
  app->add_option("--batch", args.batch,
                  "manifest TSV: 'SRC TAB TGT [TAB NAME]' per line (paths relative to the manifest); " + batch_help);
  app->add_flag("--aligned", args.aligned,
                "the files are already aligned line by line (line k of SRC translates line k of TGT): no "
                "segmentation, no alignment");
  app->add_flag("--presegmented", args.presegmented,
                "inputs hold one sentence per line; default: segment them first");
  app->add_flag("--line-paragraphs", args.line_paragraphs,
                "when segmenting, treat every input line as a paragraph (default: blank lines separate them)");
  app->add_option("--dict", args.dictionary,
                  "bilingual dictionary: 'auto' (packaged FreeDict for the pair if installed), 'none', or a "
                  "path to a dictd .index or a TSV 'source TAB target'")
      ->capture_default_str();
  app->add_option("--threshold", args.threshold, threshold_help)->check(CLI::Range(0.0, 1.0))->capture_default_str();
  app->add_option("--threads", args.threads, "worker threads (0 = all cores)")->capture_default_str();
}

void require_term_inputs(const TermPipelineArgs& a, const std::string& verb) {
  if (a.batch.empty() && (a.src_file.empty() || a.tgt_file.empty()))
    throw_usage(verb + " needs SRC and TGT files (or --batch MANIFEST)");
  if (a.src_file == "-" && a.tgt_file == "-") throw_usage("only one of SRC and TGT can be standard input");
}

TermPipelineResult run_term_pipeline(const TermPipelineArgs& a, bool all, const std::string& verb,
                                     const std::string& nothing_suffix) {
  require_term_inputs(a, verb);
  TermPipelineResult r;
  r.src = &text::language(a.src_lang);
  r.tgt = &text::language(a.tgt_lang);
  std::vector<terms::DocumentFiles> docs =
      a.batch.empty() ? std::vector<terms::DocumentFiles>{{a.src_file, a.tgt_file, a.src_file}}
                      : terms::read_manifest(a.batch);
  Progress progress("aligning", docs.size() * 2);
  terms::PipelineOptions popt{a.aligned, a.presegmented, a.line_paragraphs, a.dictionary, a.threads, &progress};
  std::vector<terms::SentencePair> pairs = terms::read_aligned_pairs(docs, *r.src, *r.tgt, popt);
  progress.finish();
  terms::ExtractOptions eopt;
  eopt.dictionary = a.dictionary;
  eopt.all = all;
  eopt.threshold = a.threshold;
  eopt.threads = a.threads;
  r.sentence_pairs = pairs.size();
  r.found = terms::extract_terms(pairs, *r.src, *r.tgt, eopt);
  if (r.found.empty())
    throw_input("no term pair found in " + (a.batch.empty() ? a.src_file + " and " + a.tgt_file : a.batch) +
                " (are they translations of each other?)" + nothing_suffix);
  return r;
}

}  // namespace termalign::cli
