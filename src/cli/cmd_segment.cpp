// termalign segment FILE -l LANG [--line-paragraphs] [-o OUT]: one sentence per line.
#include <memory>

#include "base/atomic_file.h"
#include "base/error.h"
#include "cli/command.h"
#include "text/reader.h"
#include "text/segment.h"

namespace termalign::cli {

namespace {
struct SegmentArgs {
  std::string input;           // text file, "-" = stdin
  std::string lang;            // ISO 639-1 code
  std::string output = "-";    // "-" = stdout
  bool line_paragraphs = false;
  bool with_lines = false;     // prefix each sentence with its input line number and a TAB
};
}  // namespace

void add_segment(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<SegmentArgs>();
  CLI::App* app = root.add_subcommand("segment", "Split a text into sentences, one per line");
  app->add_option("FILE", args->input, "UTF-8 text file ('-' = standard input)")->required();
  app->add_option("-l,--lang", args->lang, "language of the text (ar, en, ru, de, fr, ...)")
      ->required()
      ->check(language_validator());
  app->add_option("-o,--output", args->output, "output file, written atomically ('-' = standard output)")
      ->capture_default_str();
  app->add_flag("--line-paragraphs", args->line_paragraphs,
                "treat every input line as a paragraph (default: paragraphs are separated by blank lines)");
  app->add_flag("--with-lines", args->with_lines, "prefix each sentence with the input line it starts on and a TAB");
  registry.push_back({app, [args] {
                        const text::Language& lang = text::language(args->lang);
                        std::vector<std::string> lines = text::read_lines_file(args->input);
                        text::Segmenter segmenter(lang, {.line_paragraphs = args->line_paragraphs});
                        std::vector<text::Sentence> sentences = segmenter.segment(lines);
                        AtomicOutput out(args->output);
                        for (const text::Sentence& s : sentences) {
                          if (args->with_lines) out.stream() << s.line << '\t';
                          out.stream() << s.text << '\n';
                        }
                        out.commit();
                        return kExitOk;
                      }});
}

}  // namespace termalign::cli
