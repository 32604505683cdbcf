// Extraction rules on single sentence pairs (a short article has no repetitions to lean on): names with words
// the dictionary lacks (gap credit), hyphenated compounds, coordinated names, verbs at candidate edges, "of"
// phrases, lower-case common nouns, names written with a proclitic.
#include <catch2/catch.hpp>

#include <algorithm>

#include "terms/extract.h"
#include "text/lang.h"

using namespace termalign;
using terms::SentencePair;
using terms::TermPair;

namespace {

const text::Language& ar() { return text::language("ar"); }
const text::Language& en() { return text::language("en"); }

// A small dictionary without «الذرية» "Atomic", «انتشار» "Proliferation" or «المتقدمة» "advanced".
const terms::WordDictionary& rules_dictionary() {
  static const terms::WordDictionary dict = [] {
    terms::WordDictionary d;
    for (auto [a, e] : std::initializer_list<std::pair<const char*, const char*>>{
             {"وكالة", "agency"}, {"دولية", "international"}, {"طاقة", "energy"}, {"معاهدة", "treaty"},
             {"حظر", "ban"}, {"شامل", "comprehensive"}, {"شامل", "mass"}, {"تجارب", "tests"}, {"نووية", "nuclear"},
             {"أسلحة", "weapons"}, {"ولايات", "states"}, {"متحدة", "united"}, {"روسيا", "Russia"},
             {"دفاع", "defense"}, {"صاروخي", "missile"}, {"أنظمة", "systems"}, {"استقرار", "stability"},
             {"استراتيجي", "strategic"}, {"يهدد", "threatened"}, {"دمار", "destruction"}, {"منطقة", "zone"},
             {"خالية", "free"}, {"منظمات", "organizations"}, {"حكومية", "governmental"}, {"مؤتمر", "conference"},
             {"استعراض", "review"}, {"قوات", "forces"}, {"بعيدة", "long"}, {"ترسانات", "arsenals"},
             {"قيود", "limits"}})
      d.add(a, e, ar(), en());
    return d;
  }();
  return dict;
}

std::vector<TermPair> extract(const std::vector<std::pair<std::string, std::string>>& sentences) {
  std::vector<SentencePair> pairs;
  for (const auto& [a, e] : sentences) pairs.push_back({"doc", a, e, pairs.size() + 1, pairs.size() + 1});
  return terms::extract_terms(pairs, ar(), en(), {}, &rules_dictionary());
}

const TermPair* find(const std::vector<TermPair>& pairs, const std::string& source) {
  auto it = std::find_if(pairs.begin(), pairs.end(), [&](const TermPair& p) { return p.source == source; });
  return it == pairs.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("extraction rules on one sentence pair") {
  auto [ar_sentence, en_sentence, source, target, not_source] =
      GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
          // Gap credit: «الذرية» and "Atomic" are unknown, the rest of the name is linked.
          {"وأفادت الوكالة الدولية للطاقة الذرية بأن مفتشيها منعوا من الوصول.",
           "The International Atomic Energy Agency reported that its inspectors were denied access.",
           "الوكالة الدولية للطاقة الذرية", "International Atomic Energy Agency", "الوكالة الدولية للطاقة"},
          // «عدم» links a phrase, "Non-Proliferation" pairs by its part; the name before "of the Treaty" is
          // not cut short.
          {"افتتح مؤتمر استعراض معاهدة عدم انتشار الأسلحة النووية في نيويورك.",
           "The Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons opened in New York.",
           "معاهدة عدم انتشار الأسلحة النووية", "Treaty on the Non-Proliferation of Nuclear Weapons",
           "مؤتمر استعراض معاهدة"},
          // A hyphenated compound is linked by its parts.
          {"ودعا الدول إلى التصديق على معاهدة الحظر الشامل للتجارب النووية دون تأخير.",
           "He called on states to ratify the Comprehensive Nuclear-Test-Ban Treaty without delay.",
           "معاهدة الحظر الشامل للتجارب النووية", "Comprehensive Nuclear-Test-Ban Treaty", "الحظر الشامل"},
          // Coordinated names are two pairs; «وروسيا» is output without its «و».
          {"وتمتلك الولايات المتحدة وروسيا معا معظم الأسلحة النووية.",
           "The United States and Russia together hold most nuclear weapons.", "الولايات المتحدة", "United States",
           "الولايات المتحدة وروسيا"},
          {"وتمتلك الولايات المتحدة وروسيا معا معظم الأسلحة النووية.",
           "The United States and Russia together hold most nuclear weapons.", "روسيا", "Russia", "وروسيا"},
          // A finite verb is no part of a term, on either side.
          {"غير أنه حذر من أن نشر أنظمة الدفاع الصاروخي في أوروبا يهدد الاستقرار الاستراتيجي.",
           "However, he warned that the deployment of missile defense systems in Europe threatened strategic "
           "stability.",
           "الاستقرار الاستراتيجي", "strategic stability", "يهدد الاستقرار الاستراتيجي"},
          // "of" phrases; "free" takes a complement and ends nothing.
          {"واقترحت عدة وفود إنشاء منطقة خالية من أسلحة الدمار الشامل.",
           "Several delegations proposed a zone free of weapons of mass destruction.", "أسلحة الدمار الشامل",
           "weapons of mass destruction", "منطقة خالية"},
          {"وانتقدت المنظمات غير الحكومية بطء نزع السلاح.", "Non-governmental organizations criticised the slow pace.",
           "المنظمات غير الحكومية", "non-governmental organizations", "المنظمات"},
          // A gap inside a compound whose other part is linked: «المدى» / "range"; «قواتها» cited as «القوات».
          {"وتخشى موسكو أن يستخدم النظام لمواجهة قواتها النووية بعيدة المدى.",
           "Moscow fears the system could be used to counter its long-range nuclear forces.",
           "القوات النووية بعيدة المدى", "long-range nuclear forces", "القوات النووية"},
          // A one-word name the target writes as two words.
          {"وعقد المؤتمر في نيويورك يوم الاثنين.", "The conference met in New York on Monday.", "نيويورك",
           "New York", "المؤتمر"},
          // No gap credit in common phrases: «المتقدمة» / "advanced" stay out.
          {"ونشرت الدول أنظمة الدفاع الصاروخي المتقدمة.", "The states deployed advanced missile defense systems.",
           "أنظمة الدفاع الصاروخي", "missile defense systems", "أنظمة الدفاع الصاروخي المتقدمة"},
      }));
  CAPTURE(en_sentence);
  std::vector<TermPair> found = extract({{ar_sentence, en_sentence}});
  const TermPair* p = find(found, source);
  REQUIRE(p != nullptr);
  CHECK(p->target == target);
  CHECK(find(found, not_source) == nullptr);
}

