// termalign build SRC TGT -s LANG -t LANG --glossary DB [--presegmented]
// termalign build --batch MANIFEST -s LANG -t LANG --glossary DB: segment, align, extract and store candidates.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "base/error.h"
#include "cli/command.h"
#include "glossary/store.h"
#include "terms/extract.h"
#include "terms/pipeline.h"
#include "terms/store_terms.h"

namespace termalign::cli {

namespace {
struct BuildArgs {
  std::string src_file, tgt_file;   // documents
  std::string src_lang, tgt_lang;   // ISO 639-1 codes
  std::string glossary;             // SQLite glossary file, created when missing
  std::string batch;                // manifest "SRC TAB TGT [TAB NAME]" instead of SRC TGT
  bool aligned = false;             // line k of SRC translates line k of TGT: no segmentation, no alignment
  bool presegmented = false;        // one sentence per line; otherwise the texts are segmented first
  bool line_paragraphs = false;     // when segmenting: every line is a paragraph
  std::string dictionary = "auto";  // auto | none | path, for the aligner and the term pairing
  double threshold = terms::ExtractOptions{}.threshold;  // minimum score of a stored pair, in [0, 1]
  unsigned threads = 0;             // 0 = all hardware threads
};

int run_build(const BuildArgs& a) {
  if (a.batch.empty() && (a.src_file.empty() || a.tgt_file.empty()))
    throw_usage("build needs SRC and TGT files (or --batch MANIFEST)");
  const text::Language& src = text::language(a.src_lang);
  const text::Language& tgt = text::language(a.tgt_lang);
  std::vector<terms::DocumentFiles> docs =
      a.batch.empty() ? std::vector<terms::DocumentFiles>{{a.src_file, a.tgt_file, a.src_file}}
                      : terms::read_manifest(a.batch);
  glossary::Store store = glossary::Store::open(a.glossary);  // before the long work: a bad file fails fast
  Progress progress("aligning", docs.size() * 2);
  terms::PipelineOptions popt{a.aligned, a.presegmented, a.line_paragraphs, a.dictionary, a.threads, &progress};
  std::vector<terms::SentencePair> pairs = terms::read_aligned_pairs(docs, src, tgt, popt);
  progress.finish();
  terms::ExtractOptions eopt;
  eopt.dictionary = a.dictionary;
  eopt.threshold = a.threshold;
  eopt.threads = a.threads;
  std::vector<terms::TermPair> found = terms::extract_terms(pairs, src, tgt, eopt);
  if (found.empty())
    throw_input("no term pair found in " + (a.batch.empty() ? a.src_file + " and " + a.tgt_file : a.batch) +
                " (are they translations of each other?); the glossary is unchanged");
  terms::StoreSummary s = terms::store_candidates(store, found, src, tgt);
  std::fputs(fmt::format("{}: {} term pairs extracted from {} sentence pairs; {} new concepts, {} terms and {} "
                         "evidence sentences added; {} already stored, {} already reviewed (skipped)\n",
                         a.glossary, s.pairs, pairs.size(), s.new_concepts, s.terms_added, s.evidence_added,
                         s.unchanged, s.skipped_reviewed)
                 .c_str(),
             stdout);
  return kExitOk;
}
}  // namespace

void add_build(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* app = root.add_subcommand(
      "build", "Segment, align and extract term pairs from translated documents into a glossary (as candidates)");
  app->add_option("SRC", args->src_file, "source-language document, UTF-8");
  app->add_option("TGT", args->tgt_file, "target-language document, UTF-8");
  app->add_option("-s,--source-lang", args->src_lang, "language of SRC (ar, en, ru, de, fr, ...)")
      ->required()->check(language_validator());
  app->add_option("-t,--target-lang", args->tgt_lang, "language of TGT")->required()->check(language_validator());
  app->add_option("-g,--glossary", args->glossary, "SQLite glossary file (created when missing)")->required();
  app->add_option("--batch", args->batch,
                  "manifest TSV: 'SRC TAB TGT [TAB NAME]' per line (paths relative to the manifest); all pairs "
                  "are aligned and extracted together and stored in one transaction");
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
  app->add_option("--threshold", args->threshold, "minimum score of a stored pair, 0..1")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app->add_option("--threads", args->threads, "worker threads (0 = all cores)")->capture_default_str();
  registry.push_back({app, [args] { return run_build(*args); }});
}

}  // namespace termalign::cli
