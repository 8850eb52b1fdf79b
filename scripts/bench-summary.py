#!/usr/bin/env python3
"""Prints the throughput of each `cargo bench` result and its ratio to the
parse floor (an html5ever parse plus a walk of every text node).

    cargo bench --bench throughput && python3 scripts/bench-summary.py
"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def load(group, by_param=False):
    out = {}
    base = root / group
    if not base.is_dir():
        return out
    for est in sorted(base.glob("*/*/new/estimates.json"), key=lambda p: (p.parent.parent.parent.name, int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)):
        bench = json.loads((est.parent / "benchmark.json").read_text())
        mean = json.loads(est.read_text())["mean"]["point_estimate"]  # ns per iteration
        thr = bench.get("throughput") or {}
        nbytes = thr.get("Bytes") or thr.get("BytesDecimal") or 0
        pages = int(bench.get("value_str") or 0) if str(bench.get("value_str", "")).isdigit() else 0
        key = f"{bench['function_id']}/{bench.get('value_str')}" if by_param else bench["function_id"]
        out[key] = (mean, nbytes, pages)
    return out


def main():
    res = load("corpus")
    if not res:
        sys.exit("no results under target/criterion/corpus: run `cargo bench --bench throughput` first")
    floor = res.get("parse_floor")
    print(f"{'bench':16} {'MB/s':>8} {'pages/s':>9} {'÷ parse_floor':>14}")
    for name, (ns, nbytes, pages) in res.items():
        secs = ns / 1e9
        mbs = nbytes / secs / 1e6 if nbytes else float("nan")
        pps = pages / secs if pages else float("nan")
        if name.startswith("text_"):
            ratio = f"{(floor[1] / floor[0]) / (nbytes / ns):.2f}× (MB/s)" if floor and nbytes else "-"
        else:
            ratio = f"{ns / floor[0]:.2f}×" if floor else "-"
        print(f"{name:16} {mbs:8.1f} {pps:9.1f} {ratio:>14}")
    for group in ("stages", "scaling"):
        res = load(group, by_param=True)
        if not res:
            continue
        print(f"\n{group}:")
        for name, (ns, nbytes, _) in res.items():
            mbs = nbytes / (ns / 1e9) / 1e6 if nbytes else float("nan")
            print(f"  {name:24} {ns / 1e6:10.2f} ms {mbs:8.1f} MB/s")


if __name__ == "__main__":
    main()
