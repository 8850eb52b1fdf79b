#!/usr/bin/env python3
"""Topic precision of meetings (score.py counts topic recall only): for each
predicted meeting that matches a gold meeting by participants, the share of
its topics that overlap some gold topic by >= 0.6, and their mean length.

    scripts/score-all.sh target/release/summitry /tmp/run
    python3 scripts/topic-precision.py /tmp/run [/tmp/other-run ...]
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "tools", "score.py"))
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

for run in sys.argv[1:]:
    for corpus in ("polnear", "news"):
        gold = {os.path.basename(f)[:-5]: json.load(open(f))
                for f in glob.glob(os.path.join(SHARED, "corpus", corpus, "meetings", "*.json"))}
        n = ok = words = 0
        for line in open(os.path.join(run, f"{corpus}-meet.jsonl")):
            d = json.loads(line)
            g = gold.get(os.path.basename(d.get("source") or "")[:-4])
            if not g:
                continue
            for p in d["meetings"]:
                gm = [m for m in g["meetings"]
                      if sc.participants_score(m["participants"], p["participants"]) >= 0.99]
                if not gm:
                    continue
                gt = gm[0].get("topics") or []
                for t in p.get("topics") or []:
                    n += 1
                    words += len(t.split())
                    ok += any(sc.overlap(x, t) >= 0.6 for x in gt)
        print(f"{run} {corpus}: {n} topics on matched meetings, precision "
              f"{ok / max(n, 1):.3f}, mean {words / max(n, 1):.1f} words")
