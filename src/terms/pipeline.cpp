#include "terms/pipeline.h"

#include <array>

#include "align/aligner.h"
#include "base/error.h"
#include "text/reader.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace termalign::terms {
namespace {

constexpr std::size_t kMinLetters = 20;        // fewer letters say nothing about the script
constexpr std::size_t kScriptSample = 200000;  // letters looked at, at most

// The script of one code point, or Other for digits, punctuation and scripts termalign does not tell apart.
text::Script script_of(char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7))
    return text::Script::Latin;
  if ((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x0750 && c <= 0x077F) ||
      (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC))
    return text::Script::Arabic;
  if (c >= 0x0400 && c <= 0x04FF) return text::Script::Cyrillic;
  if (c >= 0x0370 && c <= 0x03FF) return text::Script::Greek;
  return text::Script::Other;
}

const char* script_name(text::Script s) {
  switch (s) {
    case text::Script::Latin: return "Latin";
    case text::Script::Arabic: return "Arabic";
    case text::Script::Cyrillic: return "Cyrillic";
    case text::Script::Greek: return "Greek";
    case text::Script::Other: break;
  }
  return "another";
}

struct Document {
  std::vector<std::string> sentences;
  std::vector<std::size_t> lines;  // 1-based input line of each sentence
};

Document read_document(const std::string& path, const text::Language& lang, const PipelineOptions& options) {
  Document doc;
  if (options.presegmented) {
    doc.sentences = text::read_sentences_file(path);
    for (std::size_t k = 0; k < doc.sentences.size(); ++k) doc.lines.push_back(k + 1);
  } else {
    text::Segmenter segmenter(lang, {.line_paragraphs = options.line_paragraphs});
    for (text::Sentence& s : segmenter.segment(text::read_lines_file(path))) {
      doc.sentences.push_back(std::move(s.text));
      doc.lines.push_back(s.line);
    }
  }
  bool any_text = false;
  for (const std::string& s : doc.sentences) any_text = any_text || !s.empty();
  if (!any_text) throw_input("the text is empty (no sentence to align)", {path});
  return doc;
}

// Line k ↔ line k: the files are a bitext already.
std::vector<SentencePair> line_pairs(const DocumentFiles& d, const text::Language& src, const text::Language& tgt) {
  std::vector<std::string> s = text::read_sentences_file(d.src), t = text::read_sentences_file(d.tgt);
  if (s.size() != t.size())
    throw_input("--aligned needs line-aligned files, but " + d.src + " has " + std::to_string(s.size()) +
                    " lines and this file " + std::to_string(t.size()),
                {d.tgt});
  check_script(s, src, d.src, "-s");
  check_script(t, tgt, d.tgt, "-t");
  std::vector<SentencePair> out;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s[k].empty() || t[k].empty()) continue;
    out.push_back({d.name.empty() ? d.src : d.name, std::move(s[k]), std::move(t[k]), k + 1, k + 1});
  }
  if (out.empty()) throw_input("the text is empty (no line with text on both sides)", {d.src});
  return out;
}

}  // namespace

text::Script dominant_script(const std::vector<std::string>& sentences) {
  std::array<std::size_t, 5> counts{};
  std::size_t letters = 0;
  for (const std::string& s : sentences) {
    for (std::size_t pos = 0; pos < s.size() && letters < kScriptSample;) {
      text::Script script = script_of(text::decode_utf8(s, pos));
      if (script == text::Script::Other) continue;
      ++counts[static_cast<std::size_t>(script)];
      ++letters;
    }
  }
  if (letters < kMinLetters) return text::Script::Other;
  std::size_t best = 0;
  for (std::size_t k = 1; k < counts.size(); ++k) {
    if (counts[k] > counts[best]) best = k;
  }
  return static_cast<text::Script>(best);
}

void check_script(const std::vector<std::string>& sentences, const text::Language& lang, const std::string& file,
                  const std::string& flag) {
  text::Script found = dominant_script(sentences);
  if (found == text::Script::Other || lang.script == text::Script::Other || found == lang.script) return;
  throw_input(std::string("the text is in ") + script_name(found) + " script, not in the " +
                  script_name(lang.script) + " script of " + lang.name + " (" + flag + " " + lang.code +
                  "): check the language options and the order of the files",
              {file});
}

std::vector<SentencePair> read_aligned_pairs(const std::vector<DocumentFiles>& documents,
                                             const text::Language& src, const text::Language& tgt,
                                             const PipelineOptions& options) {
  if (options.aligned) {
    std::vector<SentencePair> out;
    for (const DocumentFiles& d : documents) {
      std::vector<SentencePair> part = line_pairs(d, src, tgt);
      out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return out;
  }
  std::vector<align::DocumentPair> pairs;
  std::vector<std::array<std::vector<std::size_t>, 2>> lines;
  for (const DocumentFiles& d : documents) {
    Document s = read_document(d.src, src, options);
    check_script(s.sentences, src, d.src, "-s");
    Document t = read_document(d.tgt, tgt, options);
    check_script(t.sentences, tgt, d.tgt, "-t");
    pairs.push_back({d.name.empty() ? d.src : d.name, std::move(s.sentences), std::move(t.sentences)});
    lines.push_back({std::move(s.lines), std::move(t.lines)});
  }
  align::AlignOptions aopt;
  aopt.dictionary = options.dictionary;
  aopt.threads = options.threads;
  aopt.progress = options.progress;
  std::vector<align::Alignment> alignments = align::align_batch(pairs, src, tgt, aopt);
  std::vector<SentencePair> out;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    std::vector<SentencePair> part =
        pairs_from_alignment(pairs[k].name, pairs[k].src, pairs[k].tgt, alignments[k], lines[k][0], lines[k][1]);
    out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return out;
}

}  // namespace termalign::terms
