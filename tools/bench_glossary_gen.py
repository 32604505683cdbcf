#!/usr/bin/env python3
"""Writes N distinct Arabic–English term pairs as a generic termalign CSV (header ar,en,status,note) for
tools/bench_glossary.sh. Terms are 2–4 word combinations of real words taken from NTREX-128 news lines, so the
normalizer, the FTS index and the collation see real Arabic and English text. Deterministic: term i is the
mixed-radix expansion of i over the vocabularies.   usage: bench_glossary_gen.py NTREX_DIR N OUT.csv"""
import re
import sys


def fold(word):
    """Roughly the store's matching key: case, Arabic letter variants and article, so no two words collide."""
    word = word.lower().translate(str.maketrans("أإآٱىة", "اااايه"))
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


def vocabulary(path, pattern, limit):
    seen = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            for word in re.findall(pattern, line):
                if len(word) >= 3:
                    seen.setdefault(fold(word), word)
    words = sorted(seen.values())
    if len(words) < limit:
        sys.exit(f"bench_glossary_gen: only {len(words)} words in {path}")
    return words[:limit]


def main():
    ntrex, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    ar = vocabulary(f"{ntrex}/newstest2019-ref.arb.txt", r"[\u0621-\u064A]+", 1000)
    en = vocabulary(f"{ntrex}/newstest2019-src.eng.txt", r"[A-Za-z]+", 1000)
    statuses = ["candidate", "candidate", "candidate", "approved", "rejected"]
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("ar,en,status,note\n")
        for i in range(n):
            # 2 words for the first 1M combinations (1000 × 1000), a third word beyond that.
            a, b, c = i % 1000, (i // 1000) % 1000, i // 1000000
            ar_term = f"{ar[a]} {ar[(b * 7 + a) % 1000]}" + (f" {ar[c]}" if c else "")
            en_term = f"{en[(b * 7 + a) % 1000].capitalize()} {en[a]}" + (f" {en[c]}" if c else "")
            note = f"\"bench, term {i}\"" if i % 100 == 0 else ""
            f.write(f"{ar_term},{en_term},{statuses[i % 5]},{note}\n")


if __name__ == "__main__":
    main()
