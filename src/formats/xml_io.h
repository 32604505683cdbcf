// Internal to src/formats: safe XML reading (libxml2 xmlTextReader) and escaping for the hand-written,
// streaming XML writers. Not part of the public formats API.
//
// XmlReader parses with XML_PARSE_NONET | XML_PARSE_BIG_LINES and WITHOUT XML_PARSE_NOENT,
// XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR or XML_PARSE_DTDVALID: nothing is fetched, no entity is substituted.
// Every parser error and every entity reference becomes Error(Input) "NAME:LINE: ...".
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace termalign::formats::detail {

class XmlReader {
 public:
  XmlReader(std::istream& in, std::string name);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Advances to the next node; false at the end of the document. Throws on malformed XML.
  bool read();
  // Skips the current node's subtree (to its next sibling); false at the end.
  bool next();
  bool is_element() const;      // an opening tag (also of an empty element)
  bool is_end_element() const;
  std::string local_name() const;
  std::string attribute(const char* name) const;              // "" if absent
  std::string attribute_ns(const char* name, const char* ns) const;
  std::string xml_lang() const;                                // xml:lang of the current element, "" if absent
  int depth() const;
  std::size_t line() const;     // 1-based line of the current node
  // The current element's subtree, valid until the next read()/next(). Never null (throws instead).
  xmlNodePtr expand();
  [[noreturn]] void fail(const std::string& message, std::size_t line = 0) const;
  const std::string& name() const { return name_; }

  struct State;  // the error handler's view (defined in xml_io.cpp)

 private:
  void check_node();
  void rethrow_pending();

  std::unique_ptr<State> state_;
  std::string name_;
  xmlTextReaderPtr reader_ = nullptr;
};

// Tree helpers on expanded subtrees.
std::string node_name(const xmlNode* node);                       // local name, "" for non-elements
std::string node_attr(const xmlNode* node, const char* name);     // "" if absent
std::string node_lang(const xmlNode* node);                       // xml:lang, "" if absent
// Concatenated text content (inline markup flattened). An entity reference inside is Error(Input) naming file.
// skip_native_codes: leave out the content of TMX/XLIFF 1.2 native-code elements (bpt ept ph it ut), which hold
// the original format's markup, not text.
std::string node_text(const xmlNode* node, const std::string& file, bool skip_native_codes = false);
std::size_t node_line(const xmlNode* node);

// Escaping for writers. Throws Error(Input) with `what` in the message if the text is not valid UTF-8 or holds
// a character XML 1.0 forbids (C0 controls except TAB, LF, CR; U+FFFE, U+FFFF).
void append_escaped(std::string& out, std::string_view text, bool attribute, std::string_view what);
std::string escaped(std::string_view text, bool attribute, std::string_view what);
// True when s is a valid xml:lang value (xs:language: [A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*).
bool is_language_tag(std::string_view s);
// True when s is a valid xml:id / xs:ID value: an ASCII NCName ([A-Za-z_][A-Za-z0-9_.-]*).
bool is_ncname(std::string_view s);

}  // namespace termalign::formats::detail
