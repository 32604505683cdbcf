// termalign align SRC TGT -s LANG -t LANG [--presegmented] [--dict auto|none|PATH] [--format F] [-o OUT]
// termalign align --batch MANIFEST.tsv --out-dir DIR -s LANG -t LANG [...]: many pairs, one learned lexicon.
#include <cstdio>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "align/aligner.h"
#include "align/bead_io.h"
#include "align/manifest.h"
#include "base/atomic_file.h"
#include "base/error.h"
#include "base/progress.h"
#include "cli/command.h"
#include "formats/tmx.h"
#include "text/reader.h"
#include "text/segment.h"

namespace termalign::cli {

namespace {
struct AlignArgs {
  std::string src_file, tgt_file;   // documents ("-" = standard input for one of them)
  std::string src_lang, tgt_lang;   // ISO 639-1 codes
  bool presegmented = false;        // one sentence per line; otherwise the text is segmented first
  bool line_paragraphs = false;     // when segmenting: every line is a paragraph
  std::string dictionary = "auto";  // auto | none | path to a dictd .index or a .tsv
  std::string format = "beads";     // beads | ladder | tsv | tmx | jsonl
  std::string output = "-";         // "-" = standard output
  bool one_pass = false;            // skip the learned-lexicon second pass
  unsigned threads = 0;             // 0 = all hardware threads
  std::string batch;                // manifest: "SRC TAB TGT [TAB NAME]" per line
  std::string out_dir;              // --batch output directory
};

struct Document {
  std::string name;
  std::vector<std::string> sentences;
};

std::vector<std::string> read_document(const std::string& path, const text::Language& lang, const AlignArgs& a) {
  if (path != "-" && std::filesystem::is_regular_file(path) && std::filesystem::file_size(path) == 0) {
    std::fprintf(stderr, "termalign: warning: %s is empty: all sentences of the other side are unaligned\n",
                 path.c_str());
    return {};
  }
  if (a.presegmented) return text::read_sentences_file(path);
  text::Segmenter segmenter(lang, {.line_paragraphs = a.line_paragraphs});
  std::vector<std::string> out;
  for (text::Sentence& s : segmenter.segment(text::read_lines_file(path))) out.push_back(std::move(s.text));
  return out;
}

std::string extension(const std::string& format) {
  if (format == "ladder") return "ladder";
  if (format == "jsonl") return "jsonl";
  if (format == "tsv") return "tsv";
  if (format == "tmx") return "tmx";
  return "beads";
}

// One <tu> per two-sided bead; tuid = the 1-based source line of the bead's first sentence.
void write_tmx(std::ostream& out, const AlignArgs& a, const align::Alignment& beads, const align::DocumentPair& pair) {
  formats::TmxWriter writer(out, {.src_lang = a.src_lang, .tgt_lang = a.tgt_lang});
  for (const align::Bead& bead : beads) {
    if (bead.src.empty() || bead.tgt.empty()) continue;
    formats::TranslationUnit unit;
    unit.id = std::to_string(bead.src.front() + 1);
    unit.src = align::join_sentences(bead.src, pair.src);
    unit.tgt = align::join_sentences(bead.tgt, pair.tgt);
    unit.confidence = bead.confidence;
    writer.write(unit);
  }
  writer.finish();
}

void write_alignment(std::ostream& out, const AlignArgs& a, const align::Alignment& beads,
                     const align::DocumentPair& pair) {
  if (a.format == "tmx") write_tmx(out, a, beads, pair);
  else if (a.format == "beads") align::write_beads(out, beads, true);
  else if (a.format == "ladder") align::write_ladder(out, beads);
  else if (a.format == "tsv") align::write_tsv(out, beads, pair.src, pair.tgt);
  else if (a.format == "jsonl") align::write_jsonl(out, beads, pair.src, pair.tgt);
  else throw_usage(fmt::format("output format '{}' is not available in this build", a.format));
}

align::AlignOptions options_from(const AlignArgs& a) {
  align::AlignOptions o;
  o.dictionary = a.dictionary;
  o.two_pass = !a.one_pass;
  o.threads = a.threads;
  return o;
}

int run_single(const AlignArgs& a) {
  if (a.src_file.empty() || a.tgt_file.empty()) throw_usage("align needs SRC and TGT files (or --batch)");
  const text::Language& src = text::language(a.src_lang);
  const text::Language& tgt = text::language(a.tgt_lang);
  align::DocumentPair pair{a.src_file, read_document(a.src_file, src, a), read_document(a.tgt_file, tgt, a)};
  align::Alignment beads = align::align_pair(pair, src, tgt, options_from(a));
  AtomicOutput out(a.output);
  write_alignment(out.stream(), a, beads, pair);
  out.commit();
  return kExitOk;
}

int run_batch(const AlignArgs& a) {
  if (a.out_dir.empty()) throw_usage("--batch needs --out-dir DIR");
  const text::Language& src = text::language(a.src_lang);
  const text::Language& tgt = text::language(a.tgt_lang);
  std::vector<align::DocumentPair> pairs;
  for (const align::DocumentFiles& d : align::read_manifest(a.batch))
    pairs.push_back({d.name, read_document(d.src, src, a), read_document(d.tgt, tgt, a)});
  std::filesystem::create_directories(a.out_dir);
  align::AlignOptions options = options_from(a);
  Progress progress("aligning", pairs.size() * (options.two_pass ? 2 : 1));
  options.progress = &progress;
  std::vector<align::Alignment> results = align::align_batch(pairs, src, tgt, options);
  progress.finish();
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    AtomicOutput out((std::filesystem::path(a.out_dir) / (pairs[k].name + "." + extension(a.format))).string());
    write_alignment(out.stream(), a, results[k], pairs[k]);
    out.commit();
  }
  return kExitOk;
}

}  // namespace

