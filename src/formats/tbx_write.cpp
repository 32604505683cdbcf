// TbxWriter: TBX v3 TBX-Basic DCA and TBX v2 TBX-Basic martif, one concept at a time.
#include <fmt/format.h>

#include <ostream>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "formats/status_names.h"
#include "formats/tbx.h"
#include "formats/tbx_notes.h"
#include "formats/xml_io.h"

namespace termalign::formats {
namespace {

using detail::append_escaped;
using detail::escaped;
using glossary::Concept;
using glossary::Term;

// TBX-Basic picklists (../shared/tbx/DCA/TBX-Basic_DCA.sch, module.min/basic.termNote).
constexpr std::string_view kPartsOfSpeech[] = {"noun", "verb", "adjective", "adverb", "other"};
constexpr std::string_view kTermTypes[] = {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"};

template <std::size_t N>
bool in_list(std::string_view value, const std::string_view (&list)[N]) {
  for (std::string_view v : list) {
    if (v == value) return true;
  }
  return false;
}

// Languages in output order: the source language first, then the others as they first appear.
std::vector<std::string> languages_of(const Concept& c, const std::string& source_lang) {
  std::vector<std::string> langs;
  for (const Term& t : c.terms) {
    if (t.lang == source_lang && (langs.empty() || langs.front() != source_lang)) langs.insert(langs.begin(), t.lang);
  }
  for (const Term& t : c.terms) {
    bool seen = false;
    for (const auto& l : langs) seen = seen || l == t.lang;
    if (!seen) langs.push_back(t.lang);
  }
  return langs;
}

struct XmlOut {
  std::string& s;
  std::string_view what;
  void element(std::string_view indent, std::string_view open, std::string_view close, std::string_view text) {
    s += indent;
    s += open;
    append_escaped(s, text, false, what);
    s += close;
    s += '\n';
  }
};

// termNotes and auxiliary information of one term (same element names in v3 termSec and v2 tig).
void write_term_body(XmlOut& x, const Term& t, std::string_view indent) {
  x.element(indent, "<term>", "</term>", t.text);
  std::string_view admin = detail::admin_status_value(t.status);
  if (!admin.empty()) x.element(indent, "<termNote type=\"administrativeStatus\">", "</termNote>", admin);
  std::string pos = t.pos == "properNoun" ? "noun" : t.pos;
  if (!pos.empty() && in_list(pos, kPartsOfSpeech)) {
    x.element(indent, "<termNote type=\"partOfSpeech\">", "</termNote>", pos);
  }
  if (!t.type.empty() && in_list(t.type, kTermTypes)) {
    x.element(indent, "<termNote type=\"termType\">", "</termNote>", t.type);
  }
  if (!t.origin.empty()) x.element(indent, "<admin type=\"source\">", "</admin>", t.origin);
  if (!t.note.empty()) x.element(indent, "<note>", "</note>", t.note);
  for (const std::string& marker : detail::term_markers(t)) x.element(indent, "<note>", "</note>", marker);
}

void write_concept_info(XmlOut& x, const Concept& c, std::string_view indent) {
  if (!c.subject.empty()) x.element(indent, "<descrip type=\"subjectField\">", "</descrip>", c.subject);
  if (!c.definition.empty()) x.element(indent, "<descrip type=\"definition\">", "</descrip>", c.definition);
  if (!c.note.empty()) x.element(indent, "<note>", "</note>", c.note);
}

std::string language_tag(const std::string& lang, std::string_view what) {
  if (!detail::is_language_tag(lang)) {
    throw_input(fmt::format("{}: '{}' is not a language code xml:lang accepts (e.g. ar, en-US)", what, lang));
  }
  return escaped(lang, true, what);
}

}  // namespace

TbxWriter::TbxWriter(std::ostream& out, TbxVersion version, const TbxInfo& info) : out_(out), version_(version) {
  const std::string what = "TBX header";
  std::string lang = language_tag(info.source_lang.empty() ? "en" : info.source_lang, what);
  std::string title = escaped(info.title, false, what);
  std::string source = escaped(info.source_desc, false, what);
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (version_ == TbxVersion::V3) {
    out_ << "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"" << lang << "\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
         << "  <tbxHeader>\n    <fileDesc>\n      <titleStmt><title>" << title << "</title></titleStmt>\n"
         << "      <sourceDesc><p>" << source << "</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n";
  } else {
    out_ << "<martif type=\"TBX-Basic\" xml:lang=\"" << lang << "\">\n"
         << "  <martifHeader>\n    <fileDesc>\n      <titleStmt><title>" << title << "</title></titleStmt>\n"
         << "      <sourceDesc><p>" << source << "</p></sourceDesc>\n    </fileDesc>\n"
         << "    <encodingDesc><p type=\"XCSURI\">TBXBasicXCSV02.xcs</p></encodingDesc>\n  </martifHeader>\n";
  }
  out_ << "  <text>\n    <body>\n";
  source_lang_ = info.source_lang;
}

std::string TbxWriter::concept_id(const Concept& c) {
  if (c.id > 0) return fmt::format("c{}", c.id);
  if (detail::is_ncname(c.external_id)) return c.external_id;
  return fmt::format("c{}", count_ + 1);
}

void TbxWriter::write(const Concept& c) {
  if (finished_) throw_internal("TbxWriter::write after finish()");
  if (c.terms.empty()) return;
  std::string id = concept_id(c);
  std::string xml;
  XmlOut x{xml, ""};
  std::string what = fmt::format("concept {}", id);
  x.what = what;
  const bool v3 = version_ == TbxVersion::V3;
  xml += fmt::format("      <{} id=\"{}\">\n", v3 ? "conceptEntry" : "termEntry", id);
  write_concept_info(x, c, "        ");
  for (const std::string& lang : languages_of(c, source_lang_)) {
    xml += fmt::format("        <{} xml:lang=\"{}\">\n", v3 ? "langSec" : "langSet", language_tag(lang, what));
    for (const Term& t : c.terms) {
      if (t.lang != lang) continue;
      xml += v3 ? "          <termSec>\n" : "          <tig>\n";
      write_term_body(x, t, "            ");
      xml += v3 ? "          </termSec>\n" : "          </tig>\n";
    }
    xml += v3 ? "        </langSec>\n" : "        </langSet>\n";
  }
  xml += v3 ? "      </conceptEntry>\n" : "      </termEntry>\n";
  out_ << xml;
  ++count_;
}

void TbxWriter::finish() {
  if (finished_) return;
  finished_ = true;
  out_ << "    </body>\n  </text>\n" << (version_ == TbxVersion::V3 ? "</tbx>\n" : "</martif>\n");
  out_.flush();
}

}  // namespace termalign::formats
