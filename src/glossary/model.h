// The glossary's data model, concept-oriented like TBX: a concept (entry) holds terms in several languages.
// Plain structs shared by the store (src/glossary), the exchange formats (src/formats), term extraction
// (src/terms) and the consistency check (src/check).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace termalign::glossary {

// Review status of a term. Maps to TBX administrativeStatus:
//   Approved → preferredTerm-admn-sts, Admitted → admittedTerm-admn-sts, Deprecated (= forbidden) →
//   deprecatedTerm-admn-sts, Candidate and Rejected → not approved (termalign keeps them in a note/termNote).
enum class TermStatus { Candidate, Approved, Admitted, Rejected, Deprecated };

// "candidate", "approved", "admitted", "rejected", "deprecated".
std::string_view to_string(TermStatus status);
// Parses the names above (case-insensitive; "preferred" = approved, "forbidden" = deprecated);
// throws Error(Usage) for anything else.
TermStatus parse_status(std::string_view name);

struct Term {
  std::int64_t id = 0;          // 0 until stored
  std::string lang;             // ISO 639-1: "ar"
  std::string text;             // as written: "الولايات المتحدة"
  std::string norm;             // text::normalize_for_match(text), filled by the store when empty
  TermStatus status = TermStatus::Candidate;
  std::string type;             // TBX termType: fullForm, acronym, abbreviation, variant, ...; empty = unknown
  std::string pos;              // TBX partOfSpeech: noun, verb, adjective, properNoun, ...; empty = unknown
  std::string note;
  std::string origin;           // "manual", "import:FILE", "extract:DOCUMENT"
  double score = 0.0;           // extraction score, 0 for manual/imported terms
  bool case_sensitive = false;  // match case exactly in `check`
  std::string created;          // ISO 8601 UTC, filled by the store
  std::string modified;         // ISO 8601 UTC, filled by the store
};

// A sentence pair a term pair was seen in.
struct Evidence {
  std::string document;        // document name (file, or batch manifest id)
  std::size_t src_line = 0;    // 1-based sentence/line number in the source document
  std::size_t tgt_line = 0;    // 1-based sentence/line number in the target document
  std::string src_sentence;
  std::string tgt_sentence;
};

struct Concept {
  std::int64_t id = 0;          // 0 until stored
  std::string external_id;      // the id in an imported TBX (conceptEntry/@id, termEntry/@id), may be empty
  std::string subject;          // TBX subjectField
  std::string definition;
  std::string note;
  std::vector<Term> terms;
  std::vector<Evidence> evidence;
};

}  // namespace termalign::glossary
