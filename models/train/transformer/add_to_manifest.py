#!/usr/bin/env python3
"""Adds (or replaces) models/<id>/manifest-entry.json in models/manifest.json, leaving other entries as they are.
An existing entry's operator decisions (`enabled`, `disabledReason`) are kept: whether the model joins the
default fusion is decided by the evaluation, not by a rebuild."""
import json, sys

model_id = sys.argv[1] if len(sys.argv) > 1 else "tfgbv-encoder-2l128-v2"
path = "models/manifest.json"
entry = json.load(open(f"models/{model_id}/manifest-entry.json"))
m = json.load(open(path))
ids = [x["id"] for x in m["models"]]
if entry["id"] in ids:
    old = m["models"][ids.index(entry["id"])]
    for k in ("enabled", "disabledReason"):
        if k in old:
            entry[k] = old[k]
    m["models"][ids.index(entry["id"])] = entry
else:
    m["models"].append(entry)
with open(path, "w") as f:
    f.write(json.dumps(m, indent=2, ensure_ascii=False) + "\n")
print(f"{entry['id']} -> {path}")
