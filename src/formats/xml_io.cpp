#include "formats/xml_io.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <fmt/format.h>

#include <istream>

#include "base/error.h"
#include "text/utf8.h"

namespace termalign::formats::detail {
namespace {

constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;

int read_callback(void* context, char* buffer, int length) {
  auto* in = static_cast<std::istream*>(context);
  if (in->bad()) return -1;
  in->read(buffer, length);
  if (in->bad()) return -1;
  return static_cast<int>(in->gcount());
}

std::string trimmed(const char* message) {
  std::string s = message ? message : "XML error";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return text::sanitize_utf8(s);
}

std::string as_string(const xmlChar* s) { return s ? std::string(reinterpret_cast<const char*>(s)) : std::string(); }

}  // namespace

struct XmlReader::State {
  std::istream* in = nullptr;
  bool has_error = false;
  std::string message;
  std::size_t line = 0;
};

namespace {

void on_error(void* user, xmlErrorPtr error) {
  auto* state = static_cast<XmlReader::State*>(user);
  if (!error || error->level < XML_ERR_ERROR || state->has_error) return;
  state->has_error = true;
  state->message = trimmed(error->message);
  state->line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
}

}  // namespace

XmlReader::XmlReader(std::istream& in, std::string name) : state_(std::make_unique<State>()), name_(std::move(name)) {
  state_->in = &in;
  reader_ = xmlReaderForIO(read_callback, nullptr, &in, nullptr, nullptr, kParseOptions);
  if (!reader_) throw_input("cannot start the XML parser", {name_});
  xmlTextReaderSetStructuredErrorHandler(reader_, on_error, state_.get());
}

XmlReader::~XmlReader() {
  if (reader_) xmlFreeTextReader(reader_);
}

void XmlReader::fail(const std::string& message, std::size_t line) const {
  throw_input(message, {name_, line == 0 ? this->line() : line});
}

void XmlReader::rethrow_pending() {
  if (state_->has_error) {
    std::size_t line = state_->line ? state_->line : static_cast<std::size_t>(xmlTextReaderGetParserLineNumber(reader_));
    throw_input(fmt::format("malformed XML: {}", state_->message), {name_, line});
  }
}

void XmlReader::check_node() {
  if (xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ENTITY_REFERENCE) {
    fail(fmt::format("entity reference &{}; is not allowed (entities are never expanded or fetched)",
                     local_name()));
  }
}

bool XmlReader::read() {
  int rc = xmlTextReaderRead(reader_);
  rethrow_pending();
  if (rc < 0) throw_input("malformed XML", {name_, static_cast<std::size_t>(xmlTextReaderGetParserLineNumber(reader_))});
  if (rc == 0) {
    if (state_->in->bad()) throw_input("read error", {name_});
    return false;
  }
  check_node();
  return true;
}

bool XmlReader::next() {
  int rc = xmlTextReaderNext(reader_);
  rethrow_pending();
  if (rc < 0) throw_input("malformed XML", {name_, static_cast<std::size_t>(xmlTextReaderGetParserLineNumber(reader_))});
  if (rc == 0) return false;
  check_node();
  return true;
}

bool XmlReader::is_element() const { return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT; }
bool XmlReader::is_end_element() const { return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_END_ELEMENT; }
std::string XmlReader::local_name() const { return as_string(xmlTextReaderConstLocalName(reader_)); }
int XmlReader::depth() const { return xmlTextReaderDepth(reader_); }

std::string XmlReader::attribute(const char* name) const {
  xmlChar* value = xmlTextReaderGetAttribute(reader_, reinterpret_cast<const xmlChar*>(name));
  std::string result = as_string(value);
  xmlFree(value);
  return result;
}

std::string XmlReader::attribute_ns(const char* name, const char* ns) const {
  xmlChar* value =
      xmlTextReaderGetAttributeNs(reader_, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(ns));
  std::string result = as_string(value);
  xmlFree(value);
  return result;
}

std::string XmlReader::xml_lang() const { return attribute_ns("lang", "http://www.w3.org/XML/1998/namespace"); }

std::size_t XmlReader::line() const {
  xmlNodePtr node = xmlTextReaderCurrentNode(reader_);
  long line = node ? xmlGetLineNo(node) : -1;
  if (line <= 0) line = xmlTextReaderGetParserLineNumber(reader_);
  return line > 0 ? static_cast<std::size_t>(line) : 0;
}

xmlNodePtr XmlReader::expand() {
  std::size_t at = line();
  xmlNodePtr node = xmlTextReaderExpand(reader_);
  rethrow_pending();
  if (!node) throw_input("malformed XML (cannot read this element)", {name_, at});
  return node;
}

std::string node_name(const xmlNode* node) {
  return node && node->type == XML_ELEMENT_NODE ? as_string(node->name) : std::string();
}

std::string node_attr(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string result = as_string(value);
  xmlFree(value);
  return result;
}

std::string node_lang(const xmlNode* node) {
  xmlChar* value = xmlGetNsProp(node, reinterpret_cast<const xmlChar*>("lang"), XML_XML_NAMESPACE);
  std::string result = as_string(value);
  xmlFree(value);
  return result;
}

namespace {

bool is_native_code(const xmlNode* node) {
  static const char* const kCodes[] = {"bpt", "ept", "ph", "it", "ut"};
  for (const char* code : kCodes) {
    if (xmlStrEqual(node->name, reinterpret_cast<const xmlChar*>(code))) return true;
  }
  return false;
}

void collect_text(const xmlNode* node, std::string& out, const std::string& file, bool skip_codes) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    switch (child->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE: out += as_string(child->content); break;
      case XML_ELEMENT_NODE:
        if (!(skip_codes && is_native_code(child))) collect_text(child, out, file, skip_codes);
        break;
      case XML_ENTITY_REF_NODE:
        throw_input(fmt::format("entity reference &{}; is not allowed (entities are never expanded or fetched)",
                                as_string(child->name)),
                    {file, node_line(child)});
      default: break;
    }
  }
}

}  // namespace

