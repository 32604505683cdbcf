// TMX reading (tmx.h) and the bilingual-file reader (bitext.h).
#include "formats/bitext.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "base/atomic_file.h"
#include "base/error.h"
#include "formats/tmx.h"
#include "formats/xml_io.h"

namespace termalign::formats {
namespace {

using detail::node_attr;
using detail::node_lang;
using detail::node_line;
using detail::node_name;
using detail::node_text;
using detail::XmlReader;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A tuv's language: xml:lang (TMX 1.4) or lang (TMX 1.1).
std::string tuv_lang(const xmlNode* tuv) {
  std::string lang = node_lang(tuv);
  return lang.empty() ? node_attr(tuv, "lang") : lang;
}

const xmlNode* child_named(const xmlNode* node, std::string_view name) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (node_name(c) == name) return c;
  }
  return nullptr;
}

struct TmxState {
  TmxLanguages langs;
  std::size_t ordinal = 0;
};

void read_tu(const xmlNode* tu, const std::string& name, TmxState& state,
             const std::function<void(TranslationUnit&&)>& sink) {
  TranslationUnit unit;
  unit.id = node_attr(tu, "tuid");
  unit.line = node_line(tu);
  bool have_src = false, have_tgt = false;
  for (const xmlNode* c = tu->children; c; c = c->next) {
    std::string element = node_name(c);
    if (element == "note" && unit.note.empty()) unit.note = node_text(c, name);
    if (element == "prop" && node_attr(c, "type") == "x-termalign-confidence") {
      std::string value = node_text(c, name);  // from_chars: independent of the global locale
      std::from_chars(value.data(), value.data() + value.size(), unit.confidence);
    }
    if (element != "tuv") continue;
    std::string lang_as_written = tuv_lang(c);
    std::string lang = lower(lang_as_written);
    const xmlNode* seg = child_named(c, "seg");
    std::string text = seg ? node_text(seg, name, true) : std::string();
    if (state.langs.src_lang.empty() || state.langs.src_lang == "*all*") state.langs.src_lang = lang_as_written;
    if (lang == lower(state.langs.src_lang)) {
      if (!have_src) unit.src = std::move(text);
      have_src = true;
    } else {
      if (state.langs.tgt_lang.empty()) state.langs.tgt_lang = lang_as_written;
      if (lang == lower(state.langs.tgt_lang) && !have_tgt) {
        unit.tgt = std::move(text);
        have_tgt = true;
      }
    }
  }
  ++state.ordinal;
  if (unit.id.empty()) unit.id = std::to_string(state.ordinal);
  if (have_src && have_tgt) sink(std::move(unit));
}

// Moves to the root element; Error(Input) for an empty document.
std::string find_root(XmlReader& reader) {
  while (reader.read()) {
    if (reader.is_element()) return reader.local_name();
  }
  throw_input("empty document: no XML root element", {reader.name(), 1});
}

// Reads the TMX document after its root element.
TmxLanguages read_tmx_body(XmlReader& reader, const std::function<void(TranslationUnit&&)>& sink) {
  TmxState state;
  bool more = reader.read();
  while (more) {
    if (!reader.is_element()) {
      more = reader.read();
      continue;
    }
    std::string element = reader.local_name();
    if (element == "header") {
      state.langs.src_lang = reader.attribute("srclang");
    } else if (element == "tu") {
      read_tu(reader.expand(), reader.name(), state, sink);
      more = reader.next();
      continue;
    }
    more = reader.read();
  }
  return state.langs;
}

}  // namespace

TmxLanguages read_tmx(std::istream& in, const std::string& name, const std::function<void(TranslationUnit&&)>& sink) {
  XmlReader reader(in, name);
  std::string root = find_root(reader);
  if (root != "tmx") reader.fail(fmt::format("not a TMX file: the root element is <{}>, not <tmx>", root));
  return read_tmx_body(reader, sink);
}

namespace {

// The <mrk mtype="seg"> children of an XLIFF 1.2 <seg-source>/<target>, in document order (any depth).
void segment_markers(const xmlNode* node, std::vector<const xmlNode*>& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (node_name(c) == "mrk" && node_attr(c, "mtype") == "seg") {
      out.push_back(c);
    } else if (c->type == XML_ELEMENT_NODE) {
      segment_markers(c, out);
    }
  }
}

