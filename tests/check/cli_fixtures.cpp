#include "cli_fixtures.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "fixture_glossary.h"
#include "glossary/store.h"
#include "test_paths.h"
#include "text/reader.h"

namespace termalign::test {
namespace {

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += ch;
    }
  }
  return out;
}

}  // namespace

std::string temp_path(const std::string& name) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("termalign-check-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return (dir / name).string();
}

std::string write_temp(const std::string& name, const std::string& content) {
  std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string make_glossary_db(const std::string& glossary, const std::string& name) {
  std::string path = temp_path(name);
  std::filesystem::remove(path);
  std::vector<glossary::Concept> concepts =
      read_fixture_glossary(source_path("tests/fixtures/check/" + glossary + ".glossary.tsv"));
  glossary::Store store = glossary::Store::open(path);
  glossary::Store::Transaction tx = store.transaction();
  for (glossary::Concept& c : concepts) {
    c.id = 0;
    store.add_concept(c);
  }
  tx.commit();
  return path;
}

std::vector<std::string> fixture_lines(const std::string& file) {
  return text::read_lines_file(source_path("tests/fixtures/check/" + file));
}

std::string bitext_xml(BitextKind kind, const std::string& src_lang, const std::string& tgt_lang,
                       const std::vector<std::string>& src, const std::vector<std::string>& tgt) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  std::string unit, close;
  switch (kind) {
    case BitextKind::Tmx:
      out += fmt::format("<tmx version=\"1.4\"><header creationtool=\"termalign-test\" creationtoolversion=\"1\" "
                         "segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"{}\" datatype=\"plaintext\"/>"
                         "\n<body>\n",
                         src_lang);
      unit = "<tu tuid=\"u{0}\"><tuv xml:lang=\"" + src_lang + "\"><seg>{1}</seg></tuv><tuv xml:lang=\"" + tgt_lang +
             "\"><seg>{2}</seg></tuv></tu>\n";
      close = "</body></tmx>\n";
      break;
    case BitextKind::Xliff12:
      out += fmt::format("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"t\" "
                         "source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\">\n<body>\n",
                         src_lang, tgt_lang);
      unit = "<trans-unit id=\"u{0}\"><source>{1}</source><target>{2}</target></trans-unit>\n";
      close = "</body></file></xliff>\n";
      break;
    case BitextKind::Xliff20:
      out += fmt::format("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"{}\" "
                         "trgLang=\"{}\">\n<file id=\"f1\">\n",
                         src_lang, tgt_lang);
      unit = "<unit id=\"u{0}\"><segment id=\"s1\"><source>{1}</source><target>{2}</target></segment></unit>\n";
      close = "</file></xliff>\n";
      break;
  }
  for (std::size_t i = 0; i < src.size() && i < tgt.size(); ++i)
    out += fmt::format(fmt::runtime(unit), i + 1, xml_escape(src[i]), xml_escape(tgt[i]));
  return out + close;
}

}  // namespace termalign::test
