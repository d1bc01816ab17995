#!/usr/bin/env python3
"""Build the training inputs from ../shared/data/train (train split to fit, dev split to select/calibrate).

Writes into work/:
  corpus.txt   one text per line: train-split text of train/ only (tokenizer, fastText vectors, MLM pre-training)
  train.jsonl  {"text", "y": [7 ints, -1 = null/masked], "dataset", "lang"} (train split + project synthetic data)
  dev.jsonl    same for the dev split (early stopping, calibration, thresholds)
Suites/ and eval-only/ are never read here (DATA.md: evaluation only).
"""
import argparse, glob, gzip, json, os, random

LABELS = ["misogyny", "sexual_harassment", "threat", "sextortion", "doxxing", "hate", "toxicity"]


def to_y(labels):
    return [-1 if labels.get(k) is None else int(labels[k]) for k in LABELS]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/train")
    ap.add_argument("--synthetic", default="models/train/synthetic/data/synthetic.train.jsonl")
    ap.add_argument("--out", default="models/train/transformer/work")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    train, dev, corpus, stats = [], [], [], {}
    for path in sorted(glob.glob(os.path.join(a.data, "*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                y = to_y(r["labels"])
                rec = {"text": r["text"], "y": y, "dataset": r["dataset"], "lang": r["lang"]}
                key = (r["dataset"], r["split"])
                stats[key] = stats.get(key, 0) + 1
                if r["split"] == "train":
                    corpus.append(r["text"])
                    if any(v >= 0 for v in y):
                        train.append(rec)
                elif r["split"] == "dev":
                    if any(v >= 0 for v in y):
                        dev.append(rec)
    n_syn = 0
    if os.path.exists(a.synthetic):
        with open(a.synthetic, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                if r.get("split", "train") != "train":
                    continue  # synthetic data is used for training only, never for selection or evaluation
                y = to_y(r["labels"])
                if any(v >= 0 for v in y):
                    # fine-tuning only: templated text would skew the tokenizer, fastText and MLM corpora
                    train.append({"text": r["text"], "y": y, "dataset": r.get("dataset", "synthetic"), "lang": r.get("lang", "und")})
                    n_syn += 1
    random.Random(13).shuffle(train)
    for name, rows in (("train", train), ("dev", dev)):
        with open(os.path.join(a.out, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.txt"), "w", encoding="utf-8") as f:
        for t in corpus:
            f.write(" ".join(t.split()) + "\n")
    summary = {"train": len(train), "dev": len(dev), "corpus": len(corpus), "synthetic_train": n_syn,
               "by_dataset_split": {f"{d}/{s}": n for (d, s), n in sorted(stats.items())}}
    with open(os.path.join(a.out, "data-summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps({k: v for k, v in summary.items() if k != "by_dataset_split"}))


if __name__ == "__main__":
    main()
