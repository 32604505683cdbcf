// The term-consistency check: glossary concepts + aligned segment pairs → findings.
//
// Rules (a finding names the rule, its severity, the source line, the target lines, the source term, the
// expected target terms and what was found; spans point at the user's text in code points):
//
//   rule          severity  when
//   missing       error     an approved/admitted source term occurs in the source side, and the target side holds
//                           fewer occurrences of the concept's approved/admitted target terms than the source holds
//                           occurrences of the concept (two source occurrences, one target occurrence: a finding)
//   forbidden     error     a deprecated (forbidden) target-language term of any concept occurs in the target
//   inconsistent  warning   the same source term is rendered by different glossary variants across the document
//                           (every pair using a variant other than the most used one is reported), or a repeated
//                           identical source sentence has a different translation than its first occurrence
//   untranslated  warning   a source term occurs verbatim, or transliterated (text::Transliterator +
//                           text::translit_similarity), in the target while the concept has a target-language term
//
//   option                   default  meaning
//   rules                    all four which rules run
//   include_candidates       false    candidate terms count as approved (glossaries fresh from `build`)
//   translit_threshold       0.7      minimum translit_similarity in [0, 1] for a transliterated untranslated term
//   translit_min_length      4        minimum length in ASCII letters of a transliteration to compare
//   repeated_sentences       true     run the "identical source, different translation" part of `inconsistent`
//   threads                  0        threads matching pairs (0 = all cores); the report does not depend on it
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/segment_pair.h"
#include "glossary/model.h"
#include "text/lang.h"

namespace termalign::check {

enum class Rule { Missing, Forbidden, Inconsistent, Untranslated };
inline constexpr std::array<Rule, 4> kAllRules{Rule::Missing, Rule::Forbidden, Rule::Inconsistent,
                                               Rule::Untranslated};
enum class Severity { Error, Warning };

std::string_view to_string(Rule rule);          // "missing", "forbidden", "inconsistent", "untranslated"
std::string_view to_string(Severity severity);  // "error", "warning"
Rule parse_rule(std::string_view name);          // throws Error(Usage) for an unknown name
Severity severity_of(Rule rule);

// A matched span in one side of a pair.
struct Span {
  std::size_t begin = 0;   // bytes in Side::text
  std::size_t end = 0;     // bytes, exclusive
  std::size_t line = 0;    // 1-based line in the user's file (0 = unknown)
  std::size_t column = 0;  // 1-based code point column
  std::size_t length = 0;  // code points
  std::string text;        // the characters as the user wrote them
  bool empty() const { return end == begin; }
};

struct Finding {
  Rule rule = Rule::Missing;
  Severity severity = Severity::Error;
  std::size_t pair = 0;                 // 0-based index into the checked pairs
  std::string segment;                  // SegmentPair::id ("" for plain texts)
  std::size_t src_line = 0;             // 1-based first source line of the pair (0 = none)
  std::vector<std::size_t> tgt_lines;   // 1-based target lines of the pair
  std::int64_t concept_id = 0;          // glossary::Concept::id (0 for a repeated-sentence finding)
  std::string src_term;                 // the glossary's source term ("" for a repeated-sentence finding)
  std::vector<std::string> expected;    // approved/admitted target terms, or the expected translation
  std::string found;                    // what the target holds instead (may be "")
  std::string message;                  // one sentence for people
  Span src_span;                        // where in the source (empty when not applicable)
  Span tgt_span;                        // where in the target (empty when not applicable)
};

struct CheckOptions {
  std::vector<Rule> rules{kAllRules.begin(), kAllRules.end()};
  bool include_candidates = false;
  double translit_threshold = 0.7;
  std::size_t translit_min_length = 4;
  bool repeated_sentences = true;
  std::size_t threads = 0;
};

struct CheckSummary {
  std::size_t pairs = 0;
  std::size_t concepts = 0;
  std::size_t findings = 0;
  std::array<std::size_t, 4> by_rule{};  // indexed by Rule
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

struct CheckReport {
  std::string src_lang;
  std::string tgt_lang;
  std::vector<Finding> findings;  // ordered by pair, then by position
  CheckSummary summary;
};

// Runs every enabled rule over `pairs`. Concepts are referenced, not copied. Never throws for data problems.
CheckReport run_check(const std::vector<glossary::Concept>& concepts, const text::Language& src,
                      const text::Language& tgt, const std::vector<SegmentPair>& pairs,
                      const CheckOptions& options = {});

}  // namespace termalign::check
