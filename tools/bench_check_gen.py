#!/usr/bin/env python3
"""Generates the data of tools/bench_check.sh: N aligned segment pairs and an M-concept glossary.

Segments: pairs of NTREX-128 lines (../shared/data/eval/ntrex128-<src>-en), two random line pairs joined per
segment, so the 1,997 professional translations give N distinct segments with real vocabulary.
Glossary (written as "concept<TAB>lang<TAB>status<TAB>term" lines, the format check_bench_glossary stores):
  * real term pairs from the packaged FreeDict dictionary (ara-eng, or eng-rus inverted), approved, with the
    second sense as an admitted variant: multi-word entries only (its single words are general language, «آلي»,
    «عامي», whose English senses rarely appear in a translation: they made 90% of the findings, which is not
    what a terminology glossary gives);
  * source-language bigrams and trigrams that occur in one corpus line, each with an English bigram of that
    line's translation (what term extraction from this corpus gives);
  * random pairs of corpus words (terms that seldom occur) up to M concepts.
  Every 10th concept also has a deprecated English term (its approved term reversed + "variant": it never
  occurs, so forbidden findings come from the few planted ones only... none here; the rule's cost is measured).

Realism: the load is pessimistic, on purpose kept so. An n-gram concept's English term is a random bigram of its
line's translation, not a translation (often a stopword bigram: 124 concepts share "of the", so every "of the" in a
target is 125 matches), and its source n-gram, matched through clitics and stems, recurs in other lines where that
bigram is absent: ~2.7 `missing` findings per pair (ar-en 270k: 183k from n-gram concepts, 83k from dictionary
entries such as «بدلا من» → "Lieu"), where a reviewed translation checked against a real glossary gives well under
one per pair. The check must still meet the limits with this many matches and findings to report.

usage: bench_check_gen.py --shared DIR --stopwords DIR --out DIR [--src ar|ru] [--pairs N] [--concepts M] [--seed S]
"""
import argparse
import collections
import gzip
import os
import random
import re

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORD = re.compile(r"^[^\W\d_]+$")


