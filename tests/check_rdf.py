#!/usr/bin/env python3
"""Parses RDF files with rdflib, an implementation independent of oxigraph.

Usage: check_rdf.py FILE...   (format from the extension: .ttl .nt .nq .jsonld)
Prints one line per file: `<file> <number of statements>`; exits 1 on the
first file rdflib cannot parse, with rdflib's message.
"""
import sys

import rdflib

FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "jsonld": "json-ld", "trig": "trig"}

for path in sys.argv[1:]:
    fmt = FORMATS[path.rsplit(".", 1)[-1]]
    datasets = ("nquads", "trig", "json-ld")
    graph = rdflib.Dataset() if fmt in datasets else rdflib.Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as e:  # rdflib raises many kinds
        print(f"{path}: rdflib cannot parse it: {e}", file=sys.stderr)
        sys.exit(1)
    if fmt in datasets:
        n = sum(1 for _ in graph.quads((None, None, None, None)))
    else:
        n = len(graph)
    print(path, n)
