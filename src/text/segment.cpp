#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

#include "text/icu_bridge.h"
#include "text/utf8.h"
#include "text/wordlist.h"

namespace termalign::text {

struct Segmenter::Impl {
  Language lang;
  SegmentOptions options;
  std::unique_ptr<icu::BreakIterator> iterator;
  const std::unordered_set<std::string>* abbreviations = nullptr;
};

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The last whitespace-separated word of `s`, without opening brackets or quotes.
std::string_view last_word(std::string_view s) {
  s = trim(s);
  auto cut = s.find_last_of(" \t");
  std::string_view w = cut == std::string_view::npos ? s : s.substr(cut + 1);
  while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '[')) w.remove_prefix(1);
  return w;
}

bool starts_upper(std::string_view s) {
  s = trim(s);
  std::size_t pos = 0;
  while (pos < s.size()) {
    auto cp = static_cast<UChar32>(decode_utf8(s, pos));
    if (u_isalpha(cp)) return u_isupper(cp) || u_istitle(cp);
    if (u_isdigit(cp)) return false;
  }
  return false;
}

// "E." — one upper-case letter and a full stop: a name initial.
bool is_initial(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  std::string_view letter = w.substr(0, w.size() - 1);
  std::size_t pos = 0;
  auto cp = static_cast<UChar32>(decode_utf8(letter, pos));
  return pos == letter.size() && u_isupper(cp);
}

// Whether the break after `before` should be removed because `before` ends with an abbreviation.
bool is_false_break(std::string_view before, std::string_view after,
                    const std::unordered_set<std::string>& abbreviations) {
  std::string_view w = last_word(before);
  if (w.empty() || w.back() != '.') return false;
  if (abbreviations.count(std::string(w))) return true;
  // Lower-case the first letter for sentence-initial abbreviations ("Gen." listed, "gen." rare).
  if (is_initial(w) && starts_upper(after)) return true;
  return false;
}

}  // namespace

Segmenter::Segmenter(const Language& lang, SegmentOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->lang = lang;
  impl_->options = options;
  UErrorCode status = U_ZERO_ERROR;
  std::string locale = lang.code + "@ss=standard";
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
  detail::check_icu(status, "creating the sentence break iterator");
  impl_->abbreviations = &abbreviations(lang);
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

// Byte spans [begin, end) of the trimmed sentences of `paragraph`, in order.
std::vector<std::pair<std::size_t, std::size_t>> Segmenter::sentence_spans(const std::string& paragraph) const {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  icu::UnicodeString u = detail::to_icu(paragraph);
  // UTF-16 index → byte offset, advanced incrementally (boundaries come in increasing order).
  std::size_t byte = 0;
  int32_t utf16 = 0;
  auto to_byte = [&](int32_t target) {
    while (utf16 < target && byte < paragraph.size()) {
      char32_t cp = decode_utf8(paragraph, byte);
      utf16 += cp > 0xFFFF ? 2 : 1;
    }
    return byte;
  };
  icu::BreakIterator& it = *impl_->iterator;
  it.setText(u);
  std::size_t pending = 0;  // byte where the current (possibly merged) sentence starts
  it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; end = it.next()) {
    std::size_t end_byte = to_byte(end);
    std::string_view before(paragraph.data() + pending, end_byte - pending);
    std::string_view after = std::string_view(paragraph).substr(end_byte, 64);
    if (end_byte < paragraph.size() && is_false_break(before, after, *impl_->abbreviations)) continue;
    std::string_view t = trim(before);
    if (!t.empty()) {
      std::size_t b = static_cast<std::size_t>(t.data() - paragraph.data());
      spans.emplace_back(b, b + t.size());
    }
    pending = end_byte;
  }
  return spans;
}

std::vector<std::string> Segmenter::segment_paragraph(const std::string& paragraph) const {
  std::vector<std::string> sentences;
  for (auto [b, e] : sentence_spans(paragraph)) sentences.push_back(paragraph.substr(b, e - b));
  return sentences;
}

std::vector<Sentence> Segmenter::segment(const std::vector<std::string>& lines) const {
  std::vector<Sentence> out;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (trim(lines[i]).empty()) {
      ++i;
      continue;
    }
    // A paragraph: one line, or consecutive non-blank lines joined by single spaces. starts[k] is where line
    // first+k begins in the paragraph; lead[k] how many bytes were trimmed off its front.
    std::size_t first = i;
    std::string paragraph;
    std::vector<std::size_t> starts, lead;
    do {
      std::string_view t = trim(lines[i]);
      if (!paragraph.empty()) paragraph += ' ';
      starts.push_back(paragraph.size());
      lead.push_back(static_cast<std::size_t>(t.data() - lines[i].data()));
      paragraph += t;
      ++i;
    } while (!impl_->options.line_paragraphs && i < lines.size() && !trim(lines[i]).empty());
    // Map each sentence start back to its line and code point column, with a cursor that only moves forward.
    std::size_t k = 0, cursor_byte = 0, cursor_cp = 0;
    for (auto [b, e] : sentence_spans(paragraph)) {
      while (k + 1 < starts.size() && starts[k + 1] <= b) {
        ++k;
        cursor_byte = cursor_cp = 0;
      }
      const std::string& line = lines[first + k];
      std::size_t in_line = lead[k] + (b - starts[k]);
      cursor_cp += code_point_index(std::string_view(line).substr(cursor_byte), in_line - cursor_byte);
      cursor_byte = in_line;
      out.push_back({paragraph.substr(b, e - b), first + k + 1, cursor_cp + 1});
    }
  }
  return out;
}

}  // namespace termalign::text
