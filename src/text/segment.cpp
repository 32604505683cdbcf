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

bool is_space(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }

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

std::vector<std::string> Segmenter::segment_paragraph(const std::string& paragraph) const {
  std::vector<std::string> sentences;
  icu::UnicodeString u = detail::to_icu(paragraph);
  icu::BreakIterator& it = *impl_->iterator;
  it.setText(u);
  std::string pending;
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    std::string piece = detail::from_icu(icu::UnicodeString(u, start, end - start));
    pending += piece;
    // Peek at the text after this break to decide on abbreviation merges.
    if (end < u.length()) {
      std::string next = detail::from_icu(icu::UnicodeString(u, end, std::min<int32_t>(64, u.length() - end)));
      if (is_false_break(pending, next, *impl_->abbreviations)) continue;
    }
    std::string_view t = trim(pending);
    if (!t.empty()) sentences.emplace_back(t);
    pending.clear();
  }
  return sentences;
}

std::vector<Sentence> Segmenter::segment(const std::vector<std::string>& lines) const {
  std::vector<Sentence> out;
  std::size_t i = 0;
  while (i < lines.size()) {
    // A paragraph: one line, or consecutive non-blank lines joined by spaces.
    if (trim(lines[i]).empty()) {
      ++i;
      continue;
    }
    std::size_t first = i;
    std::string paragraph(trim(lines[i]));
    ++i;
    while (!impl_->options.line_paragraphs && i < lines.size() && !trim(lines[i]).empty()) {
      paragraph += ' ';
      paragraph += trim(lines[i]);
      ++i;
    }
    // Locate each sentence back in the original lines to report where it starts.
    std::size_t line = first, col_byte = lines[first].size() - trim(lines[first]).size();
    for (std::string& s : segment_paragraph(paragraph)) {
      std::string_view head = std::string_view(s).substr(0, std::min<std::size_t>(s.size(), 16));
      for (std::size_t l = line; l < i; ++l) {
        std::size_t at = lines[l].find(head, l == line ? col_byte : 0);
        if (at != std::string::npos) {
          line = l;
          col_byte = at;
          break;
        }
      }
      out.push_back({std::move(s), line + 1, code_point_index(lines[line], col_byte) + 1});
    }
  }
  (void)is_space;
  return out;
}

}  // namespace termalign::text
