// read_tbx: TBX v3 (DCA and DCT) and TBX v2 (martif), one concept at a time.
#include <fmt/format.h>

#include "base/error.h"
#include "formats/status_names.h"
#include "formats/tbx.h"
#include "formats/tbx_notes.h"
#include "formats/xml_io.h"

namespace termalign::formats {
namespace {

using detail::node_attr;
using detail::node_lang;
using detail::node_line;
using detail::node_name;
using detail::node_text;
using glossary::Concept;
using glossary::Term;

// The data category of an element: @type for the DCA/v2 generic elements, the element name for DCT style
// (<basic:termType>, <min:partOfSpeech>, ...).
std::string category_of(const xmlNode* node) {
  std::string name = node_name(node);
  if (name == "termNote" || name == "descrip" || name == "admin" || name == "termNoteGrp") {
    return node_attr(node, "type");
  }
  return name;
}

bool is_group(const std::string& name) {
  return name.size() > 3 && name.ends_with("Grp") && name != "transacGrp" && name != "termGrp";
}

bool is_ignored(const std::string& category) {
  return category.empty() || category == "transacGrp" || category == "transac" || category == "transacNote" ||
         category == "date" || category == "ref" || category == "xref" || category == "crossReference" ||
         category == "externalCrossReference" || category == "xGraphic" || category == "termCompList" ||
         category == "hi" || category == "foreign";
}

// Term text as a term: pretty-printing whitespace (runs of spaces, tabs, newlines) becomes one space, trimmed.
std::string collapse_whitespace(const std::string& text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

void append_line(std::string& field, const std::string& text) {
  if (text.empty()) return;
  if (!field.empty()) field += '\n';
  field += text;
}

struct Context {
  const std::string& file;
};

void read_term_item(const xmlNode* node, Term& t, const Context& ctx);

// Children of a termSec / tig / ntig / termGrp.
void read_term_children(const xmlNode* parent, Term& t, const Context& ctx) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string name = node_name(c);
    if (name == "termGrp" || is_group(name)) {
      read_term_children(c, t, ctx);
    } else {
      read_term_item(c, t, ctx);
    }
  }
}

void read_term_item(const xmlNode* node, Term& t, const Context& ctx) {
  std::string name = node_name(node);
  std::string category = category_of(node);
  if (name == "term") {
    t.text = collapse_whitespace(node_text(node, ctx.file));
    return;
  }
  if (is_ignored(category)) return;
  std::string value = node_text(node, ctx.file);
  if (category == "administrativeStatus" || category == "normativeAuthorization") {
    if (auto status = detail::status_from_admin_value(value)) {
      t.status = *status;
      return;
    }
  } else if (category == "partOfSpeech") {
    t.pos = value;
    return;
  } else if (category == "termType") {
    t.type = value;
    return;
  } else if (category == "source") {
    t.origin = value;
    return;
  } else if (category == "note") {
    if (!detail::apply_marker(t, value)) append_line(t.note, value);
    return;
  }
  append_line(t.note, fmt::format("{}: {}", category, value));
}

void read_term(const xmlNode* node, const std::string& lang, Concept& c, const Context& ctx) {
  Term t;
  t.lang = lang;
  read_term_children(node, t, ctx);
  if (t.text.empty()) throw_input("a term entry has no <term> text", {ctx.file, node_line(node)});
  c.terms.push_back(std::move(t));
}

// Concept- or language-level information (descrip, admin, note).
void read_info(const xmlNode* node, const std::string& lang, Concept& c, const Context& ctx) {
  std::string category = category_of(node);
  if (is_ignored(category)) return;
  std::string value = node_text(node, ctx.file);
  if (category == "subjectField" && c.subject.empty()) {
    c.subject = value;
  } else if (category == "definition" && c.definition.empty()) {
    c.definition = value;
  } else if (category == "note") {
    append_line(c.note, value);
  } else if (lang.empty()) {
    append_line(c.note, fmt::format("{}: {}", category, value));
  } else {
    append_line(c.note, fmt::format("{} ({}): {}", category, lang, value));
  }
}

void read_lang(const xmlNode* node, Concept& c, const Context& ctx) {
  std::string lang = node_lang(node);
  if (lang.empty()) lang = node_attr(node, "lang");
  if (lang.empty()) throw_input("a language section has no xml:lang", {ctx.file, node_line(node)});
  for (const xmlNode* ch = node->children; ch; ch = ch->next) {
    if (ch->type != XML_ELEMENT_NODE) continue;
    std::string name = node_name(ch);
    if (name == "termSec" || name == "tig" || name == "ntig") {
      read_term(ch, lang, c, ctx);
    } else if (is_group(name)) {
      for (const xmlNode* g = ch->children; g; g = g->next) {
        if (g->type == XML_ELEMENT_NODE) read_info(g, lang, c, ctx);
      }
    } else {
      read_info(ch, lang, c, ctx);
    }
  }
}

Concept read_concept(const xmlNode* node, const Context& ctx) {
  Concept c;
  c.external_id = node_attr(node, "id");
  for (const xmlNode* ch = node->children; ch; ch = ch->next) {
    if (ch->type != XML_ELEMENT_NODE) continue;
    std::string name = node_name(ch);
    if (name == "langSec" || name == "langSet") {
      read_lang(ch, c, ctx);
    } else if (is_group(name)) {
      for (const xmlNode* g = ch->children; g; g = g->next) {
        if (g->type == XML_ELEMENT_NODE) read_info(g, "", c, ctx);
      }
    } else {
      read_info(ch, "", c, ctx);
    }
  }
  return c;
}

}  // namespace

TbxFileInfo read_tbx(std::istream& in, const std::string& name, const std::function<void(Concept&&)>& sink) {
  detail::XmlReader reader(in, name);
  TbxFileInfo info;
  bool root_seen = false;
  Context ctx{name};
  bool more = reader.read();
  while (more) {
    if (!reader.is_element()) {
      more = reader.read();
      continue;
    }
    std::string element = reader.local_name();
    if (!root_seen) {
      if (element != "tbx" && element != "martif") {
        reader.fail(fmt::format("not a TBX file: the root element is <{}>, not <tbx> or <martif>", element));
      }
      root_seen = true;
      info.version = element == "tbx" ? TbxVersion::V3 : TbxVersion::V2;
      info.type = reader.attribute("type");
      info.source_lang = reader.xml_lang();
    } else if (element == "conceptEntry" || element == "termEntry") {
      Concept c = read_concept(reader.expand(), ctx);
      if (!c.terms.empty()) sink(std::move(c));
      more = reader.next();
      continue;
    }
    more = reader.read();
  }
  if (!root_seen) throw_input("empty document: no XML root element", {name, 1});
  return info;
}

}  // namespace termalign::formats
