#!/usr/bin/env python3
"""Consistency check of this folder's gold files: tests/check_gold.py on it."""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__)); sys.argv = [sys.argv[0], here]
runpy.run_path(os.path.join(here, "..", "check_gold.py"), run_name="__main__")
