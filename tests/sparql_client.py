#!/usr/bin/env python3
"""Queries a running kgpipe server with SPARQLWrapper, a real SPARQL client,
and checks that every query of a folder gets the same answer over HTTP as
from `kgpipe query --format json`.

Usage: sparql_client.py ENDPOINT KGPIPE STORE QUERIES_DIR
Prints one line per query and a closing `N passed, M failed` line.
"""
import collections
import json
import pathlib
import subprocess
import sys

from SPARQLWrapper import JSON, POST, SPARQLWrapper

endpoint, kgpipe, store, queries = sys.argv[1:5]


def bag(results):
    """The solutions as a multiset of (variable, value) tuples, or the boolean."""
    if "boolean" in results:
        return results["boolean"]
    rows = []
    for b in results["results"]["bindings"]:
        rows.append(tuple(sorted((k, v["type"], v["value"], v.get("xml:lang", ""), v.get("datatype", "")) for k, v in b.items())))
    return collections.Counter(rows)


passed = failed = 0
for i, path in enumerate(sorted(pathlib.Path(queries).glob("*.rq"))):
    text = path.read_text(encoding="utf-8")
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    if i % 2:  # half by GET, half by POST form
        client.setMethod(POST)
    over_http = client.query().convert()
    local = subprocess.run([kgpipe, "query", "--store", store, "--file", str(path), "--format", "json"],
                           capture_output=True, check=True).stdout
    same = bag(over_http) == bag(json.loads(local))
    print(f"{path.name}: {'same' if same else 'DIFFERENT'}")
    if same:
        passed += 1
    else:
        failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
