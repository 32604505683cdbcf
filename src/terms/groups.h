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
    struct Form {
      std::string text;
      std::uint32_t count = 0;
    };
    std::unordered_map<std::uint64_t, Form> forms;         // by hash of the form: form and occurrences
    std::uint32_t sentences = 0;                           // sentence pairs containing the group
    std::size_t last = static_cast<std::size_t>(-1);       // last sentence pair counted
    std::uint16_t words = 0;                               // words in the candidate
    std::uint16_t content = 0;                             // ... that are not stopwords ("weapons of mass ...": 3)
    bool proper = false;  // cased scripts: every content word a name (capitalised elsewhere, acronym, number)
  };

  Groups(const text::Language& lang, ProperWords proper);

  // Counts one occurrence of every candidate of `s`, seen in sentence pair `sentence`; returns their group ids
  // (in the order of s.candidates). Keys and forms are hashed word by word; strings are built only for new ones.
  std::vector<std::uint32_t> add_sentence(const AnalyzedSentence& s, std::size_t sentence);

  const Group& operator[](std::uint32_t id) const { return groups_[id]; }
  // The matching key: the stems of the words, each followed by a space.
  const std::string& key(std::uint32_t id) const { return *keys_[id]; }
  std::size_t size() const { return groups_.size(); }
  std::optional<std::uint32_t> find(const std::string& key) const;
  // The most frequent form (ties: the lexicographically smallest); a capitalised form yields to the same words in
  // lower case when the input has them too ("Nuclear Weapons" inside a treaty name, "nuclear weapons" elsewhere),
  // unless it has an acronym ("START").
  std::string canonical(std::uint32_t id) const;

 private:
  bool is_proper(const AnalyzedSentence& s, Span span) const;
  std::string word_form(const Word& w, bool first) const;
  std::uint32_t group_of(const AnalyzedSentence& s, Span span, std::uint64_t hash);

  const text::Language* lang_;
  std::unordered_set<std::string> proper_, standalone_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::unordered_map<std::uint64_t, std::uint32_t> hashed_ids_;
  std::vector<const std::string*> keys_;
  std::vector<Group> groups_;
};

// Adds the name words of `side` (sentences of one language) to `out`.
void add_proper_words(ProperWords& out, const std::vector<AnalyzedSentence>& side);

}  // namespace termalign::terms
