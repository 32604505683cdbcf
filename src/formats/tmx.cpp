#include "formats/tmx.h"

#include <fmt/format.h>

#include <ostream>

#include "base/error.h"
#include "formats/xml_io.h"

namespace termalign::formats {
namespace {

using detail::escaped;

bool valid_segtype(const std::string& s) {
  return s == "block" || s == "paragraph" || s == "sentence" || s == "phrase";
}

}  // namespace

TmxWriter::TmxWriter(std::ostream& out, const TmxHeader& header) : out_(out), header_(header) {
  if (!detail::is_language_tag(header_.src_lang) || !detail::is_language_tag(header_.tgt_lang)) {
    throw_usage(fmt::format("TMX needs valid source and target language codes, not '{}' and '{}'",
                            header_.src_lang, header_.tgt_lang));
  }
  if (!valid_segtype(header_.segtype)) {
    throw_usage(fmt::format("TMX segtype must be block, paragraph, sentence or phrase, not '{}'", header_.segtype));
  }
  const std::string what = "TMX header";
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<tmx version=\"1.4\">\n"
       << "  <header creationtool=\"" << escaped(header_.creation_tool, true, what) << "\" creationtoolversion=\""
       << escaped(header_.creation_tool_version, true, what) << "\" segtype=\"" << header_.segtype
       << "\" o-tmf=\"termalign\" adminlang=\"" << escaped(header_.admin_lang, true, what) << "\" srclang=\""
       << escaped(header_.src_lang, true, what) << "\" datatype=\"" << escaped(header_.datatype, true, what)
       << "\" o-encoding=\"UTF-8\"/>\n"
       << "  <body>\n";
}

void TmxWriter::write(const TranslationUnit& unit) {
  if (finished_) throw_internal("TmxWriter::write after finish()");
  ++count_;
  const std::string what = unit.id.empty() ? fmt::format("translation unit {}", count_)
                                           : fmt::format("translation unit '{}'", unit.id);
  std::string xml = "    <tu";
  if (!unit.id.empty()) xml += fmt::format(" tuid=\"{}\"", escaped(unit.id, true, what));
  xml += ">\n";
  if (!unit.note.empty()) xml += fmt::format("      <note>{}</note>\n", escaped(unit.note, false, what));
  if (header_.confidence_prop) {
    xml += fmt::format("      <prop type=\"x-termalign-confidence\">{:.4f}</prop>\n", unit.confidence);
  }
  xml += fmt::format("      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n", escaped(header_.src_lang, true, what),
                     escaped(unit.src, false, what));
  xml += fmt::format("      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n", escaped(header_.tgt_lang, true, what),
                     escaped(unit.tgt, false, what));
  xml += "    </tu>\n";
  out_ << xml;
}

void TmxWriter::finish() {
  if (finished_) return;
  finished_ = true;
  out_ << "  </body>\n</tmx>\n";
  out_.flush();
}

}  // namespace termalign::formats
