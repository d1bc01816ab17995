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

from model import Classifier
from quantize import quantize
from train import LABELS, WORK, dev_metric, encode_rows, pad_batch
from train_tokenizer import python_encode

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
    ap.add_argument("--id", default="tfgbv-encoder-2l128-v1")
    ap.add_argument("--d", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ff", type=int, default=512)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--threads", type=int, default=1)
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
    model = Classifier(vocab, len(LABELS), d=a.d, layers=a.layers, heads=a.heads, ff=a.ff, max_len=a.max_len, dropout=0.1)
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
    for f in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(os.path.join(WORK, "tokenizer", f), os.path.join(out, f))
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
    json.dump({"candidates": results, "chosen": best, "finetune_log": ft["log"], "dev_cells": ft["dev_cells"],
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


if __name__ == "__main__":
    main()