std::string node_text(const xmlNode* node, const std::string& file, bool skip_native_codes) {
  std::string out;
  collect_text(node, out, file, skip_native_codes);
  return out;
}

std::size_t node_line(const xmlNode* node) {
  long line = xmlGetLineNo(node);
  return line > 0 ? static_cast<std::size_t>(line) : 0;
}

void append_escaped(std::string& out, std::string_view text, bool attribute, std::string_view what) {
  if (text::find_invalid_utf8(text) != text::kNoInvalid) {
    throw_input(fmt::format("{}: invalid UTF-8 cannot be written to XML", what));
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': if (attribute) { out += "&quot;"; continue; } break;
      case '\r': out += "&#13;"; continue;
      case '\n': if (attribute) { out += "&#10;"; continue; } break;
      case '\t': if (attribute) { out += "&#9;"; continue; } break;
      default: break;
    }
    if (c < 0x20 && c != '\n' && c != '\t') {
      throw_input(fmt::format("{}: control character U+{:04X} cannot be written to XML 1.0", what, c));
    }
    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      throw_input(fmt::format("{}: non-character U+FFF{:X} cannot be written to XML", what,
                              static_cast<unsigned char>(text[i + 2]) == 0xBE ? 0xE : 0xF));
    }
    out += static_cast<char>(c);
  }
}

std::string escaped(std::string_view text, bool attribute, std::string_view what) {
  std::string out;
  out.reserve(text.size() + 8);
  append_escaped(out, text, attribute, what);
  return out;
}

bool is_language_tag(std::string_view s) {
  std::size_t subtag = 0;  // index of the current subtag
  std::size_t length = 0;  // characters in the current subtag
  for (char c : s) {
    if (c == '-') {
      if (length == 0) return false;
      ++subtag;
      length = 0;
      continue;
    }
    bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    bool digit = c >= '0' && c <= '9';
    if (!(alpha || (digit && subtag > 0)) || ++length > 8) return false;
  }
  return length > 0;
}

bool is_ncname(std::string_view s) {
  if (s.empty()) return false;
  auto start_ok = [](unsigned char c) { return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  auto rest_ok = [&](unsigned char c) { return start_ok(c) || c == '-' || c == '.' || (c >= '0' && c <= '9'); };
  if (!start_ok(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s.substr(1)) {
    if (!rest_ok(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace termalign::formats::detail
