#!/usr/bin/env python3
"""Deterministic line-aligned Arabic-English bitext for tools/bench_terms.sh.

Repeats the NTREX-128 Arabic-English lines (line k <-> line k) with variation until N pairs exist:
each copy shuffles the line order (seeded), shifts every number written in both languages by the copy number
(so numbers differ between copies but still match across the pair), and joins every fifth pair with the next
one (longer sentences). Usage: bench_terms_gen.py NTREX_DIR N OUT_PREFIX  ->  OUT_PREFIX.ar, OUT_PREFIX.en
"""
import random
import re
import sys

NUMBER = re.compile(r"\d+")


def shifted(line, shift, keep):
    return NUMBER.sub(lambda m: str(int(m.group()) + shift) if m.group() in keep else m.group(), line)


def main():
    ntrex, total, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(f"{ntrex}/newstest2019-ref.arb.txt", encoding="utf-8") as f:
        ar = [l.rstrip("\n") for l in f]
    with open(f"{ntrex}/newstest2019-src.eng.txt", encoding="utf-8") as f:
        en = [l.rstrip("\n") for l in f]
    assert len(ar) == len(en)
    out_ar, out_en = [], []
    copy = 0
    while len(out_ar) < total:
        order = list(range(len(ar)))
        random.Random(copy).shuffle(order)
        k = 0
        while k < len(order) and len(out_ar) < total:
            i = order[k]
            a, e = ar[i], en[i]
            if k % 5 == 4 and k + 1 < len(order):
                j = order[k + 1]
                a, e = a + " " + ar[j], e + " " + en[j]
                k += 1
            both = set(NUMBER.findall(a)) & set(NUMBER.findall(e))
            out_ar.append(shifted(a, copy, both))
            out_en.append(shifted(e, copy, both))
            k += 1
        copy += 1
    with open(prefix + ".ar", "w", encoding="utf-8") as f:
        f.write("\n".join(out_ar) + "\n")
    with open(prefix + ".en", "w", encoding="utf-8") as f:
        f.write("\n".join(out_en) + "\n")


if __name__ == "__main__":
    main()
