// TMX 1.4 translation memories: a streaming writer (for `align --format tmx`) and a streaming reader.
//
// The writer emits <tmx version="1.4"> with every header attribute the TMX 1.4 DTD requires (creationtool,
// creationtoolversion, segtype, o-tmf, adminlang, srclang, datatype); the output validates with
//   xmllint --noout --dtdvalid ../shared/tmx/tmx14.dtd FILE.tmx
// One <tu> per write() call, so memory stays constant; finish() closes the document (call it exactly once,
// then flush/commit the stream). Text is XML-escaped; characters XML 1.0 cannot hold (C0 controls other
// than TAB/LF/CR) make write() throw Error(Input) naming the unit, never a file an XML parser rejects.
//
//   TmxHeader field        default      meaning
//   src_lang, tgt_lang     (required)   language codes of the two sides ("ar", "en"); srclang = src_lang
//   creation_tool          "termalign"  header/@creationtool
//   creation_tool_version  "0.1.0"      header/@creationtoolversion
//   segtype                "sentence"   block | paragraph | sentence | phrase (else Error(Usage))
//   datatype               "plaintext"  header/@datatype
//   admin_lang             "en"         header/@adminlang
//   confidence_prop        true         write <prop type="x-termalign-confidence"> per unit
//
// TranslationUnit.id becomes tu/@tuid when not empty; confidence (in [0, 1]) a <prop>; note a <note>.
// The reader (read_tmx) takes the first two tuv of each tu whose languages match the header's srclang and
// the other language; bitext.h builds on it for `check`.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

namespace termalign::formats {

struct TmxHeader {
  std::string src_lang;                           // "ar"
  std::string tgt_lang;                           // "en"
  std::string creation_tool = "termalign";
  std::string creation_tool_version = "0.1.0";
  std::string segtype = "sentence";
  std::string datatype = "plaintext";
  std::string admin_lang = "en";
  bool confidence_prop = true;
};

struct TranslationUnit {
  std::string id;             // tu/@tuid; empty = none written / none in the file
  std::string src, tgt;       // segment text, plain UTF-8 (inline markup of a read file is flattened to text)
  double confidence = 0;      // alignment confidence in [0, 1]; from <prop type="x-termalign-confidence">
  std::size_t line = 0;       // reader only: 1-based line of the <tu> in the file read
  std::string note;           // <note> of the tu (optional)
};

class TmxWriter {
 public:
  TmxWriter(std::ostream& out, const TmxHeader& header);  // writes the prolog and <header>
  void write(const TranslationUnit& unit);
  void finish();                                           // writes </body></tmx>

 private:
  std::ostream& out_;
  TmxHeader header_;
  std::size_t count_ = 0;
  bool finished_ = false;
};

// Header languages of a read TMX: srclang and the first other language seen in a tu.
struct TmxLanguages {
  std::string src_lang, tgt_lang;
};

// Streams the translation units of a TMX 1.4 (or 1.1–1.3) file. XXE-safe: no network, no DTD loading, no
// entity expansion; an entity reference is an Error(Input). Malformed XML → Error(Input) with file and line.
// A tu lacking a source- or target-language tuv is skipped. Returns the languages.
TmxLanguages read_tmx(std::istream& in, const std::string& name,
                      const std::function<void(TranslationUnit&&)>& sink);

}  // namespace termalign::formats