TEST_CASE("a common noun phrase is output in lower case when the input also writes it so") {
  std::vector<TermPair> found = extract({
      {"افتتح مؤتمر استعراض معاهدة عدم انتشار الأسلحة النووية في نيويورك.",
       "The Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons opened in New York."},
      {"وتمتلك الولايات المتحدة وروسيا معا معظم الأسلحة النووية.",
       "The United States and Russia together hold most nuclear weapons."},
  });
  const TermPair* p = find(found, "الأسلحة النووية");
  REQUIRE(p != nullptr);
  CHECK(p->target == "nuclear weapons");
  CHECK(p->count == 2);
}

TEST_CASE("a name before its parenthesised short form pairs with the short form's target, without «و»") {
  std::vector<TermPair> found = extract({
      {"واتفق البلدان وحلف شمال الأطلسي (الناتو) على دراسة الدفاع الصاروخي.",
       "The two nations and NATO agreed to study missile defense."},
      {"وسعى حلف الناتو إلى الحوار مع روسيا.", "NATO sought a dialogue with Russia."},
      {"وقال الناتو إن الحوار مستمر.", "NATO said the dialogue goes on."},
  });
  const TermPair* full = find(found, "حلف شمال الأطلسي");
  REQUIRE(full != nullptr);
  CHECK(full->target == "NATO");
  CHECK(find(found, "وحلف شمال الأطلسي") == nullptr);
  const TermPair* short_form = find(found, "الناتو");
  REQUIRE(short_form != nullptr);
  CHECK(short_form->target == "NATO");
}

TEST_CASE("a frequent string of modifiers does not replace the term it modifies") {
  std::vector<TermPair> found = extract({
      {"ولن تكون هناك قيود على القوات النووية الاستراتيجية.", "There will be no limits on strategic nuclear forces."},
      {"وتملك روسيا الترسانات النووية الاستراتيجية الكبرى.", "Russia holds large strategic nuclear arsenals."},
  });
  const TermPair* p = find(found, "القوات النووية الاستراتيجية");
  REQUIRE(p != nullptr);
  CHECK(p->target == "strategic nuclear forces");
  CHECK(find(found, "النووية الاستراتيجية") == nullptr);  // "strategic nuclear" (count 2) is no term
}
