"""Recall (and precision among the predicates a sentence is annotated with) of
kgpipe on DuIE 2.0 sentences, for the DuIE predicates that map onto the
ontology (创始人 founder, 董事长 chairman, 总部地点 location, 成立日期
foundingDate, 毕业院校 alumniOf, 出品公司/作者 creator, 校长 employee).

usage: python3 tools/duie_recall.py [FILE] [N] [PREDICATE]
  FILE       DuIE JSON lines (default ../shared/datasets/duie/duie_train_4000.json;
             exits 0 with a note when it is absent)
  N          how many sentences with a mapped predicate to read (default 800)
  PREDICATE  also print each missed fact of this predicate with its sentence,
             and each fact of it that the sentence's annotation lacks (EXTRA)
Each sentence is its own document; names match after dropping 《》 and
spaces, or when one contains the other; a date matches on its year.
KGPIPE names the binary (see annotate_each.py).
Tune on duie_train.json; keep duie_train_4000.json for checking.
resources/mined.tsv holds names mined from both DuIE samples, so entity
recognition here is optimistic; the relation rules get no such help.
"""
import json, sys, os, re, collections
from annotate_each import annotate_each, script_args
MAP = {"创始人": "founder", "董事长": "chairman", "总部地点": "location", "成立日期": "foundingDate",
       "毕业院校": "alumniOf", "出品公司": "creator", "作者": "creator", "校长": "employee"}
f, n, show = script_args("duie_recall", "../../shared/datasets/duie/duie_train_4000.json", 800)
rows = []
for line in open(f):
    d = json.loads(line)
    spo = [s for s in d["spo_list"] if s["predicate"] in MAP]
    if spo: rows.append((d["text"], spo))
    if len(rows) >= n: break
facts = collections.defaultdict(list)
for i, lines in enumerate(annotate_each([t for t, _ in rows])):
    for l in lines:
        m = re.match(r"\s+=> (.+?) (founder|chairman|location|foundingDate|alumniOf|creator|employee|ceo) (.+?)  \(", l)
        if m: facts[i].append((m.group(1), m.group(2), m.group(3)))
def norm(x): return re.sub(r"[《》\s·]", "", x).lower()
def same(a, b):
    a, b = norm(a), norm(b)
    return a == b or (len(a) >= 2 and len(b) >= 2 and (a in b or b in a))
def date_ok(got, want):
    ds = re.findall(r"\d+", want)
    return bool(ds) and got.startswith(ds[0])
stat = collections.defaultdict(lambda: [0, 0, 0])  # tp, gold, predicted-in-pred
for i, (t, spo) in enumerate(rows):
    got = facts.get(i, [])
    preds = set()
    for s in spo:
        p = MAP[s["predicate"]]; preds.add(p)
        S, O = s["subject"], s["object"]["@value"]
        gs, go = S, O  # DuIE's subject and object are the ontology's too
        stat[p][1] += 1
        ok = any(gp == p and same(a, gs) and (date_ok(b, go) if p == "foundingDate" else same(b, go)) for a, gp, b in got)
        if ok: stat[p][0] += 1
        elif show == p: print("MISS", gs, p, go, "|", t[:160], "|", got)
    for a, gp, b in got:
        if gp in preds:
            stat[gp][2] += 1
            hit = any(MAP[s["predicate"]] == gp and same(a, s["subject"]) and
                      (date_ok(b, s["object"]["@value"]) if gp == "foundingDate" else same(b, s["object"]["@value"]))
                      for s in spo)
            if not hit and show == gp: print("EXTRA", a, gp, b, "|", t[:160])
tot = [0, 0, 0]
for p, (tp, g, pr) in sorted(stat.items()):
    print(f"{p:14} recall {tp}/{g} = {tp/g:.2f}   precision~ {tp}/{pr} = {tp/max(pr,1):.2f}")
    tot = [tot[0]+tp, tot[1]+g, tot[2]+pr]
print(f"{'all':14} recall {tot[0]}/{tot[1]} = {tot[0]/tot[1]:.2f}   precision~ {tot[0]/max(tot[2],1):.2f}")