void add_align(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<AlignArgs>();
  CLI::App* app = root.add_subcommand("align", "Align two translated documents sentence by sentence");
  app->add_option("SRC", args->src_file, "source-language document, UTF-8 ('-' = standard input)");
  app->add_option("TGT", args->tgt_file, "target-language document, UTF-8");
  app->add_option("-s,--source-lang", args->src_lang, "language of SRC (ar, en, ru, de, fr, ...)")
      ->required()->check(language_validator());
  app->add_option("-t,--target-lang", args->tgt_lang, "language of TGT")->required()->check(language_validator());
  app->add_flag("--presegmented", args->presegmented,
                "inputs hold one sentence per line (as for hunalign/vecalign); default: segment them first");
  app->add_flag("--line-paragraphs", args->line_paragraphs,
                "when segmenting, treat every input line as a paragraph (default: blank lines separate them)");
  app->add_option("--dict", args->dictionary,
                  "bilingual dictionary: 'auto' (packaged FreeDict for the pair if installed), 'none', or a "
                  "path to a dictd .index (with its .dict.dz) or a TSV 'source TAB target'")
      ->capture_default_str();
  app->add_option("-f,--format", args->format,
                  "output: beads ('[0, 1]:[2]' TAB confidence, 0-based), ladder (hunalign), tsv (source TAB "
                  "target TAB confidence), tmx (TMX 1.4, one <tu> per bead with both sides), jsonl")
      ->check(CLI::IsMember({"beads", "ladder", "tsv", "tmx", "jsonl"}))
      ->capture_default_str();
  app->add_option("-o,--output", args->output, "output file, written atomically ('-' = standard output)")
      ->capture_default_str();
  app->add_flag("--one-pass", args->one_pass, "do not learn a lexicon from a first pass and realign (faster)");
  app->add_option("--threads", args->threads, "worker threads for --batch (0 = all cores)")->capture_default_str();
  app->add_option("--batch", args->batch,
                  "manifest TSV: 'SRC TAB TGT [TAB NAME]' per line (paths relative to the manifest); aligns "
                  "all pairs sharing one learned lexicon; writes OUT-DIR/NAME.<format>");
  app->add_option("--out-dir", args->out_dir, "output directory for --batch (created if missing)");
  registry.push_back({app, [args] { return args->batch.empty() ? run_single(*args) : run_batch(*args); }});
}

}  // namespace termalign::cli
