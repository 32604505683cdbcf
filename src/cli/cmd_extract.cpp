// termalign extract SRC TGT -s LANG -t LANG [--presegmented] [--format tsv|json] [--all] [-o OUT]
// termalign extract --batch MANIFEST -s LANG -t LANG [...]: many document pairs, one ranked list.
#include <memory>

#include "base/atomic_file.h"
#include "base/error.h"
#include "cli/command.h"
#include "cli/term_pipeline.h"
#include "terms/extract.h"

namespace termalign::cli {

namespace {
struct ExtractArgs {
  TermPipelineArgs pipeline;     // documents, languages, alignment, dictionary, threshold, threads
  std::string format = "tsv";    // tsv | json
  bool all = false;              // every counted pair, ranked, instead of the default selection
  std::string output = "-";      // "-" = standard output
};

int run_extract(const ExtractArgs& a) {
  TermPipelineResult r = run_term_pipeline(a.pipeline, a.all, "extract", "");
  AtomicOutput out(a.output);
  if (a.format == "json") terms::write_json(out.stream(), r.found);
  else terms::write_tsv(out.stream(), r.found);
  out.commit();
  return kExitOk;
}
}  // namespace

void add_extract(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* app = root.add_subcommand("extract", "Extract bilingual term pairs from a translated document pair");
  app->add_option("SRC", args->pipeline.src_file, "source-language document, UTF-8 ('-' = standard input)");
  app->add_option("TGT", args->pipeline.tgt_file, "target-language document, UTF-8");
  add_term_pipeline_options(app, args->pipeline, "all pairs are aligned and their terms extracted together",
                            "minimum score of a proposed pair, 0..1");
  app->add_option("-f,--format", args->format,
                  "output: tsv (header 'source TAB target TAB score TAB count') or json (with evidence)")
      ->check(CLI::IsMember({"tsv", "json"}))
      ->capture_default_str();
  app->add_flag("--all", args->all, "list every counted pair, ranked (default: only the pairs proposed as terms)");
  app->add_option("-o,--output", args->output, "output file, written atomically ('-' = standard output)")
      ->capture_default_str();
  registry.push_back({app, [args] { return run_extract(*args); }});
}

}  // namespace termalign::cli
