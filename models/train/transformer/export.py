#!/usr/bin/env python3
"""Pick the best fine-tuned candidate, calibrate it on dev, export Hugging Face layout + ONNX.

Writes models/<id>/: config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx,
onnx/model_quantized.onnx, calibration.json, training.json; and the parity fixtures
(PyTorch logits for texts written for the project, and for a dev sample kept in work/).
"""
import argparse, hashlib, json, os, shutil
import numpy as np
import sentencepiece as spm
import torch

from model import Classifier, add_arch_args, arch_kwargs
from quantize import quantize
from train import LABELS, WORK, dev_metric, encode_rows, pad_batch
from train_tokenizer import python_encode, tokenizer_config

FIXTURES = "src/classifiers/transformer/__fixtures__"


def fit_platt(z, y, iters=50, l2=1e-3):
    """p = sigmoid(a*z + b) by Newton's method (tiny ridge keeps it stable on separable data)."""
    a, b = 1.0, 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(a * z + b)))
        w = p * (1 - p)
        g = np.array([np.sum((p - y) * z) + l2 * (a - 1), np.sum(p - y)])
        h = np.array([[np.sum(w * z * z) + l2, np.sum(w * z)], [np.sum(w * z), np.sum(w) + 1e-9]])
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


def best_f1_threshold(p, y):
    order = np.argsort(-p)
    ys, ps = y[order], p[order]
    tp = np.cumsum(ys); fp = np.cumsum(1 - ys)
    f1 = 2 * tp / (tp + fp + ys.sum())
    i = int(np.argmax(f1))
    return float(ps[i]), float(f1[i])


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--candidates", nargs="+", required=True)
    ap.add_argument("--id", default="tfgbv-encoder-2l128-v2")
    add_arch_args(ap)
    ap.add_argument("--data-train", default="../shared/data/train")
    ap.add_argument("--mlm", default="", help="masked-LM pre-training run whose log goes into training.json")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    results = {}
    for c in a.candidates:
        r = json.load(open(os.path.join(c, "finetune.json")))
        results[os.path.basename(c)] = {"dev_auc_sub": r["dev_auc_sub"], "dev_auc_calib": r["dev_auc_calib"],
                                        "best_step": r["best_step"], "init": r["args"]["init"], "seconds": r["seconds"]}
    # selection on the periodic dev subsample only (the calibration subset is reported, not used to choose)
    best = max(results, key=lambda k: results[k]["dev_auc_sub"])
    cdir = [c for c in a.candidates if os.path.basename(c) == best][0]
    print("candidates:", json.dumps(results, indent=1), "\nchosen:", best)
    ft = json.load(open(os.path.join(cdir, "finetune.json")))

    sp = spm.SentencePieceProcessor(model_file=os.path.join(WORK, "tokenizer", "spm.model"))
    vocab = sp.get_piece_size()
    model = Classifier(vocab, len(LABELS), **arch_kwargs(a))
    model.load_state_dict(torch.load(os.path.join(cdir, "model.pt")))
    model.eval()

    # calibration per label on the dev calibration subset (null labels masked)
    drows = [json.loads(l) for l in open(os.path.join(WORK, "dev.jsonl"), encoding="utf-8")]
    cal = np.load(os.path.join(cdir, "calib_index.npy"))
    z = np.load(os.path.join(cdir, "calib_logits.npy"))
    y = np.array([drows[i]["y"] for i in cal])
    calibration, thresholds = {}, {}
    for j, lab in enumerate(LABELS):
        keep = y[:, j] >= 0
        npos, nneg = int((y[keep, j] == 1).sum()), int((y[keep, j] == 0).sum())
        if npos >= 20 and nneg >= 20:
            ca, cb = fit_platt(z[keep, j], y[keep, j].astype(np.float64))
            p = 1 / (1 + np.exp(-(ca * z[keep, j] + cb)))
            t, f1 = best_f1_threshold(p, y[keep, j])
            calibration[lab] = {"method": "platt", "a": round(ca, 6), "b": round(cb, 6), "dev_pos": npos, "dev_neg": nneg}
            thresholds[lab] = {"threshold": round(t, 4), "dev_f1": round(f1, 4)}
        else:
            calibration[lab] = {"method": "identity", "a": 1.0, "b": 0.0, "dev_pos": npos, "dev_neg": nneg,
                                "note": "no labelled dev data for this label: scores are uncalibrated"}

    out = os.path.join("models", a.id)
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    ids, mask = pad_batch([[2, 10, 11, 3], [2, 12, 3]])
    onnx_path = os.path.join(out, "onnx", "model.onnx")
    torch.onnx.export(model, (ids, mask), onnx_path, input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], opset_version=14, do_constant_folding=True,
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                                    "logits": {0: "batch"}})
    quantize(onnx_path, os.path.join(out, "onnx", "model_quantized.onnx"))
    shutil.copy(os.path.join(WORK, "tokenizer", "tokenizer.json"), os.path.join(out, "tokenizer.json"))
    json.dump(tokenizer_config(a.max_len), open(os.path.join(out, "tokenizer_config.json"), "w"), indent=1)
    config = {
        "architectures": ["BertForSequenceClassification"], "model_type": "bert",
        "problem_type": "multi_label_classification",
        "id2label": {str(i): l for i, l in enumerate(LABELS)}, "label2id": {l: i for i, l in enumerate(LABELS)},
        "vocab_size": vocab, "hidden_size": a.d, "num_hidden_layers": a.layers, "num_attention_heads": a.heads,
        "intermediate_size": a.ff, "max_position_embeddings": a.max_len, "hidden_act": "gelu",
        "pad_token_id": 0, "bos_token_id": 2, "eos_token_id": 3,
        "tfgbv_encoder": {"pooling": "mean", "norm": "post-layernorm", "position_embeddings": "learned",
                          "note": "BERT-like, not weight-compatible with HF BERT; served through ONNX only",
                          "init": ft["args"]["init"].split(":")[0]},
    }
    json.dump(config, open(os.path.join(out, "config.json"), "w"), indent=1)
    json.dump({"labels": LABELS, "calibration": calibration, "thresholds": thresholds,
               "fitted_on": "dev split of ../shared/data/train (calibration subset, <=1000 rows per dataset)"},
              open(os.path.join(out, "calibration.json"), "w"), indent=1)
    summary = json.load(open(os.path.join(WORK, "data-summary.json")))
    mlm = None
    if a.mlm and os.path.exists(os.path.join(a.mlm, "mlm.json")):
        m = json.load(open(os.path.join(a.mlm, "mlm.json")))
        mlm = {"steps": m["args"]["steps"], "batch": m["args"]["batch"], "lr": m["args"]["lr"],
               "first_loss": m["log"][0]["loss"], "last_logged_loss": m["log"][-1]["loss"], "seconds": m["seconds"]}
    json.dump({"candidates": results, "chosen": best, "mlm": mlm, "finetune_log": ft["log"], "dev_cells": ft["dev_cells"],
               "pos_weight": ft["pos_weight"], "train_rows": ft["train_rows"], "args": ft["args"], "data": summary},
              open(os.path.join(out, "training.json"), "w"), indent=1)

    # parity fixtures: PyTorch logits for project-written texts (committed) and a dev sample (work/ only)
    samples = json.load(open(os.path.join(FIXTURES, "tokenizer-samples.json"), encoding="utf-8"))
    rng = np.random.default_rng(3)
    dev_sample = [drows[i] for i in sorted(rng.choice(len(drows), 400, replace=False))]
    for name, texts, path in (("project", [s["text"] for s in samples], os.path.join(FIXTURES, "parity-logits.json")),
                              ("dev", [r["text"] for r in dev_sample], os.path.join(WORK, "parity-dev.json"))):
        seqs = [python_encode(sp, t)[: a.max_len - 1] for t in texts]
        seqs = [s if s[-1] == 3 else s + [3] for s in seqs]
        with torch.no_grad():
            logits = [model(*pad_batch([s])).numpy()[0].tolist() for s in seqs]
        rows = [{"text": t, "ids": s, "logits": [round(v, 6) for v in l]} for t, s, l in zip(texts, seqs, logits)]
        if name == "dev":
            for r, d in zip(rows, dev_sample):
                r["y"], r["dataset"] = d["y"], d["dataset"]
        json.dump({"model": a.id, "rows": rows}, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    files = {}
    for f in ("config.json", "tokenizer.json", "tokenizer_config.json", "onnx/model.onnx", "onnx/model_quantized.onnx"):
        p = os.path.join(out, f)
        files[f] = {"sha256": sha256(p), "bytes": os.path.getsize(p)}
    json.dump(files, open(os.path.join(WORK, "files.json"), "w"), indent=1)
    print(json.dumps(files, indent=1))
    write_manifest_entry(a, out, files, calibration, thresholds, results, best, ft, summary)


def write_manifest_entry(a, out, files, calibration, thresholds, results, best, ft, summary):
    """models/<id>/manifest-entry.json in the format of models/manifest.json (src/classifiers/manifest.ts)."""
    shared = json.load(open(os.path.join(os.path.dirname(a.data_train.rstrip("/")), "manifest.json")))
    used = {k.split("/")[0] for k, n in summary["by_dataset_split"].items() if k.endswith("/train") and n > 0}
    data = [{"dataset": f["dataset"], "file": f"../shared/data/{f['file']}", "licence": f["licence"],
             "source": f["source"]["repo"], "commit": f["source"]["commit"][:12], "citation": f["citation"],
             "splits_used": "train (fit), dev (selection, calibration)"}
            for f in shared["files"] if f["dataset"] in used and f["group"] == "train"]
    if summary.get("synthetic_train", 0):
        data.append({"dataset": "synthetic-tfgbv", "file": "models/train/synthetic/data/synthetic.train.jsonl",
                     "licence": "Apache-2.0", "source": "written for this project (templates x lexicon)",
                     "rows": summary["synthetic_train"], "splits_used": "train only (never selection or evaluation)"})
    entry = {
        "id": a.id, "version": "1", "task": "text-classification", "kind": "transformer",
        "modelDir": f"models/{a.id}", "dtype": "q8", "problemType": "multi-label-sigmoid", "labels": LABELS,
        "files": [{"path": f"models/{a.id}/{f}", "sha256": v["sha256"], "bytes": v["bytes"]} for f, v in files.items()],
        "calibration": {l: {"method": "platt", "a": c["a"], "b": c["b"], "input": "logit"} for l, c in calibration.items()},
        "thresholds": {l: v["threshold"] for l, v in thresholds.items()},
        "training": {"command": "npm run train:transformer", "data": data,
                     "licences": sorted({d["licence"] for d in data}),
                     "chosen_candidate": best, "candidates": results, "steps": ft["args"]["steps"],
                     "note": "tokenizer, fastText vectors: train-split text of ../shared/data/train only; suites/ and eval-only/ never read"},
        "metrics": {"dev_mean_auc_calibration_subset": round(ft["dev_auc_calib"], 4),
                    "dev_max_f1": {l: v["dev_f1"] for l, v in thresholds.items()},
                    "see": f"models/{a.id}/MODEL_CARD.md, models/{a.id}/parity.json"},
    }
    json.dump(entry, open(os.path.join(out, "manifest-entry.json"), "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
