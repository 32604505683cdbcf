// Plain-text rendering of concepts (see display.h).
#include "glossary/display.h"

#include <algorithm>

#include <fmt/format.h>

namespace termalign::glossary {

namespace {

// Languages in display order: `langs` first (those present), then the others by first appearance.
std::vector<std::string> display_order(const Concept& entry, const std::vector<std::string>& langs) {
  std::vector<std::string> order;
  auto present = [&](const std::string& lang) {
    return std::any_of(entry.terms.begin(), entry.terms.end(), [&](const Term& t) { return t.lang == lang; });
  };
  for (const std::string& lang : langs) {
    if (present(lang) && std::find(order.begin(), order.end(), lang) == order.end()) order.push_back(lang);
  }
  for (const Term& term : entry.terms) {
    if (std::find(order.begin(), order.end(), term.lang) == order.end()) order.push_back(term.lang);
  }
  return order;
}

void append_field(std::string& out, const char* label, const std::string& value) {
  if (!value.empty()) out += fmt::format("  {}: {}\n", label, value);
}

}  // namespace

std::string concept_line(const Concept& entry, const std::vector<std::string>& langs) {
  std::string out = fmt::format("{}", entry.id);
  bool first_lang = true;
  for (const std::string& lang : display_order(entry, langs)) {
    out += first_lang ? "  " : " | ";
    first_lang = false;
    out += lang + ":";
    bool first_term = true;
    for (const Term& term : entry.terms) {
      if (term.lang != lang) continue;
      out += fmt::format("{} {} [{}]", first_term ? "" : ";", term.text, to_string(term.status));
      first_term = false;
    }
  }
  return out + "\n";
}

std::string concept_detail(const Concept& entry) {
  std::string out = fmt::format("concept {}\n", entry.id);
  append_field(out, "external id", entry.external_id);
  append_field(out, "subject", entry.subject);
  append_field(out, "definition", entry.definition);
  append_field(out, "note", entry.note);
  for (const Term& t : entry.terms) {
    out += fmt::format("  term {}  {}: {}  [{}]\n", t.id, t.lang, t.text, to_string(t.status));
    std::string facts;
    auto add = [&](const char* label, const std::string& value) {
      if (!value.empty()) facts += fmt::format("{}{}: {}", facts.empty() ? "" : ", ", label, value);
    };
    add("type", t.type);
    add("pos", t.pos);
    add("origin", t.origin);
    if (t.score != 0) add("score", fmt::format("{:.4g}", t.score));
    if (t.case_sensitive) add("case", "sensitive");
    add("created", t.created);
    if (t.modified != t.created) add("modified", t.modified);
    if (!facts.empty()) out += "    " + facts + "\n";
    if (!t.note.empty()) out += "    note: " + t.note + "\n";
  }
  if (!entry.evidence.empty()) out += fmt::format("  evidence ({}):\n", entry.evidence.size());
  for (const Evidence& e : entry.evidence) {
    out += fmt::format("    {} lines {}↔{}\n      {}\n      {}\n", e.document, e.src_line, e.tgt_line, e.src_sentence,
                       e.tgt_sentence);
  }
  return out;
}

std::string stats_text(const Stats& stats) {
  std::string out = fmt::format("concepts  {}\nterms     {}\n", stats.concepts, stats.terms);
  for (const auto& [lang, count] : stats.terms_by_lang) out += fmt::format("  {:<10}{}\n", lang, count);
  out += "statuses\n";
  for (const auto& [status, count] : stats.terms_by_status) out += fmt::format("  {:<10}{}\n", status, count);
  out += fmt::format("evidence  {}\nschema    version {}\n", stats.evidence, stats.schema_version);
  return out;
}

}  // namespace termalign::glossary
