"""Entity recall and precision of kgpipe on CLUENER2020 sentences, for the
CLUENER types that map onto the ontology (name → Person; company, organization,
government → Organization; address, scene → Place; book, movie, game →
CreativeWork). A mention counts when its surface and type match a labelled one
of the sentence; pronouns and other references are left out.

usage: python3 tools/cluener_recall.py [FILE] [N] [TYPE]
  FILE  CLUENER JSON lines (default ../shared/datasets/cluener/train.json;
        exits 0 with a note when it is absent). Its evaluation split is kept
        elsewhere: tune on the first half of train.json, check on the rest
        (N negative reads from the end).
  N     how many sentences (default 1000)
  TYPE  also print the misses and spurious mentions of this type (PER, ORG …)
KGPIPE names the binary (see annotate_each.py).
resources/mined.tsv holds names mined from this same train split, so recall
here is optimistic for names it lists; the evaluation split has no such help.
"""
import collections, json, os, re, sys
from annotate_each import annotate_each, script_args

MAP = {"name": "PER", "company": "ORG", "organization": "ORG", "government": "ORG",
       "address": "PLACE", "scene": "PLACE", "book": "WORK", "movie": "WORK", "game": "WORK"}
f, n, show = script_args("cluener_recall", "../../shared/datasets/cluener/train.json", 1000)
lines = open(f).read().splitlines()
rows = [json.loads(l) for l in (lines[:n] if n > 0 else lines[n:])]
got = collections.defaultdict(set)
for i, lines in enumerate(annotate_each([r["text"] for r in rows])):
    for l in lines:
        if not re.match(r"\s+\d+\s", l):
            continue
        for m in re.finditer(r"\[([^\[\]|]+)\|(PER|ORG|PLACE|MODEL|APP|PRODUCT|WORK)=[^\]|]*\|([^\]]+)\]", l):
            if not m.group(3).startswith("coref"):
                got[i].add((m.group(1), m.group(2)))
norm = lambda s: re.sub(r"[\s《》“”\"]", "", s)  # CLUENER spans keep the brackets of titles
stat = collections.defaultdict(lambda: [0, 0, 0])  # tp, gold, predicted
for i, r in enumerate(rows):
    gold = {(norm(s), MAP[t]) for t, d in r["label"].items() if t in MAP for s in d}
    mine = {(norm(s), t) for s, t in got[i] if t in ("PER", "ORG", "PLACE", "WORK")}
    for s, t in gold:
        stat[t][1] += 1
        if (s, t) in mine:
            stat[t][0] += 1
        elif show == t:
            print("MISS", s, "|", r["text"][:100])
    for s, t in mine:
        stat[t][2] += 1
        if (s, t) not in gold and show == t:
            print("SPURIOUS", s, "|", r["text"][:100])
tot = [0, 0, 0]
for t, (tp, g, p) in sorted(stat.items()):
    print(f"{t:6} recall {tp}/{g} = {tp/max(g,1):.2f}   precision {tp}/{p} = {tp/max(p,1):.2f}")
    tot = [a + b for a, b in zip(tot, (tp, g, p))]
r, p = tot[0] / max(tot[1], 1), tot[0] / max(tot[2], 1)
print(f"{'all':6} recall {r:.2f}   precision {p:.2f}   F1 {2*r*p/max(r+p,1e-9):.2f}")
