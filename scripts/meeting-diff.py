# Lists the meetings a prediction misses (FN) and adds (FP) per gold file, matching records the way
# score.py does (same similarity and threshold; optional gold records absorb predictions but are never FN).
#   python3 scripts/meeting-diff.py GOLD_DIR PRED.jsonl
import sys, json, pathlib
sys.path.insert(0, '/work/shared/tools')
import score as S
gd, pp = sys.argv[1], sys.argv[2]
pred = S.load_predictions(pp)
def pn(ps): return "; ".join((p.get("name") or f"[{p.get('role')}/{p.get('country')}]") for p in ps)
def sim(g, p):
    s = S.participants_score(g["participants"], p.get("participants") or [])
    if s < 0.99:
        return s * 0.5
    return (1.0 + (g.get("status") == p.get("status")) + (S.date_ok(g.get("date"), p.get("date")) or 0)
            + 0.5 * (g.get("kind") == p.get("kind")) + 0.25 * S.evidence_overlap(g, p))
def evidence(doc, x):
    ev = (x.get("evidence") or [""])[0]
    if isinstance(ev, dict):
        text = (doc.get("article") or {}).get("text") or ""
        return text[ev.get("start", 0):ev.get("end", 0)]
    return str(ev)
for f in sorted(pathlib.Path(gd).glob("*.json")):
    g = json.loads(f.read_text()); p = pred.get(f.stem, {})
    req = [m for m in g.get("meetings", []) if not m.get("optional")]
    opt = [m for m in g.get("meetings", []) if m.get("optional")]
    pm = p.get("meetings") or []
    m = S.greedy(req, pm, sim, 1.0)
    mg = {a for a, _ in m}; mp = {b for _, b in m}
    rest = [i for i in range(len(pm)) if i not in mp]
    mo = S.greedy(opt, [pm[i] for i in rest], sim, 1.0)
    absorbed = {rest[b] for _, b in mo}
    miss = [x for i, x in enumerate(req) if i not in mg]
    extra = [x for i, x in enumerate(pm) if i not in mp and i not in absorbed]
    if not miss and not extra: continue
    print("=====", f.stem)
    for x in miss: print("  FN", x.get("status"), x.get("kind"), "|", pn(x["participants"]), "|", evidence(p, x)[:160])
    for x in extra: print("  FP", x.get("status"), x.get("kind"), "|", pn(x["participants"]), "|", evidence(p, x)[:160].replace("\n", " "))
