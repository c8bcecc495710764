"""`kgpipe annotate` over many short texts, each its own document: what the
dataset scripts (duie_recall.py, cluener_recall.py) read their answers from.

KGPIPE names the binary; else $CARGO_TARGET_DIR/release/kgpipe, else
target/release/kgpipe next to this folder."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(HERE, "..", "target"))
    return os.environ.get("KGPIPE", os.path.join(target, "release", "kgpipe"))


def annotate_each(texts):
    """The lines `kgpipe annotate` prints for each text, in the texts' order."""
    lines = [[] for _ in texts]
    with tempfile.TemporaryDirectory(prefix="kgpipe-annotate") as work:
        files = []
        for i, t in enumerate(texts):
            path = os.path.join(work, f"{i:06d}.txt")
            with open(path, "w") as fh:
                fh.write(t + "\n")
            files.append(path)
        out = subprocess.run([binary(), "annotate", *files], capture_output=True,
                             text=True, check=True).stdout
    cur = None
    for line in out.splitlines():
        if line.startswith("# "):
            cur = int(os.path.basename(line[2:]).split(".")[0])
        elif cur is not None:
            lines[cur].append(line)
    return lines


def script_args(name, default_file, default_n):
    """FILE, N and PREDICATE/TYPE from the command line of a dataset script,
    with its defaults (FILE relative to this folder); exits 0 with a note
    when FILE is absent (no ../shared)."""
    f = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, default_file)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else default_n
    show = sys.argv[3] if len(sys.argv) > 3 else None
    if not os.path.exists(f):
        print(f"{name}: {f} not found; nothing to measure")
        sys.exit(0)
    return f, n, show
