// TBX termbases: TBX v3 (ISO 30042:2019, TBX-Basic dialect, DCA style) and TBX v2 (ISO 30042:2008,
// <martif type="TBX-Basic">), a streaming writer and a streaming, XXE-safe reader.
//
// Writer (one conceptEntry per write() call, constant memory; finish() closes the document):
//   V3  <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">, conceptEntry/langSec/termSec.
//       Valid against ../shared/tbx/TBXcoreStructV03.rng and the rules of ../shared/tbx/DCA/TBX-Basic_DCA.sch.
//   V2  <martif type="TBX-Basic">, termEntry/langSet/tig, read back by translate-toolkit and older tools.
// Mapping of the model (src/glossary/model.h):
//   Concept.id           conceptEntry/@id "c<id>" (ids from the store are unique); a concept with id 0 uses its
//                        external_id when that is an ASCII NCName, else "c<n>" (n = its ordinal in the file)
//   Concept.subject      <descrip type="subjectField"> (conceptEntry level)
//   Concept.definition   <descrip type="definition"> (conceptEntry level)
//   Concept.note         <note> (conceptEntry level)
//   Term.text            <term> (on read, runs of whitespace from pretty-printing become one space, trimmed)
//   Term.pos             <termNote type="partOfSpeech"> when in the TBX-Basic picklist (noun verb adjective adverb
//                        other; properNoun is written as noun)
//   Term.type            <termNote type="termType"> when in the picklist (fullForm acronym abbreviation shortForm
//                        variant phrase)
//   Term.status          Approved → administrativeStatus preferredTerm-admn-sts, Admitted → admittedTerm-admn-sts,
//                        Deprecated → deprecatedTerm-admn-sts. On read, supersededTerm-admn-sts → Deprecated and a
//                        term with no status → Candidate.
//   Term.note            <note> (termSec level)
//   Term.origin          <admin type="source"> (termSec level)
//   what TBX-Basic has no data category for: termSec notes "termalign-KEY: VALUE" that read_tbx turns back into
//   fields and other tools show as notes: termalign-status: candidate|rejected, termalign-pos: properNoun (values
//   outside the picklist), termalign-type: X, termalign-score: 0.8125, termalign-case-sensitive: yes.
// Concepts without terms are skipped (TBX requires at least one langSec); count() tells how many were written.
// Characters XML 1.0 cannot hold make write() throw Error(Input) naming the concept.
//
// Reader: v3 or v2 by the root element (<tbx> or <martif>), any dialect; per concept the subtree is expanded,
// mapped and handed to the sink, then freed (a large file is never held whole). XXE-safe: libxml2 with
// XML_PARSE_NONET, no DTD loading, no entity substitution; an entity reference (e.g. to
// <!ENTITY x SYSTEM "file:///etc/passwd">) is an Error(Input), never the file's content. Malformed XML
// (truncated file, ...) → Error(Input) with file and line. Unknown data categories are kept in notes when
// they carry text that would otherwise be lost (e.g. a term note "geographicalUsage: EG", a concept note
// "definition (fr): ..." for a second language's definition). DCT style (<basic:termType>...) is read too.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

#include "glossary/model.h"

namespace termalign::formats {

enum class TbxVersion { V3, V2 };

struct TbxInfo {
  std::string source_lang;                     // root @xml:lang (the glossary's source language), "en" if empty
  std::string title = "termalign glossary";    // fileDesc/titleStmt/title
  std::string source_desc = "Exported by termalign";  // fileDesc/sourceDesc/p
};

class TbxWriter {
 public:
  TbxWriter(std::ostream& out, TbxVersion version, const TbxInfo& info);  // writes header and <body>
  void write(const glossary::Concept& concept_entry);
  void finish();
  std::size_t count() const { return count_; }

 private:
  std::string concept_id(const glossary::Concept& concept_entry);

  std::ostream& out_;
  TbxVersion version_;
  std::string source_lang_;
  std::size_t count_ = 0;
  bool finished_ = false;
};

// Which TBX flavour a reader found.
struct TbxFileInfo {
  TbxVersion version = TbxVersion::V3;
  std::string type;          // root @type ("TBX-Basic"), may be empty
  std::string source_lang;   // root @xml:lang
};

TbxFileInfo read_tbx(std::istream& in, const std::string& name,
                     const std::function<void(glossary::Concept&&)>& sink);

}  // namespace termalign::formats
