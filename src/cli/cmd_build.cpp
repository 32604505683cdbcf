// termalign build SRC TGT -s LANG -t LANG --glossary DB [--presegmented]
// termalign build --batch MANIFEST -s LANG -t LANG --glossary DB: segment, align, extract and store candidates.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "base/error.h"
#include "cli/command.h"
#include "cli/term_pipeline.h"
#include "glossary/store.h"
#include "terms/store_terms.h"

namespace termalign::cli {

namespace {
struct BuildArgs {
  TermPipelineArgs pipeline;  // documents, languages, alignment, dictionary, threshold, threads
  std::string glossary;       // SQLite glossary file, created when missing
};

int run_build(const BuildArgs& a) {
  require_term_inputs(a.pipeline, "build");
  glossary::Store store = glossary::Store::open(a.glossary);  // before the long work: a bad file fails fast
  TermPipelineResult r = run_term_pipeline(a.pipeline, false, "build", "; the glossary is unchanged");
  terms::StoreSummary s = terms::store_candidates(store, r.found, *r.src, *r.tgt);
  std::fputs(fmt::format("{}: {} term pairs extracted from {} sentence pairs; {} new concepts, {} terms and {} "
                         "evidence sentences added; {} already stored, {} already reviewed (skipped)\n",
                         a.glossary, s.pairs, r.sentence_pairs, s.new_concepts, s.terms_added, s.evidence_added,
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
  app->add_option("SRC", args->pipeline.src_file, "source-language document, UTF-8");
  app->add_option("TGT", args->pipeline.tgt_file, "target-language document, UTF-8");
  add_term_pipeline_options(app, args->pipeline,
                            "all pairs are aligned and extracted together and stored in one transaction",
                            "minimum score of a stored pair, 0..1");
  app->add_option("-g,--glossary", args->glossary, "SQLite glossary file (created when missing)")->required();
  registry.push_back({app, [args] { return run_build(*args); }});
}

}  // namespace termalign::cli
