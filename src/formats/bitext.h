// Bilingual files translators deliver, read for `termalign check FILE`: TMX 1.4 (1.1–1.3 too), XLIFF 1.2 and
// XLIFF 2.0/2.1, chosen by the root element (<tmx>, <xliff version="1.2">, <xliff version="2.x">).
//
//   format     languages                                 segment id                      src / tgt
//   TMX        header/@srclang, first other tuv language tu/@tuid (else the tu's ordinal) tuv seg text
//   XLIFF 1.2  file/@source-language, @target-language   trans-unit/@id                  <source>/<target>
//              (a trans-unit with <seg-source> mrk mtype="seg" yields one segment per mrk: id "tu-id/mid")
//   XLIFF 2.x  xliff/@srcLang, @trgLang                  unit/@id + "/" + segment/@id    <source>/<target>
//              (segment without id: unit id + "/" + its 1-based ordinal in the unit)
//
// Inline markup (<g>, <x/>, <ph>, <pc>, <mrk>, <bpt>...) is flattened to its text content; placeholders without
// text vanish. A unit without a target yields a segment with an empty tgt (check reports it as untranslated
// where relevant). line = 1-based line of the segment's <tu>/<trans-unit>/<segment> element.
// XXE-safe like tbx.h. Errors: Error(Input) naming file and line (malformed XML, unknown root, no languages).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace termalign::formats {

struct BitextSegment {
  std::string id;         // tu/@tuid, trans-unit/@id, unit/@id + "/" + segment/@id
  std::string src, tgt;
  std::size_t line = 0;   // 1-based
};

struct Bitext {
  std::string format;     // "tmx", "xliff-1.2", "xliff-2"
  std::string src_lang, tgt_lang;
  std::vector<BitextSegment> segments;
};

Bitext read_bitext(std::istream& in, const std::string& name);
Bitext read_bitext_file(const std::string& path);  // "-" = stdin; Error(Input) if it cannot be opened

}  // namespace termalign::formats
