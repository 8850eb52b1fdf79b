# Lists the meetings a prediction misses (FN) and adds (FP) per gold file.
#   python3 scripts/meeting-diff.py GOLD_DIR PRED.jsonl
import sys, json, pathlib
sys.path.insert(0, '/work/shared/tools')
import score as S
gd, pp = sys.argv[1], sys.argv[2]
pred = S.load_predictions(pp)
def pn(ps): return "; ".join((p.get("name") or f"[{p.get('role')}/{p.get('country')}]") for p in ps)
for f in sorted(pathlib.Path(gd).glob("*.json")):
    g = json.loads(f.read_text()); p = pred.get(f.stem, {})
    gm = [m for m in g.get("meetings", []) if not m.get("optional")]
    pm = p.get("meetings") or []
    def sim(a, b):
        s = S.participants_score(a["participants"], b.get("participants") or [])
        return 0 if s < 0.99 else 1 + s
    m = S.greedy(gm, pm, sim, 1.0)
    mg = {a for a,_ in m}; mp = {b for _,b in m}
    miss = [x for i,x in enumerate(gm) if i not in mg]; extra = [x for i,x in enumerate(pm) if i not in mp]
    if not miss and not extra: continue
    print("=====", f.stem)
    for x in miss: print("  FN", x.get("status"), x.get("kind"), "|", pn(x["participants"]), "|", str((x.get("evidence") or [""])[0])[:160])
    for x in extra: print("  FP", x.get("status"), x.get("kind"), "|", pn(x["participants"]), "|", str((x.get("evidence") or [""])[0])[:160])
