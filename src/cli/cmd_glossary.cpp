// termalign glossary list|search|show|add|set-status|edit|remove|merge|stats --glossary DB
// Browse and edit a termalign glossary. Reads open the glossary read-only; every edit is one transaction.
// Output formats: glossary/display.h.
#include <memory>

#include <fmt/format.h>

#include "base/error.h"
#include "cli/command.h"
#include "glossary/display.h"
#include "glossary/store.h"

namespace termalign::cli {

namespace {

using glossary::Store;

struct GlossaryArgs {
  std::string glossary;                  // termalign glossary (SQLite file)
  // list / search
  std::string src_lang;                  // list: sort by this language's collation and show it first
  std::string tgt_lang;                  // list: with -s, show only these two languages
  std::string lang;                      // search: only terms in this language (default: any)
  std::vector<std::string> statuses;     // list/search: only terms (concepts) with these statuses
  std::size_t limit = 0;                 // list: at most this many concepts (0 = all); search: default 20
  bool prefix = false;                   // search: the last word also matches as a prefix
  std::vector<std::string> query;        // search: the words to look for
  // show / edit
  std::int64_t concept_id = 0;           // show, edit --concept: the concept
  std::int64_t term_id = 0;              // edit --term: the term
  bool no_evidence = false;              // show: leave the evidence out
  // add
  std::vector<std::string> terms;        // LANG=TEXT, one per term
  std::string status = "approved";       // add: status of the new terms; set-status: the new status
  std::string subject, definition, note, pos, type, text, external_id;  // add / edit fields
  std::string case_sensitive;            // edit: yes | no
  std::int64_t to = 0;                   // add: add the terms to this concept (0 = a new or merged concept)
  // set-status / remove / merge
  std::vector<std::int64_t> term_ids;     // --term ID...
  std::vector<std::int64_t> concept_ids;  // --concept ID...; merge: INTO FROM...
};

Store open_read(const GlossaryArgs& a) { return Store::open(a.glossary, {.create = false, .read_only = true}); }
Store open_write(const GlossaryArgs& a, bool create = false) { return Store::open(a.glossary, {.create = create}); }

std::set<glossary::TermStatus> parse_statuses(const std::vector<std::string>& names) {
  std::set<glossary::TermStatus> statuses;
  for (const std::string& name : names) statuses.insert(glossary::parse_status(name));
  return statuses;
}

void print(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

int run_list(const GlossaryArgs& a) {
  Store store = open_read(a);
  glossary::ConceptFilter filter;
  if (!a.tgt_lang.empty() && a.src_lang.empty()) throw_usage("--tgt-lang needs --src-lang");
  if (!a.src_lang.empty()) filter.languages.push_back(a.src_lang);
  if (!a.tgt_lang.empty()) filter.languages.push_back(a.tgt_lang);
  if (filter.languages.size() < 2) {
    for (const std::string& lang : store.languages()) {
      if (filter.languages.empty() || lang != filter.languages.front()) filter.languages.push_back(lang);
    }
  }
  filter.statuses = parse_statuses(a.statuses);
  filter.limit = a.limit;
  store.for_each_concept(filter, [&](const glossary::Concept& entry) { print(glossary::concept_line(entry, filter.languages)); });
  return kExitOk;
}

int run_search(const GlossaryArgs& a) {
  Store store = open_read(a);
  glossary::SearchOptions options;
  options.lang = a.lang;
  options.limit = a.limit == 0 ? 20 : a.limit;
  options.prefix = a.prefix;
  options.statuses = parse_statuses(a.statuses);
  const std::string query = fmt::format("{}", fmt::join(a.query, " "));
  std::vector<glossary::Concept> found = store.search(query, options);
  std::vector<std::string> langs;
  if (!a.lang.empty()) langs.push_back(a.lang);
  for (const glossary::Concept& entry : found) print(glossary::concept_line(entry, langs));
  if (found.empty()) std::fprintf(stderr, "termalign: no concept matches '%s'\n", query.c_str());
  return kExitOk;
}

int run_show(const GlossaryArgs& a) {
  Store store = open_read(a);
  std::optional<glossary::Concept> entry = store.concept_by_id(a.concept_id, !a.no_evidence);
  if (!entry) throw_input(fmt::format("no concept {}", a.concept_id), {a.glossary});
  print(glossary::concept_detail(*entry));
  return kExitOk;
}

glossary::Term parse_term_arg(const std::string& arg, const GlossaryArgs& a) {
  std::size_t eq = arg.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == arg.size()) {
    throw_usage(fmt::format("--term '{}': expected LANG=TEXT, e.g. --term en=NATO", arg));
  }
  glossary::Term term;
  term.lang = arg.substr(0, eq);
  term.text = arg.substr(eq + 1);
  term.status = glossary::parse_status(a.status);
  term.pos = a.pos;
  term.type = a.type;
  term.note = a.note;
  term.origin = "manual";
  return term;
}

int run_add(const GlossaryArgs& a) {
  glossary::Concept entry;
  for (const std::string& arg : a.terms) entry.terms.push_back(parse_term_arg(arg, a));
  Store store = open_write(a, true);
  auto transaction = store.transaction();
  if (a.to != 0) {
    if (!a.subject.empty() || !a.definition.empty()) throw_usage("--subject/--definition: use `glossary edit --concept`");
    if (!store.concept_by_id(a.to, false)) throw_input(fmt::format("no concept {}", a.to), {a.glossary});
    for (glossary::Term& term : entry.terms) store.add_term(a.to, term);
    transaction.commit();
    std::printf("added %zu terms to concept %lld\n", entry.terms.size(), static_cast<long long>(a.to));
    return kExitOk;
  }
  entry.subject = a.subject;
  entry.definition = a.definition;
  glossary::MergeResult r = store.merge_concept(entry);
  transaction.commit();
  if (r.new_concept) {
    std::printf("added concept %lld (%zu terms)\n", static_cast<long long>(r.concept_id), r.terms_added);
  } else {
    std::printf("merged into concept %lld: %zu terms added, %zu identical terms kept (%zu statuses raised)\n",
                static_cast<long long>(r.concept_id), r.terms_added, r.terms_merged, r.statuses_changed);
  }
  return kExitOk;
}

void require_one_target(const GlossaryArgs& a) {
  if (a.term_ids.empty() == a.concept_ids.empty()) throw_usage("give either --term ID... or --concept ID...");
}

int run_set_status(const GlossaryArgs& a) {
  require_one_target(a);
  glossary::TermStatus status = glossary::parse_status(a.status);
  Store store = open_write(a);
  auto transaction = store.transaction();
  std::vector<std::int64_t> ids = a.term_ids;
  for (std::int64_t concept_id : a.concept_ids) {
    std::optional<glossary::Concept> entry = store.concept_by_id(concept_id, false);
    if (!entry) throw_input(fmt::format("no concept {}", concept_id), {a.glossary});
    for (const glossary::Term& term : entry->terms) ids.push_back(term.id);
  }
  for (std::int64_t id : ids) store.set_status(id, status);
  transaction.commit();
  std::printf("%zu terms set to %s\n", ids.size(), std::string(glossary::to_string(status)).c_str());
  return kExitOk;
}

int run_edit_term(const GlossaryArgs& a, const CLI::App& app) {
  Store store = open_write(a);
  auto transaction = store.transaction();
  std::optional<glossary::Term> term = store.term_by_id(a.term_id);
  if (!term) throw_input(fmt::format("no term {}", a.term_id), {a.glossary});
  if (app.count("--text") != 0) term->text = a.text;
  if (app.count("--status") != 0) term->status = glossary::parse_status(a.status);
  if (app.count("--pos") != 0) term->pos = a.pos;
  if (app.count("--type") != 0) term->type = a.type;
  if (app.count("--note") != 0) term->note = a.note;
  if (app.count("--case-sensitive") != 0) term->case_sensitive = a.case_sensitive == "yes";
  store.update_term(*term);
  transaction.commit();
  std::printf("term %lld updated\n", static_cast<long long>(a.term_id));
  return kExitOk;
}

int run_edit(const GlossaryArgs& a, const CLI::App& app) {
  if ((a.term_id != 0) == (a.concept_id != 0)) throw_usage("give either --term ID or --concept ID");
  if (a.term_id != 0) {
    for (const char* flag : {"--subject", "--definition", "--external-id"}) {
      if (app.count(flag) != 0) throw_usage(fmt::format("{} edits a concept: use --concept ID", flag));
    }
    return run_edit_term(a, app);
  }
  for (const char* flag : {"--text", "--status", "--pos", "--type", "--case-sensitive"}) {
    if (app.count(flag) != 0) throw_usage(fmt::format("{} edits a term: use --term ID", flag));
  }
  Store store = open_write(a);
  auto transaction = store.transaction();
  std::optional<glossary::Concept> entry = store.concept_by_id(a.concept_id, false);
  if (!entry) throw_input(fmt::format("no concept {}", a.concept_id), {a.glossary});
  if (app.count("--subject") != 0) entry->subject = a.subject;
  if (app.count("--definition") != 0) entry->definition = a.definition;
  if (app.count("--note") != 0) entry->note = a.note;
  if (app.count("--external-id") != 0) entry->external_id = a.external_id;
  store.update_concept(*entry);
  transaction.commit();
  std::printf("concept %lld updated\n", static_cast<long long>(a.concept_id));
  return kExitOk;
}

int run_remove(const GlossaryArgs& a) {
  require_one_target(a);
  Store store = open_write(a);
  auto transaction = store.transaction();
  std::size_t concepts_gone = a.concept_ids.size();
  for (std::int64_t id : a.concept_ids) store.remove_concept(id);
  for (std::int64_t id : a.term_ids) concepts_gone += store.remove_term(id) ? 1 : 0;
  transaction.commit();
  std::printf("removed %zu terms and %zu concepts\n", a.term_ids.size(), concepts_gone);
  return kExitOk;
}

int run_merge(const GlossaryArgs& a) {
  if (a.concept_ids.size() < 2) throw_usage("merge needs INTO and at least one FROM concept id");
  Store store = open_write(a);
  auto transaction = store.transaction();
  for (std::size_t i = 1; i < a.concept_ids.size(); ++i) {
    if (a.concept_ids[i] == a.concept_ids[0]) throw_usage("cannot merge a concept into itself");
    store.merge_concepts(a.concept_ids[0], a.concept_ids[i]);
  }
  transaction.commit();
  std::printf("merged %zu concepts into concept %lld\n", a.concept_ids.size() - 1,
              static_cast<long long>(a.concept_ids[0]));
  return kExitOk;
}

int run_stats(const GlossaryArgs& a) {
  print(glossary::stats_text(open_read(a).stats()));
  return kExitOk;
}

// ---- the subcommands ----------------------------------------------------------------------------------------

CLI::App* sub(CLI::App& parent, GlossaryArgs& a, const std::string& name, const std::string& help) {
  CLI::App* app = parent.add_subcommand(name, help);
  app->add_option("-g,--glossary", a.glossary, "termalign glossary (SQLite file)")
      ->required()
      ->envname("TERMALIGN_GLOSSARY");
  return app;
}

void add_status_filter(CLI::App* app, GlossaryArgs& a) {
  app->add_option("--status", a.statuses,
                  "only terms with these statuses, comma-separated: candidate, approved, admitted, rejected, "
                  "deprecated (default: all)")
      ->delimiter(',');
}

void add_browse(CLI::App& parent, GlossaryArgs& a, std::vector<std::pair<CLI::App*, std::function<int()>>>& runs) {
  CLI::App* list = sub(parent, a, "list", "List concepts, one per line, sorted by the source language's collation");
  list->add_option("-s,--src-lang", a.src_lang, "sort by this language and show it first (default: the most frequent)")
      ->check(language_validator());
  list->add_option("-t,--tgt-lang", a.tgt_lang, "with -s: show only the terms of these two languages")
      ->check(language_validator());
  add_status_filter(list, a);
  list->add_option("-n,--limit", a.limit, "at most this many concepts (0 = all)")->capture_default_str();
  runs.emplace_back(list, [&a] { return run_list(a); });

  CLI::App* search = sub(parent, a, "search",
                         "Find concepts by term, on normalized forms (case, Arabic letter variants and article, "
                         "diacritics): every query word must match a word of the term");
  search->add_option("QUERY", a.query, "the words to look for")->required();
  search->add_option("-l,--lang", a.lang, "only terms in this language (default: any)")->check(language_validator());
  search->add_flag("--prefix", a.prefix, "the last query word also matches as a prefix (missi → missile)");
  add_status_filter(search, a);
  search->add_option("-n,--limit", a.limit, "at most this many concepts (default 20)");
  runs.emplace_back(search, [&a] { return run_search(a); });

  CLI::App* show = sub(parent, a, "show", "Show one concept with every field, its terms (with ids) and evidence");
  show->add_option("ID", a.concept_id, "concept id (as printed by list/search)")->required();
  show->add_flag("--no-evidence", a.no_evidence, "leave the evidence sentences out");
  runs.emplace_back(show, [&a] { return run_show(a); });

  CLI::App* stats = sub(parent, a, "stats", "Count concepts, terms per language and status, evidence");
  runs.emplace_back(stats, [&a] { return run_stats(a); });
}

void add_term_fields(CLI::App* app, GlossaryArgs& a) {
  app->add_option("--pos", a.pos, "part of speech: noun, verb, adjective, adverb, properNoun, other");
  app->add_option("--type", a.type, "term type: fullForm, acronym, abbreviation, shortForm, variant, phrase");
  app->add_option("--note", a.note, "note (on the terms for add and edit --term, on the concept for edit --concept)");
}

void add_edits(CLI::App& parent, GlossaryArgs& a, std::vector<std::pair<CLI::App*, std::function<int()>>>& runs) {
  CLI::App* add = sub(parent, a, "add",
                      "Add a concept with its terms (merged into the concept holding an identical term, if any); "
                      "creates the glossary when missing");
  add->add_option("--term", a.terms, "a term as LANG=TEXT (repeat: --term ar=ناتو --term en=NATO)")->required();
  add->add_option("--status", a.status, "status of the terms")->capture_default_str();
  add->add_option("--subject", a.subject, "subject field of the concept");
  add->add_option("--definition", a.definition, "definition of the concept");
  add->add_option("--to", a.to, "add the terms to this existing concept id instead");
  add_term_fields(add, a);
  runs.emplace_back(add, [&a] { return run_add(a); });

  CLI::App* set_status = sub(parent, a, "set-status", "Set the status of terms, or of every term of concepts");
  set_status->add_option("STATUS", a.status, "candidate, approved, admitted, rejected or deprecated")->required();
  set_status->add_option("--term", a.term_ids, "term ids");
  set_status->add_option("--concept", a.concept_ids, "concept ids (every term of each)");
  runs.emplace_back(set_status, [&a] { return run_set_status(a); });

  CLI::App* edit = sub(parent, a, "edit", "Change fields of one term (--term ID) or one concept (--concept ID)");
  edit->add_option("--term", a.term_id, "the term to edit");
  edit->add_option("--concept", a.concept_id, "the concept to edit");
  edit->add_option("--text", a.text, "term: new text (its normalized form is recomputed)");
  edit->add_option("--status", a.status, "term: new status");
  edit->add_option("--case-sensitive", a.case_sensitive, "term: match case exactly in `check` (yes or no)")
      ->check(CLI::IsMember({"yes", "no"}));
  edit->add_option("--subject", a.subject, "concept: subject field");
  edit->add_option("--definition", a.definition, "concept: definition");
  edit->add_option("--external-id", a.external_id, "concept: external id (written as the TBX id)");
  add_term_fields(edit, a);
  runs.emplace_back(edit, [&a, edit] { return run_edit(a, *edit); });

  CLI::App* remove = sub(parent, a, "remove", "Remove terms (a concept left without terms goes too) or concepts");
  remove->add_option("--term", a.term_ids, "term ids");
  remove->add_option("--concept", a.concept_ids, "concept ids (with their terms and evidence)");
  runs.emplace_back(remove, [&a] { return run_remove(a); });

  CLI::App* merge = sub(parent, a, "merge", "Merge concepts FROM... into concept INTO (identical terms are merged)");
  merge->add_option("IDS", a.concept_ids, "INTO FROM... concept ids")->required()->expected(2, -1);
  runs.emplace_back(merge, [&a] { return run_merge(a); });
}

}  // namespace

void add_glossary(CLI::App& root, Registry& registry) {
  auto args = std::make_shared<GlossaryArgs>();
  auto runs = std::make_shared<std::vector<std::pair<CLI::App*, std::function<int()>>>>();
  CLI::App* app = root.add_subcommand("glossary", "Browse and edit a termalign glossary: list, search, show, add, "
                                                  "set-status, edit, remove, merge, stats");
  app->require_subcommand(1);
  add_browse(*app, *args, *runs);
  add_edits(*app, *args, *runs);
  registry.push_back({app, [args, runs] {
                        for (const auto& [sub_app, run] : *runs) {
                          if (sub_app->parsed()) return run();
                        }
                        throw_usage("glossary: no subcommand given (see termalign glossary --help)");
                      }});
}

}  // namespace termalign::cli
