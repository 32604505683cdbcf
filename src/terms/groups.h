// Candidate groups of one side of the input: occurrences with the same matching stems are one group, output in
// its most frequent canonical form (lemmas; a sentence-initial capital is lowered unless the word is capitalised
// elsewhere in the input). Internal to src/terms.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "terms/candidates.h"
#include "text/lang.h"

namespace termalign::terms {

// Words written as names on one side of the input, by matching stem.
struct ProperWords {
  std::unordered_set<std::string> capitalized;  // capitalised not sentence-initially, or all capitals
  std::unordered_set<std::string> standalone;   // ... and somewhere not next to another capitalised word
};

class Groups {
 public:
  struct Group {
    std::unordered_map<std::string, std::uint32_t> forms;  // canonical form → occurrences
    std::uint32_t sentences = 0;                           // sentence pairs containing the group
    std::size_t last = static_cast<std::size_t>(-1);       // last sentence pair counted
    std::uint16_t words = 0;                               // words in the candidate
    bool proper = false;  // cased scripts: every content word a name (capitalised elsewhere, acronym, number)
  };

  Groups(const text::Language& lang, ProperWords proper);

  // Counts one occurrence of `span` in sentence pair `sentence`; returns its group id.
  std::uint32_t add(const AnalyzedSentence& s, Span span, std::size_t sentence);

  const Group& operator[](std::uint32_t id) const { return groups_[id]; }
  // The matching key: the stems of the words, each followed by a space.
  const std::string& key(std::uint32_t id) const { return *keys_[id]; }
  std::size_t size() const { return groups_.size(); }
  std::optional<std::uint32_t> find(const std::string& key) const;
  // The most frequent form (ties: the lexicographically smallest).
  std::string canonical(std::uint32_t id) const;

 private:
  bool is_proper(const AnalyzedSentence& s, Span span) const;
  std::string form(const AnalyzedSentence& s, Span span) const;

  const text::Language* lang_;
  std::unordered_set<std::string> proper_, standalone_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<const std::string*> keys_;
  std::vector<Group> groups_;
};

ProperWords proper_words(const std::vector<AnalyzedSentence>& side);

}  // namespace termalign::terms
