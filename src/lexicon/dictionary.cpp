#include "lexicon/dictionary.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <sstream>

#include <fmt/format.h>
#include <zlib.h>

#include "base/error.h"
#include "text/reader.h"

namespace termalign::lexicon {
namespace {

// dictd's base64 number: digits A-Z a-z 0-9 + /, most significant first. Returns -1 on a bad digit.
long long decode_b64(std::string_view s) {
  long long value = 0;
  for (char c : s) {
    int d;
    if (c >= 'A' && c <= 'Z') d = c - 'A';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 26;
    else if (c >= '0' && c <= '9') d = c - '0' + 52;
    else if (c == '+') d = 62;
    else if (c == '/') d = 63;
    else return -1;
    value = value * 64 + d;
    if (value > (1LL << 40)) return -1;
  }
  return s.empty() ? -1 : value;
}

// The whole stream, inflated when it is gzip (dictzip) data.
std::string read_maybe_gzip(std::istream& in, const std::string& name) {
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (raw.size() < 2 || static_cast<unsigned char>(raw[0]) != 0x1f || static_cast<unsigned char>(raw[1]) != 0x8b)
    return raw;
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) throw_internal("zlib: inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(raw.data());
  zs.avail_in = static_cast<uInt>(raw.size());
  std::string out;
  char buffer[1 << 16];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&zs);
      throw_input(fmt::format("corrupt compressed dictionary data ({})", zs.msg ? zs.msg : "zlib error"), {name});
    }
    out.append(buffer, sizeof buffer - zs.avail_out);
    if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) break;  // truncated input: keep what we have
  }
  inflateEnd(&zs);
  return out;
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// "x, y (note); z" → {"x", "y", "z"}: split on , and ; and drop parenthesised / bracketed notes.
std::vector<std::string> split_translations(std::string_view line) {
  std::vector<std::string> out;
  std::string current;
  int depth = 0;
  auto flush = [&] {
    std::string t = trim(current);
    if (!t.empty()) out.push_back(std::move(t));
    current.clear();
  };
  for (char c : line) {
    if (c == '(' || c == '[' || c == '<' || c == '{') ++depth;
    else if ((c == ')' || c == ']' || c == '>' || c == '}') && depth > 0) --depth;
    else if (depth == 0 && (c == ',' || c == ';')) flush();
    else if (depth == 0) current.push_back(c);
  }
  flush();
  return out;
}

// "1. x" → "x" (empty when the line is not numbered).
std::string_view numbered_body(std::string_view line) {
  std::size_t k = 0;
  while (k < line.size() && line[k] >= '0' && line[k] <= '9') ++k;
  if (k == 0 || k + 1 >= line.size() || line[k] != '.' || line[k + 1] != ' ') return {};
  return line.substr(k + 2);
}

void parse_entry(std::string_view headword, std::string_view body, Dictionary& dict) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos < body.size();) {
    std::size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    lines.push_back(body.substr(pos, nl - pos));
    pos = nl + 1;
  }
  std::vector<std::string_view> translations;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    if (std::string_view b = numbered_body(lines[k]); !b.empty()) translations.push_back(b);
  }
  if (translations.empty() && lines.size() > 1) translations.push_back(lines[1]);
  for (std::string_view t : translations) {
    for (std::string& target : split_translations(t)) dict.entries.push_back({std::string(headword), target});
  }
}

}  // namespace

Dictionary read_dictd(std::istream& index, std::istream& dict_stream, const std::string& name) {
  std::string data = read_maybe_gzip(dict_stream, name);
  Dictionary dict{name, {}};
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(index, line)) {
    ++line_no;
    std::size_t t1 = line.find('\t');
    std::size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) throw_input("dictd index line is not 'headword TAB offset TAB length'", {name, line_no});
    std::string_view view(line);
    std::string_view headword = view.substr(0, t1);
    long long offset = decode_b64(view.substr(t1 + 1, t2 - t1 - 1));
    long long length = decode_b64(trim(view.substr(t2 + 1)));
    if (offset < 0 || length < 0 || static_cast<unsigned long long>(offset + length) > data.size())
      throw_input("dictd index points outside the dictionary data", {name, line_no});
    if (headword.starts_with("00database") || headword.starts_with("00-database")) continue;
    parse_entry(headword, std::string_view(data).substr(static_cast<std::size_t>(offset),
                                                        static_cast<std::size_t>(length)), dict);
  }
  return dict;
}

Dictionary read_tsv(std::istream& in, const std::string& name) {
  Dictionary dict{name, {}};
  std::vector<std::string> lines = text::read_lines(in, name);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view line(lines[k]);
    if (trim(line).empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw_input("dictionary line has no TAB between source and target", {name, k + 1});
    std::string source = trim(line.substr(0, tab));
    std::string target = trim(line.substr(tab + 1));
    if (std::size_t tab2 = target.find('\t'); tab2 != std::string::npos) target = trim(target.substr(0, tab2));
    if (!source.empty() && !target.empty()) dict.entries.push_back({std::move(source), std::move(target)});
  }
  return dict;
}

Dictionary load_dictionary(const std::string& path) {
  namespace fs = std::filesystem;
  if (!fs::exists(path)) throw_usage(fmt::format("dictionary '{}' does not exist", path));
  if (fs::path(path).extension() != ".index") {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw_input("cannot open the dictionary", {path});
    return read_tsv(in, path);
  }
  std::string stem = path.substr(0, path.size() - 6);
  std::string data_path = fs::exists(stem + ".dict.dz") ? stem + ".dict.dz" : stem + ".dict";
  std::ifstream index(path, std::ios::binary), data(data_path, std::ios::binary);
  if (!index) throw_input("cannot open the dictionary index", {path});
  if (!data) throw_input("cannot open the dictionary data beside the index", {data_path});
  return read_dictd(index, data, path);
}

Dictionary reversed(const Dictionary& dictionary) {
  Dictionary out{dictionary.name + " (reversed)", {}};
  out.entries.reserve(dictionary.entries.size());
  for (const Entry& e : dictionary.entries) out.entries.push_back({e.target, e.source});
  return out;
}

std::string dictd_dir() {
  const char* env = std::getenv("TERMALIGN_DICTD_DIR");
  return env && *env ? env : "/usr/share/dictd";
}

std::shared_ptr<const Dictionary> packaged_dictionary(const text::Language& src, const text::Language& tgt) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Dictionary>> cache;
  std::string key = src.code3 + "-" + tgt.code3;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  auto dict = std::make_shared<Dictionary>();
  dict->name = "freedict " + key;
  std::string forward = fmt::format("{}/freedict-{}-{}.index", dictd_dir(), src.code3, tgt.code3);
  std::string backward = fmt::format("{}/freedict-{}-{}.index", dictd_dir(), tgt.code3, src.code3);
  if (std::filesystem::exists(forward)) dict->entries = load_dictionary(forward).entries;
  if (std::filesystem::exists(backward)) {
    for (Entry& e : reversed(load_dictionary(backward)).entries) dict->entries.push_back(std::move(e));
  }
  cache[key] = dict;
  return dict;
}

}  // namespace termalign::lexicon
