// A small, XSLT-free Schematron runner for the tests (our choice instead of the third-party SchXslt pipeline,
// which we may neither commit nor fetch): it reads the real ../shared/tbx/DCA/TBX-Basic_DCA.sch, evaluates each
// rule with libxml2's XPath 1.0 and reports failed asserts.
//
// ISO Schematron semantics kept: within a pattern, a node fires only the FIRST rule whose context matches it;
// each assert of that rule is evaluated with the node as context. The .sch declares queryBinding="xslt2"; the
// few XPath 2.0 constructs it uses are rewritten to XPath 1.0 equivalents before compiling:
//   matches(@a,'https?://.+')   → (starts-with(@a,'http://') or starts-with(@a,'https://')) and longer than that
//   ./local-name()              → local-name()
// Any expression libxml2 cannot compile after that is reported as a failure (never skipped silently), so a new
// XPath 2.0 construct in the schema makes the test fail instead of passing vacuously.
#pragma once

#include <string>
#include <vector>

namespace termalign::test {

struct SchematronFailure {
  std::string pattern;   // pattern/@id
  std::string context;   // rule/@context
  std::string test;      // assert/@test
  long line = 0;         // line of the offending node in the instance
  std::string message;
};

std::vector<SchematronFailure> run_schematron(const std::string& schema_path, const std::string& instance_path);
std::string describe(const std::vector<SchematronFailure>& failures);

}  // namespace termalign::test
