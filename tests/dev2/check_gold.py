#!/usr/bin/env python3
"""Consistency check for tests/dev2 gold files."""
import json, glob, os, re, sys, unicodedata
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
EXTRA = ['/work/shared/gold/apus-interview.json']
TYPES = {"Person","Organization","Place","AIModel","SoftwareApplication","Product","CreativeWork"}
SW = {"AIModel","SoftwareApplication","Product"}
WORKS = SW | {"CreativeWork"}
DOMRANGE = {
 "founder": ({"Organization"}, {"Person","Organization"}),
 "ceo": ({"Organization"}, {"Person"}),
 "chairman": ({"Organization"}, {"Person"}),
 "employee": ({"Organization"}, {"Person"}),
 "parentOrganization": ({"Organization"}, {"Organization"}),
 "creator": (WORKS, {"Organization","Person"}),
 "isBasedOn": ({"AIModel","SoftwareApplication"}, {"AIModel"}),
 "distilledFrom": ({"AIModel"}, {"AIModel"}),
 "funder": ({"Organization"}, {"Organization","Person"}),
 "alumniOf": ({"Person"}, {"Organization"}),
 "location": ({"Organization"}, {"Place"}),
 "containedInPlace": ({"Place"}, {"Place"}),
 "metWith": ({"Person"}, {"Person"}),
 "partnerOf": ({"Organization"}, {"Organization"}),
 "competitorOf": ({"Organization"} | SW, {"Organization"} | SW),
}
SYM = {"metWith","partnerOf","competitorOf"}
ATTR = {"foundingDate": {"Organization"}, "datePublished": WORKS,
        "parameterCount": {"AIModel"}, "userCount": {"Organization","SoftwareApplication","AIModel"}}
def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    return "".join(c for c in s if not c.isspace() and c not in "《》“”\"'「」『』")
errs, warns = [], []
def E(m): errs.append(m)
def W(m): warns.append(m)
clusters = []  # list of (file, canonical, type, set(normnames))
summary = []
for jp in sorted(glob.glob(os.path.join(D, '*.json'))):
    g = json.load(open(jp, encoding='utf-8'))
    f = os.path.basename(jp)
    for k in ("doc","note","entities","optional_entities","relations","optional_relations","attributes","optional_attributes"):
        if k not in g: E(f"{f}: missing key {k}")
    tp = os.path.join(D, g["doc"])
    if not os.path.exists(tp): E(f"{f}: doc {g['doc']} missing"); continue
    text = open(tp, encoding='utf-8').read()
    # length
    if g["doc"].endswith(".zh.txt"):
        n = len(text)
        if not 1500 <= n <= 3500: E(f"{f}: zh length {n} outside 1500-3500")
        size = f"{n} chars"
    else:
        n = len(text.split())
        if not 600 <= n <= 1100: E(f"{f}: en length {n} words outside 600-1100")
        size = f"{n} words"
    names, types, seen = set(), {}, {}
    for e in g["entities"]:
        if e["type"] not in TYPES: E(f"{f}: bad type {e}")
        for n_ in [e["name"], *e["aliases"]]:
            if n_ not in text: E(f"{f}: name/alias not in text: {n_!r}")
            k = norm(n_)
            if k in seen and seen[k] != e["name"]: E(f"{f}: {n_!r} used by both {seen[k]} and {e['name']}")
            seen[k] = e["name"]
        names.add(e["name"]); types[e["name"]] = e["type"]
        clusters.append((f, e["name"], e["type"], {norm(x) for x in [e["name"], *e["aliases"]]}))
    for o in g["optional_entities"]:
        if o not in text: E(f"{f}: optional entity not in text: {o!r}")
        if norm(o) in seen: W(f"{f}: optional entity {o!r} is also an entity name/alias")
    keys = {}
    for key in ("relations", "optional_relations"):
        for r in g[key]:
            s, p, o = r["s"], r["p"], r["o"]
            if p not in DOMRANGE: E(f"{f}: bad predicate {r}"); continue
            for end in (s, o):
                if end not in names: E(f"{f}: {key} end {end!r} is not an entity name")
            if s in types and o in types:
                dom, rng = DOMRANGE[p]
                if types[s] not in dom or types[o] not in rng:
                    E(f"{f}: domain/range {s}({types[s]}) {p} {o}({types[o]})")
            if s == o: E(f"{f}: self relation {r}")
            kk = (min(s, o), p, max(s, o)) if p in SYM else (s, p, o)
            if kk in keys: E(f"{f}: duplicate relation {r} ({keys[kk]} and {key})")
            keys[kk] = key
    akeys = {}
    for key in ("attributes", "optional_attributes"):
        for a in g[key]:
            s, p, v = a["s"], a["p"], a["v"]
            if p not in ATTR: E(f"{f}: bad attribute predicate {a}"); continue
            if s not in names: E(f"{f}: attribute subject {s!r} not an entity name")
            elif types[s] not in ATTR[p]: E(f"{f}: attribute domain {s}({types[s]}) {p}")
            if p in ("foundingDate", "datePublished"):
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v): E(f"{f}: bad date {a}")
            elif not re.fullmatch(r"[1-9]\d*", v): E(f"{f}: bad count {a}")
            kk = (s, p, v)
            if kk in akeys: E(f"{f}: duplicate attribute {a}")
            akeys[kk] = key
    summary.append((f, g["doc"], size, len(g["entities"]), len(g["optional_entities"]), len(g["relations"]),
                    len(g["optional_relations"]), len(g["attributes"]), len(g["optional_attributes"])))
# cross-file: simulate the scorer's cluster merge (dev2 + seed gold)
for jp in EXTRA:
    g = json.load(open(jp, encoding='utf-8'))
    for e in g["entities"]:
        clusters.append((os.path.basename(jp), e["name"], e["type"], {norm(x) for x in [e["name"], *e["aliases"]]}))
parent = list(range(len(clusters)))
def find(i):
    while parent[i] != i: parent[i] = parent[parent[i]]; i = parent[i]
    return i
by = {}
for i, (_, _, _, ns) in enumerate(clusters):
    for n_ in ns:
        if n_ in by: parent[find(i)] = find(by[n_])
        else: by[n_] = i
groups = {}
for i in range(len(clusters)): groups.setdefault(find(i), []).append(clusters[i])
for members in groups.values():
    tys = {m[2] for m in members}
    if len(tys) > 1 and not tys <= SW: E(f"cross-file type conflict: {[(m[0], m[1], m[2]) for m in members]}")
    elif len(tys) > 1: W(f"cross-file software-like type mix (tolerated by kgscore): {[(m[0], m[1], m[2]) for m in members]}")
    perfile = {}
    for m in members: perfile.setdefault(m[0], set()).add(m[1])
    for fl, cs in perfile.items():
        if len(cs) > 1: E(f"cross-file merge joins distinct entities of {fl}: {sorted(cs)}")
print(f"{'gold file':34} {'doc':34} {'size':>11} ent opt rel opt att opt")
for row in summary:
    print(f"{row[0]:34} {row[1]:34} {row[2]:>11} " + " ".join(f"{x:3}" for x in row[3:]))
tot = [sum(r[i] for r in summary) for i in range(3, 9)]
print(f"{'TOTAL':81} " + " ".join(f"{x:3}" for x in tot))
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print(f"{len(errs)} errors, {len(warns)} warnings")
sys.exit(1 if errs else 0)
