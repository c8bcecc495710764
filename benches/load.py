#!/usr/bin/env python3
"""A bounded load test of `kgpipe serve`: C concurrent clients each send N
queries (the files of queries/, in turn) to a server on this machine.

Usage: load.py ENDPOINT QUERIES_DIR [CLIENTS=8] [PER_CLIENT=500]
Prints throughput and latency percentiles; exits 1 if any request failed.
Only loopback endpoints are accepted.
"""
import concurrent.futures
import pathlib
import sys
import time
import urllib.parse
import urllib.request

endpoint, queries = sys.argv[1], sys.argv[2]
clients = int(sys.argv[3]) if len(sys.argv) > 3 else 8
per_client = int(sys.argv[4]) if len(sys.argv) > 4 else 500
host = urllib.parse.urlparse(endpoint).hostname
if host not in ("127.0.0.1", "localhost", "::1"):
    sys.exit("load.py: only loopback endpoints")
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(queries).glob("*.rq"))]


def client(k):
    latencies, errors = [], 0
    for i in range(per_client):
        body = urllib.parse.urlencode({"query": texts[(k + i) % len(texts)]}).encode()
        req = urllib.request.Request(endpoint, data=body, headers={"Accept": "application/sparql-results+json"})
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                r.read()
                if r.status != 200:
                    errors += 1
        except Exception:
            errors += 1
        latencies.append(time.perf_counter() - t)
    return latencies, errors


start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    results = list(pool.map(client, range(clients)))
elapsed = time.perf_counter() - start
lat = sorted(x for r in results for x in r[0])
errors = sum(r[1] for r in results)
n = len(lat)
print(f"{clients} clients x {per_client} queries = {n} requests in {elapsed:.2f} s: "
      f"{n / elapsed:.0f} queries/s, p50 {lat[n // 2] * 1000:.1f} ms, p99 {lat[int(n * 0.99)] * 1000:.1f} ms, errors {errors}")
sys.exit(1 if errors else 0)
