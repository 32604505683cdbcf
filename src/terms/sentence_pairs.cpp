#include "terms/sentence_pairs.h"

#include "base/error.h"

namespace termalign::terms {
namespace {

std::string join(const std::vector<std::string>& sentences, const std::vector<std::size_t>& ids,
                 const std::string& document) {
  std::string out;
  for (std::size_t id : ids) {
    if (id >= sentences.size())
      throw_internal("bead refers to sentence " + std::to_string(id + 1) + " beyond the end of " + document);
    if (!out.empty()) out += ' ';
    out += sentences[id];
  }
  return out;
}

std::size_t line_of(const std::vector<std::size_t>& lines, std::size_t id) {
  return id < lines.size() ? lines[id] : id + 1;
}

}  // namespace

std::vector<SentencePair> pairs_from_alignment(const std::string& document, const std::vector<std::string>& src,
                                               const std::vector<std::string>& tgt,
                                               const align::Alignment& alignment,
                                               const std::vector<std::size_t>& src_lines,
                                               const std::vector<std::size_t>& tgt_lines) {
  std::vector<SentencePair> out;
  for (const align::Bead& bead : alignment) {
    if (bead.src.empty() || bead.tgt.empty()) continue;
    out.push_back({document, join(src, bead.src, document), join(tgt, bead.tgt, document),
                   line_of(src_lines, bead.src.front()), line_of(tgt_lines, bead.tgt.front())});
  }
  return out;
}

}  // namespace termalign::terms
