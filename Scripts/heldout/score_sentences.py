#!/usr/bin/env python3
"""Event recall/precision per type on single coded sentences (PLOVER GSR, PETRARCH2 unit tests).
usage: score_sentences.py PRED.jsonl [--verbose]
A predicted event matches a gold one when the type agrees and every gold participant is matched by a
distinct predicted participant (by name, alias, or the country a person belongs to), with at most one
extra predicted participant. Optional gold events absorb predictions without counting as misses."""
import json, os, re, sys
from collections import defaultdict
sys.path.insert(0, os.path.join(os.environ.get('HELDOUT', '/tmp/heldout'), 'gold'))
from sentences import PLOVER, PETR
TYPES = ["meet", "visit", "invite", "speech"]
def norm(s):
    s=(s or "").lower().replace("\u2019","'"); s=re.sub(r"^the\s+","",s.strip()); s=re.sub(r"'s$","",s)
    s=re.sub(r"[-\u2010-\u2015_/]"," ",s); s=re.sub(r"[^\w\s]","",s); return re.sub(r"\s+"," ",s).strip()
def load(path):
    by = defaultdict(lambda: {"entities": [], "events": []})
    for line in open(path):
        if not line.strip(): continue
        r = json.loads(line); f = re.split(r"[\\/]", r["file"])[-1]
        by[f]["entities"] += r.get("entities") or []; by[f]["events"] += r.get("events") or []
    return by
def pforms(p, ents):
    name = p["name"] if isinstance(p, dict) else p
    out = {norm(name)}
    for e in ents:
        if norm(e["name"]) == norm(name):
            out.update(norm(a) for a in e.get("aliases") or [])
            if e.get("country"): out.add(norm(e["country"]))
    return out
def match(gold, pe, ents):
    gtype, gparts = gold[0], gold[1]
    if pe.get("type") != gtype: return False
    pf = [pforms(p, ents) for p in pe.get("participants", [])]
    used = set()
    for forms in gparts:
        fs = {norm(f) for f in forms}
        k = next((k for k, f in enumerate(pf) if k not in used and f & fs), None)
        if k is None: return False
        used.add(k)
    return len(pf) - len(used) <= 1
def main():
    preds = load(sys.argv[1]); verbose = "--verbose" in sys.argv
    files = {f"plover-{k:03d}.txt": v for k, v in PLOVER.items()}
    files.update({f"petr-{k}.txt": v for k, v in PETR.items()})
    allfiles = set(preds) | set(files)
    core = defaultdict(int); found = defaultdict(int); npred = defaultdict(int); okpred = defaultdict(int)
    st_n = st_ok = 0; misses = []; falses = []
    for f in sorted(allfiles):
        g = files.get(f, {}); p = preds.get(f, {"entities": [], "events": []})
        evs = [e for e in p["events"] if e.get("type") in TYPES]; ents = p["entities"]
        gold = [(x, True) for x in g.get("core", [])] + [(x, False) for x in g.get("opt", [])]
        usedp = set()
        for x, is_core in gold:
            k = next((k for k, e in enumerate(evs) if k not in usedp and match(x, e, ents)), None)
            if is_core:
                core[x[0]] += 1
                if k is not None:
                    found[x[0]] += 1
                    if x[2] is not None:
                        st_n += 1; st_ok += bool(set(evs[k].get("statuses") or []) & set(x[2]))
                else: misses.append((f, x[0], [fs[0] for fs in x[1]]))
            if k is not None: usedp.add(k)
        for k, e in enumerate(evs):
            npred[e["type"]] += 1
            if k in usedp: okpred[e["type"]] += 1
            else: falses.append((f, e["type"], [q["name"] if isinstance(q, dict) else q for q in e.get("participants", [])], e.get("statuses")))
    for t in TYPES:
        r = found[t] / core[t] if core[t] else float("nan"); pr = okpred[t] / npred[t] if npred[t] else float("nan")
        print(f"{t:7s} recall {found[t]}/{core[t]} = {r:.3f}   precision {okpred[t]}/{npred[t]} = {pr:.3f}")
    C = sum(core.values()); F = sum(found.values()); N = sum(npred.values()); O = sum(okpred.values())
    print(f"all     recall {F}/{C} = {F/C:.3f}   precision {O}/{N} = {(O/N if N else 0):.3f}   status {st_ok}/{st_n} = {(st_ok/st_n if st_n else 0):.3f}")
    if verbose:
        for m in misses: print("MISS ", *m)
        for x in falses: print("FALSE", *x)
main()
