#!/usr/bin/env python3
"""Where a turn's CPU goes: every on-CPU sample of `perf script -F comm,tid,ip,sym` is given to the owner named by
the frame nearest its leaf that matches one of the owners in bench/profile-buckets.txt (first matching owner wins at
that frame), so the shares add up to 100 %. Nearest-the-leaf rather than anywhere-in-the-stack: an async method's
continuation runs under whichever frame completed it, so "anywhere" would give a whole turn to a storage read.

Usage: profile-buckets.py PERF_SCRIPT_OUTPUT BUCKETS_FILE"""
import collections
import re
import sys


def frames(path):
    sample = None
    for line in open(path, errors="replace"):
        if not line.strip():
            if sample is not None:
                yield sample
            sample = None
        elif not line[0].isspace():
            sample = []
        elif sample is not None:
            parts = line.strip().split(" ", 1)
            sample.append(parts[1] if len(parts) > 1 else "")
    if sample:
        yield sample


def name(symbol):
    """Type::Method of a managed frame (signature and tier dropped), the symbol itself otherwise."""
    symbol = re.sub(r"\(/.*\)$", "", symbol).strip()
    match = re.search(r"\] ([^\s\[\]]+::[^\s(]+)\(", symbol) or re.search(r"([\w.`<>+]+::[\w.<>`]+)", symbol)
    return match.group(1) if match else symbol


def main(script, buckets_file):
    owners = [line.split("=", 1) for line in open(buckets_file).read().splitlines() if "=" in line and not line.startswith("#")]
    owners = [(owner, re.compile(pattern)) for owner, pattern in owners]
    counts, total = collections.Counter(), 0
    for sample in frames(script):
        total += 1
        owner = next((o for f in map(name, sample) for o, pattern in owners if pattern.search(f)), "other (unnamed frames)")
        counts[owner] += 1
    for owner, count in counts.most_common():
        print(f"{100 * count / max(total, 1):6.2f}%  {owner}")
    print(f"({total} samples)")


if __name__ == "__main__":
    main(*sys.argv[1:3])
