#include "schematron.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <memory>
#include <regex>
#include <set>
#include <sstream>

namespace termalign::test {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxFree {
  void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
};
struct ObjFree {
  void operator()(xmlXPathObject* o) const { xmlXPathFreeObject(o); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;
using Ctx = std::unique_ptr<xmlXPathContext, CtxFree>;
using Obj = std::unique_ptr<xmlXPathObject, ObjFree>;

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::string text_of(xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

bool is(xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(name));
}

// XPath 2.0 → 1.0 for the constructs the TBX-Basic schema uses.
std::string to_xpath1(std::string expr) {
  static const std::regex kMatches(R"(matches\((@[A-Za-z]+),\s*'https\?://\.\+'\))");
  expr = std::regex_replace(expr, kMatches,
                            "((starts-with($1,'http://') and string-length($1) > 7) or "
                            "(starts-with($1,'https://') and string-length($1) > 8))");
  static const std::regex kLocalName(R"(\./local-name\(\))");
  return std::regex_replace(expr, kLocalName, "local-name()");
}

long line_of(xmlNode* n) {
  if (n->type == XML_ATTRIBUTE_NODE) n = n->parent;
  return xmlGetLineNo(n);
}

struct Rule {
  std::string context;
  std::vector<std::pair<std::string, std::string>> asserts;  // test, message
};

void run_pattern(xmlXPathContext* ctx, const std::string& pattern, const std::vector<Rule>& rules,
                 std::vector<SchematronFailure>& out) {
  std::set<xmlNode*> fired;
  for (const Rule& rule : rules) {
    std::string context_expr = "//" + to_xpath1(rule.context);
    ctx->node = xmlDocGetRootElement(ctx->doc);
    Obj nodes(xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(context_expr.c_str()), ctx));
    if (!nodes) {
      out.push_back({pattern, rule.context, "", 0, "cannot compile context " + context_expr});
      continue;
    }
    if (!nodes->nodesetval) continue;
    for (int i = 0; i < nodes->nodesetval->nodeNr; ++i) {
      xmlNode* node = nodes->nodesetval->nodeTab[i];
      if (!fired.insert(node).second) continue;
      for (const auto& [test, message] : rule.asserts) {
        std::string expr = to_xpath1(test);
        ctx->node = node;
        Obj result(xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expr.c_str()), ctx));
        if (!result) {
          out.push_back({pattern, rule.context, test, line_of(node), "cannot compile assert " + expr});
        } else if (!xmlXPathCastToBoolean(result.get())) {
          out.push_back({pattern, rule.context, test, line_of(node), message});
        }
      }
    }
  }
}

}  // namespace

std::vector<SchematronFailure> run_schematron(const std::string& schema_path, const std::string& instance_path) {
  std::vector<SchematronFailure> out;
  Doc schema(xmlReadFile(schema_path.c_str(), nullptr, XML_PARSE_NONET));
  Doc instance(xmlReadFile(instance_path.c_str(), nullptr, XML_PARSE_NONET));
  if (!schema || !instance) {
    out.push_back({"", "", "", 0, "cannot parse " + std::string(schema ? instance_path : schema_path)});
    return out;
  }
  Ctx ctx(xmlXPathNewContext(instance.get()));
  xmlNode* root = xmlDocGetRootElement(schema.get());
  for (xmlNode* n = root->children; n; n = n->next) {
    if (is(n, "ns")) {
      xmlXPathRegisterNs(ctx.get(), reinterpret_cast<const xmlChar*>(attr(n, "prefix").c_str()),
                         reinterpret_cast<const xmlChar*>(attr(n, "uri").c_str()));
    }
  }
  for (xmlNode* p = root->children; p; p = p->next) {
    if (!is(p, "pattern")) continue;
    std::vector<Rule> rules;
    for (xmlNode* r = p->children; r; r = r->next) {
      if (!is(r, "rule")) continue;
      Rule rule{attr(r, "context"), {}};
      for (xmlNode* a = r->children; a; a = a->next) {
        if (is(a, "assert")) rule.asserts.emplace_back(attr(a, "test"), text_of(a));
      }
      rules.push_back(std::move(rule));
    }
    run_pattern(ctx.get(), attr(p, "id"), rules, out);
  }
  return out;
}

std::string describe(const std::vector<SchematronFailure>& failures) {
  std::ostringstream s;
  for (const auto& f : failures) {
    s << "line " << f.line << " [" << f.pattern << "] " << f.context << " : " << f.test << " → " << f.message << "\n";
  }
  return s.str();
}

}  // namespace termalign::test
