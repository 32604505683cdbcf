// Boost.Locale collators as SQLite collations (see collation.h).
#include "glossary/collation.h"

#include <sqlite3.h>

#include <boost/locale/collator.hpp>
#include <boost/locale/generator.hpp>
#include <locale>
#include <memory>

#include "base/error.h"

namespace termalign::glossary {

namespace {

struct CollationContext {
  std::locale locale;
  const boost::locale::collator<char>* collator = nullptr;
};

int compare(void* context, int left_size, const void* left, int right_size, const void* right) {
  const auto* ctx = static_cast<const CollationContext*>(context);
  const char* l = static_cast<const char*>(left);
  const char* r = static_cast<const char*>(right);
  try {
    return ctx->collator->compare(boost::locale::collator_base::tertiary, l, l + left_size, r, r + right_size);
  } catch (...) {
    // A collation callback must not throw into SQLite: fall back to byte order.
    std::string_view a(l, static_cast<std::size_t>(left_size));
    std::string_view b(r, static_cast<std::size_t>(right_size));
    return a.compare(b);
  }
}

void destroy(void* context) { delete static_cast<CollationContext*>(context); }

bool valid_tag(std::string_view lang) {
  if (lang.empty() || lang.size() > 35) return false;
  for (char c : lang) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string register_collation(const sql::Database& db, std::string_view lang) {
  if (!valid_tag(lang)) throw_usage("invalid language tag '" + std::string(lang) + "' for sorting");
  std::string name = "termalign_" + std::string(lang);
  for (char& c : name) {
    if (c == '-') c = '_';
  }
  boost::locale::generator generator;
  std::string locale_name(lang);
  for (char& c : locale_name) {
    if (c == '-') c = '_';
  }
  auto context = std::make_unique<CollationContext>();
  context->locale = generator(locale_name + ".UTF-8");
  if (!std::has_facet<boost::locale::collator<char>>(context->locale)) {
    throw_internal("Boost.Locale has no collator for '" + std::string(lang) + "'");
  }
  context->collator = &std::use_facet<boost::locale::collator<char>>(context->locale);
  CollationContext* raw = context.release();
  int rc = sqlite3_create_collation_v2(db.get(), name.c_str(), SQLITE_UTF8, raw, compare, destroy);
  if (rc != SQLITE_OK) {
    destroy(raw);  // on failure SQLite does not call the destructor
    db.check(rc, "registering collation " + name);
  }
  return name;
}

}  // namespace termalign::glossary