// XLIFF 1.2 segmented unit: one segment per <seg-source><mrk mtype="seg" mid>, target matched by mid.
bool read_segmented(const xmlNode* unit, const std::string& id, const std::string& name, Bitext& out) {
  const xmlNode* seg_source = child_named(unit, "seg-source");
  if (!seg_source) return false;
  std::vector<const xmlNode*> sources, targets;
  segment_markers(seg_source, sources);
  if (sources.empty()) return false;
  if (const xmlNode* target = child_named(unit, "target")) segment_markers(target, targets);
  for (const xmlNode* m : sources) {
    std::string mid = node_attr(m, "mid");
    BitextSegment segment;
    segment.id = id + "/" + mid;
    segment.line = node_line(m);
    segment.src = node_text(m, name, true);
    for (const xmlNode* t : targets) {
      if (node_attr(t, "mid") == mid) segment.tgt = node_text(t, name, true);
    }
    out.segments.push_back(std::move(segment));
  }
  return true;
}

// XLIFF 1.2: <file source-language target-language><body>[<group>]*<trans-unit id><source/><target/>
void read_trans_unit(const xmlNode* unit, const std::string& name, Bitext& out) {
  std::string id = node_attr(unit, "id");
  if (id.empty()) id = std::to_string(out.segments.size() + 1);
  if (read_segmented(unit, id, name, out)) return;
  const xmlNode* source = child_named(unit, "source");
  const xmlNode* target = child_named(unit, "target");
  BitextSegment segment;
  segment.id = id;
  segment.line = node_line(unit);
  segment.src = source ? node_text(source, name, true) : std::string();
  segment.tgt = target ? node_text(target, name, true) : std::string();
  out.segments.push_back(std::move(segment));
}

// XLIFF 2.x: <unit id><segment id?><source/><target/></segment>...</unit> (<ignorable> skipped)
void read_unit(const xmlNode* unit, const std::string& name, Bitext& out) {
  std::string unit_id = node_attr(unit, "id");
  std::size_t ordinal = 0;
  for (const xmlNode* c = unit->children; c; c = c->next) {
    if (node_name(c) != "segment") continue;
    ++ordinal;
    const xmlNode* source = child_named(c, "source");
    const xmlNode* target = child_named(c, "target");
    BitextSegment segment;
    std::string segment_id = node_attr(c, "id");
    segment.id = unit_id + "/" + (segment_id.empty() ? std::to_string(ordinal) : segment_id);
    segment.line = node_line(c);
    segment.src = source ? node_text(source, name, true) : std::string();
    segment.tgt = target ? node_text(target, name, true) : std::string();
    out.segments.push_back(std::move(segment));
  }
}

void read_xliff(XmlReader& reader, Bitext& out) {
  std::string version = reader.attribute("version");
  bool v2 = !version.empty() && version[0] == '2';
  if (!v2 && version != "1.2" && version != "1.1" && version != "1.0") {
    reader.fail(fmt::format("unsupported XLIFF version '{}' (1.2 or 2.x expected)", version));
  }
  out.format = v2 ? "xliff-2" : "xliff-1.2";
  if (v2) {
    out.src_lang = reader.attribute("srcLang");
    out.tgt_lang = reader.attribute("trgLang");
  }
  bool more = reader.read();
  while (more) {
    if (!reader.is_element()) {
      more = reader.read();
      continue;
    }
    std::string element = reader.local_name();
    if (!v2 && element == "file" && out.src_lang.empty()) {
      out.src_lang = reader.attribute("source-language");
      out.tgt_lang = reader.attribute("target-language");
    }
    if ((!v2 && element == "trans-unit") || (v2 && element == "unit")) {
      xmlNodePtr unit = reader.expand();
      v2 ? read_unit(unit, reader.name(), out) : read_trans_unit(unit, reader.name(), out);
      more = reader.next();
      continue;
    }
    more = reader.read();
  }
  if (out.src_lang.empty()) throw_input("XLIFF file declares no source language", {reader.name(), 1});
}

}  // namespace

Bitext read_bitext(std::istream& in, const std::string& name) {
  XmlReader reader(in, name);
  std::string root = find_root(reader);
  Bitext out;
  if (root == "tmx") {
    out.format = "tmx";
    TmxLanguages langs = read_tmx_body(reader, [&](TranslationUnit&& unit) {
      out.segments.push_back(BitextSegment{std::move(unit.id), std::move(unit.src), std::move(unit.tgt), unit.line});
    });
    out.src_lang = langs.src_lang;
    out.tgt_lang = langs.tgt_lang;
  } else if (root == "xliff") {
    read_xliff(reader, out);
  } else {
    reader.fail(fmt::format("not a bilingual file: the root element is <{}> (TMX or XLIFF expected)", root));
  }
  return out;
}

Bitext read_bitext_file(const std::string& path) {
  InputFile file(path);
  return read_bitext(file.stream(), path);
}

}  // namespace termalign::formats