def dictd_number(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def dictd_entries(base):
    """(headword, [translations]) of a dictd dictionary."""
    data = gzip.open(base + ".dict.dz").read()
    with open(base + ".index", encoding="utf-8") as index:
        for line in index:
            head, off, size = line.rstrip("\n").split("\t")
            if head.startswith("00"):
                continue
            body = data[dictd_number(off):dictd_number(off) + dictd_number(size)].decode("utf-8", "replace")
            senses = []
            for l in body.split("\n")[1:]:
                l = re.sub(r"^\d+\.\s*", "", l.strip())
                for part in re.split(r"[,;]", l):
                    part = part.strip()
                    if part and len(part) < 40 and "(" not in part and part not in senses:
                        senses.append(part)
            if senses:
                yield head, senses


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def words(line):
    return [w for w in re.findall(r"\w+", line) if WORD.match(w)]


def ngrams(lines, sizes, banned):
    out = collections.Counter()
    for line in lines:
        ws = words(line)
        for n in sizes:
            for i in range(len(ws) - n + 1):
                gram = ws[i:i + n]
                if gram[0].lower() in banned or gram[-1].lower() in banned:
                    continue
                out[" ".join(gram)] += 1
    return [g for g, _ in out.most_common()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--stopwords", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--src", default="ar", choices=["ar", "ru"])
    ap.add_argument("--pairs", type=int, default=100000)
    ap.add_argument("--concepts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    corpus = os.path.join(a.shared, "data/eval/ntrex128-%s-en" % a.src)
    src_file = {"ar": "newstest2019-ref.arb.txt", "ru": "newstest2019-ref.rus.txt"}[a.src]
    src_lines = read_lines(os.path.join(corpus, src_file))
    en_lines = read_lines(os.path.join(corpus, "newstest2019-src.eng.txt"))
    assert len(src_lines) == len(en_lines)

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "bench.%s.txt" % a.src), "w", encoding="utf-8") as fs, \
            open(os.path.join(a.out, "bench.en.txt"), "w", encoding="utf-8") as ft:
        for _ in range(a.pairs):
            i, j = rng.randrange(len(src_lines)), rng.randrange(len(src_lines))
            fs.write(src_lines[i] + " " + src_lines[j] + "\n")
            ft.write(en_lines[i] + " " + en_lines[j] + "\n")

    banned = {}
    for lang, lines in ((a.src, src_lines), ("en", en_lines)):
        stop = set(w.strip().lower() for w in read_lines(os.path.join(a.stopwords, lang + ".txt")) if w.strip())
        freq = collections.Counter(w.lower() for l in lines for w in words(l))
        banned[lang] = stop | {w for w, _ in freq.most_common(300)}

    concepts = []  # (src term, [en approved/admitted], deprecated or None)
    seen = set()
    if a.src == "ar":
        pairs = dictd_entries("/usr/share/dictd/freedict-ara-eng")
    else:
        pairs = ((s, [h]) for h, senses in dictd_entries("/usr/share/dictd/freedict-eng-rus") for s in senses[:1])
    script = {"ar": re.compile(r"^[\u0621-\u064A\u0670-\u06D3 ]+$"), "ru": re.compile(r"^[\u0400-\u04FF -]+$")}[a.src]
    for head, senses in pairs:
        single = " " not in head
        if head in seen or not script.match(head) or single:
            continue
        seen.add(head)
        concepts.append((head, senses[:2]))
        if len(concepts) >= a.concepts // 2:
            break
    # Corpus n-grams that occur in exactly one line, translated by an English bigram of that line's translation:
    # the glossary a term extraction of this corpus would give, so most occurrences are translated.
    where = {}
    for n, line in enumerate(src_lines):
        ws = words(line)
        for size in (2, 3):
            for i in range(len(ws) - size + 1):
                gram = ws[i:i + size]
                if gram[0].lower() not in banned[a.src] and gram[-1].lower() not in banned[a.src]:
                    where.setdefault(" ".join(gram), set()).add(n)
    en_line_grams = [[" ".join(p) for p in zip(words(l), words(l)[1:])] for l in en_lines]
    from_dictionary = len(concepts)
    corpus_grams = 0
    for gram, lines in sorted(where.items()):
        if len(concepts) >= a.concepts:
            break
        (n,) = lines if len(lines) == 1 else (None,)
        if n is None or gram in seen or not en_line_grams[n]:
            continue
        seen.add(gram)
        concepts.append((gram, [rng.choice(en_line_grams[n])]))
        corpus_grams += 1
    en_counts = collections.Counter(g for grams in en_line_grams for g in grams)
    rare_en = sorted(g for g, c in en_counts.items() if c == 1)
    vocabulary = sorted({w for l in src_lines for w in words(l) if w.lower() not in banned[a.src]})
    while len(concepts) < a.concepts:  # rare word pairs: terms that seldom or never occur
        gram = rng.choice(vocabulary) + " " + rng.choice(vocabulary)
        if gram not in seen:
            seen.add(gram)
            concepts.append((gram, [rng.choice(rare_en)]))

    with open(os.path.join(a.out, "glossary.tsv"), "w", encoding="utf-8") as g:
        for cid, (term, en) in enumerate(concepts, 1):
            g.write("%d\t%s\tapproved\t%s\n" % (cid, a.src, term))
            for k, e in enumerate(en):
                g.write("%d\ten\t%s\t%s\n" % (cid, "approved" if k == 0 else "admitted", e))
            if cid % 10 == 0:
                g.write("%d\ten\tdeprecated\t%s\n" % (cid, " ".join(reversed(en[0].split())) + " variant"))
    print("%d segment pairs, %d concepts (%d from the dictionary, %d corpus n-grams) in %s" %
          (a.pairs, len(concepts), from_dictionary, corpus_grams, a.out))


if __name__ == "__main__":
    main()
