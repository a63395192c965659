# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers for the lesson generators: python3 lessons/tools/genN.py rewrites lesson folders.
# helpers for generating lesson data
import json, os, copy
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
NET = {"access_ms": 20, "cross_region_ms": 80, "intra_dc_ms": 0.5}

def C(id, kind, name, x, y, dc=None, **params):
    c = {"id": id, "kind": kind, "name": name, "position": {"x": x, "y": y}}
    if dc: c["datacenter"] = dc
    if params: c["params"] = params
    return c

def S(name, desc, comps, conns, rate=300, mix=(0.2, 0.6, 0.2, 0), users=10000, mode="open", think=None,
      keys=100000, zipf=0.9, duration=60, timeline=None, timeout_ms=None):
    w = {"mode": mode, "rate_rps": rate, "users": users,
         "mix": {"static": mix[0], "read": mix[1], "write": mix[2], "job": mix[3]},
         "keys": {"count": keys, "zipf_exponent": zipf}}
    if think is not None: w["think_time_s"] = think
    if timeout_ms: w["client_timeout_ms"] = timeout_ms
    return {"format": "scalelab-scenario", "version": 1, "name": name, "description": desc,
            "components": comps, "connections": [{"from": a, "to": b} for a, b in conns],
            "workload": w, "network": dict(NET), "timeline": timeline or [],
            "run": {"duration_s": duration, "warmup_s": 5, "seed": 1, "sample_interval_s": 1}}

def derive(base, name=None, desc=None, add=(), remove=(), conns_add=(), conns_remove=(), params=None, workload=None):
    s = copy.deepcopy(base)
    if name: s["name"] = name
    if desc: s["description"] = desc
    s["components"] = [c for c in s["components"] if c["id"] not in remove]
    s["connections"] = [c for c in s["connections"] if c["from"] not in remove and c["to"] not in remove
                        and (c["from"], c["to"]) not in conns_remove]
    s["components"] += list(add)
    s["connections"] += [{"from": a, "to": b} for a, b in conns_add]
    for cid, ps in (params or {}).items():
        for c in s["components"]:
            if c["id"] == cid:
                c.setdefault("params", {}).update(ps)
    if workload: s["workload"].update(workload)
    return s

def chk(check, **kw):
    d = {"check": check}; d.update(kw); return d

def metric(m, op, v, window=None, agg=None, kind=None, label=None):
    d = {"check": "metric", "metric": m, "op": op, "value": v}
    if window: d["window"] = {"from_s": window[0], "to_s": window[1]}
    if agg: d["agg"] = agg
    if kind: d["kind"] = kind
    if label: d["label"] = label
    return d

def ev(at, type, target=None, **kw):
    d = {"at_s": at, "type": type}
    if target: d["target"] = target
    d.update(kw); return d

def exp(duration, events=(), rate=None, users=None, zipf=None, warmup=5):
    d = {"duration_s": duration, "warmup_s": warmup, "seed": 1, "timeline": list(events)}
    if rate is not None: d["rate_rps"] = rate
    if users is not None: d["users"] = users
    if zipf is not None: d["zipf_exponent"] = zipf
    return d

def step(id, title, text, solution, checks, hints, start=None, kind="build", experiment=None, highlight=None, image=None):
    d = {"id": id, "title": title, "text": text, "kind": kind}
    if image: d["image"] = image
    if start: d["start"] = start
    d["solution"] = solution
    d["goal"] = {"checks": checks}
    d["hints"] = hints
    if experiment: d["experiment"] = experiment
    if highlight: d["highlight"] = highlight
    return d

def write_lesson(folder, title, summary, notes, steps, files):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    for fname, scn in files.items():
        with open(os.path.join(d, fname), 'w') as f:
            f.write(json.dumps(scn, indent=2) + "\n")
    lesson = {"format": "scalelab-lesson", "version": 1, "id": folder, "title": title, "summary": summary,
              "teacher_notes": {"goals": notes[0], "misconceptions": notes[1], "left_out": notes[2],
                                "demonstration": notes[3]},
              "steps": steps}
    with open(os.path.join(d, "lesson.json"), 'w') as f:
        f.write(json.dumps(lesson, indent=2, ensure_ascii=False) + "\n")
