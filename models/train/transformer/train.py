#!/usr/bin/env python3
"""Masked-LM pre-training and masked-BCE multi-label fine-tuning of the small encoder.

  train.py mlm      --steps N --out DIR                    self-supervised pre-training on corpus.txt
  train.py finetune --init random|fasttext:VEC|mlm:DIR|model:DIR --steps N --out DIR
Fixed seeds; step budgets (not wall-clock) so a rerun with the same thread count reproduces.
Null labels (-1) are masked out of the loss and out of the dev metric (DATA.md).
"""
import argparse, json, math, os, random, time
import numpy as np
import sentencepiece as spm
import torch
import torch.nn.functional as F

from model import Classifier, MaskedLM, add_arch_args, arch_kwargs
from train_tokenizer import clean_text

LABELS = ["misogyny", "sexual_harassment", "threat", "sextortion", "doxxing", "hate", "toxicity"]
WORK = "models/train/transformer/work"
PAD, UNK, CLS, SEP, MASK = 0, 1, 2, 3, 4


def seed_all(seed):
    random.seed(seed); np.random.seed(seed); torch.manual_seed(seed)


def encode_rows(sp, rows, max_len):
    ids = sp.encode([clean_text(r["text"]) for r in rows])
    return [[CLS] + x[: max_len - 2] + [SEP] for x in ids]


def load_split(sp, name, max_len):
    rows = [json.loads(l) for l in open(os.path.join(WORK, f"{name}.jsonl"), encoding="utf-8")]
    return rows, encode_rows(sp, rows, max_len), np.array([r["y"] for r in rows], dtype=np.int8)


def pad_batch(seqs):
    t = max(len(s) for s in seqs)
    ids = torch.zeros(len(seqs), t, dtype=torch.long)
    mask = torch.zeros(len(seqs), t, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s); mask[i, : len(s)] = 1
    return ids, mask


def bucketed_batches(lengths, batch, rng):
    """Endless iterator of index batches: shuffle, sort chunks of 50 batches by length, shuffle batches."""
    n = len(lengths)
    while True:
        order = rng.permutation(n)
        chunk = batch * 50
        batches = []
        for s in range(0, n, chunk):
            part = sorted(order[s : s + chunk], key=lambda i: lengths[i])
            batches += [part[j : j + batch] for j in range(0, len(part), batch)]
        rng.shuffle(batches)
        yield from batches


def auc(y, s):
    pos, neg = s[y == 1], s[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    r = np.argsort(np.argsort(np.concatenate([pos, neg]))) + 1.0
    return float((r[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def dev_metric(logits, y, datasets, min_n=10):
    """Mean AUC over (dataset, label) cells with >= min_n positives and negatives (labels differ per source)."""
    cells = {}
    for ds in sorted(set(datasets)):
        idx = np.array([d == ds for d in datasets])
        for j, lab in enumerate(LABELS):
            yy, ss = y[idx, j], logits[idx, j]
            keep = yy >= 0
            if (yy[keep] == 1).sum() >= min_n and (yy[keep] == 0).sum() >= min_n:
                cells[f"{ds}/{lab}"] = auc(yy[keep], ss[keep])
    return float(np.mean(list(cells.values()))), cells


@torch.no_grad()
def predict(model, seqs, batch=128):
    model.eval()
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = np.zeros((len(seqs), len(LABELS)), dtype=np.float32)
    for s in range(0, len(order), batch):
        idx = order[s : s + batch]
        ids, mask = pad_batch([seqs[i] for i in idx])
        out[idx] = model(ids, mask).numpy()
    model.train()
    return out


def lr_at(step, steps, peak, warmup):
    if step < warmup:
        return peak * (step + 1) / warmup
    return peak * max(0.0, (steps - step) / max(1, steps - warmup))


def run_mlm(a, sp):
    corpus = [l.rstrip("\n") for l in open(os.path.join(WORK, "corpus.txt"), encoding="utf-8") if l.strip()]
    seqs = [[CLS] + x[: a.max_len - 2] + [SEP] for x in sp.encode([clean_text(c) for c in corpus])]
    vocab = sp.get_piece_size()
    enc = Classifier(vocab, len(LABELS), **arch_kwargs(a)).encoder
    mlm = MaskedLM(enc)
    opt = torch.optim.AdamW(mlm.parameters(), lr=a.lr, weight_decay=0.01)
    rng = np.random.default_rng(a.seed)
    it = bucketed_batches([len(s) for s in seqs], a.batch, rng)
    t0, log = time.time(), []
    for step in range(a.steps):
        ids, mask = pad_batch([seqs[i] for i in next(it)])
        special = (ids <= MASK)
        probs = torch.full(ids.shape, 0.15).masked_fill(special, 0.0)
        sel = torch.bernoulli(probs).bool()
        if not sel.any():
            continue
        labels = ids[sel]
        inp = ids.clone()
        r = torch.rand(ids.shape)
        inp[sel & (r < 0.8)] = MASK
        rnd = sel & (r >= 0.8) & (r < 0.9)
        inp[rnd] = torch.randint(5, vocab, (int(rnd.sum()),))
        for g in opt.param_groups:
            g["lr"] = lr_at(step, a.steps, a.lr, a.warmup)
        loss = F.cross_entropy(mlm(inp, mask, sel), labels)
        opt.zero_grad(); loss.backward()
        torch.nn.utils.clip_grad_norm_(mlm.parameters(), 1.0); opt.step()
        if step % 100 == 0:
            log.append({"step": step, "loss": round(loss.item(), 4), "s": round(time.time() - t0, 1)})
            print(json.dumps(log[-1]), flush=True)
    os.makedirs(a.out, exist_ok=True)
    torch.save(enc.state_dict(), os.path.join(a.out, "encoder.pt"))
    json.dump({"args": vars(a), "log": log, "seconds": time.time() - t0}, open(os.path.join(a.out, "mlm.json"), "w"), indent=1)


def init_model(a, vocab):
    model = Classifier(vocab, len(LABELS), **arch_kwargs(a))
    if a.init.startswith("fasttext:"):
        vec = np.load(a.init.split(":", 1)[1])
        assert vec.shape == (vocab, a.d), vec.shape
        w = torch.tensor(vec, dtype=torch.float32)
        w = w / w[5:].std() * model.encoder.tok.weight[5:].std()  # keep the scale of the default init
        with torch.no_grad():
            model.encoder.tok.weight[5:] = w[5:]
    elif a.init.startswith("model:"):  # continue fine-tuning a candidate (second stage with a fresh schedule)
        model.load_state_dict(torch.load(os.path.join(a.init.split(":", 1)[1], "model.pt")))
    elif a.init.startswith("mlm:"):
        model.encoder.load_state_dict(torch.load(os.path.join(a.init.split(":", 1)[1], "encoder.pt")))
    return model


def run_finetune(a, sp):
    rows, seqs, y = load_split(sp, "train", a.max_len)
    drows, dseqs, dy = load_split(sp, "dev", a.max_len)
    ddatasets = [r["dataset"] for r in drows]
    # periodic model selection on a fixed dev subsample (<= dev_per_dataset rows per dataset); the
    # calibration subset (<= calib_per_dataset rows per dataset, a superset) is predicted once at the end.
    # Subsamples because dev inference is expensive on a shared 2-core machine.
    rng_sub = np.random.default_rng(7)
    sub, cal = [], []
    for ds in sorted(set(ddatasets)):
        perm = list(rng_sub.permutation([i for i, d in enumerate(ddatasets) if d == ds]))
        sub += perm[: a.dev_per_dataset]
        cal += perm[: a.calib_per_dataset]
    sub, cal = sorted(sub), sorted(cal)
    vocab = sp.get_piece_size()
    model = init_model(a, vocab)
    pos = np.array([(y[:, j] == 1).sum() for j in range(len(LABELS))])
    neg = np.array([(y[:, j] == 0).sum() for j in range(len(LABELS))])
    pw = np.clip(np.sqrt(neg / np.maximum(pos, 1)), 1.0, 8.0)
    pos_weight = torch.tensor(pw, dtype=torch.float32)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    rng = np.random.default_rng(a.seed)
    it = bucketed_batches([len(s) for s in seqs], a.batch, rng)
    os.makedirs(a.out, exist_ok=True)
    t0, log, best = time.time(), [], (-1.0, -1)
    for step in range(min(a.steps, a.stop_after or a.steps)):
        idx = next(it)
        ids, mask = pad_batch([seqs[i] for i in idx])
        yy = torch.tensor(y[idx], dtype=torch.float32)
        m = (yy >= 0).float()
        for g in opt.param_groups:
            g["lr"] = lr_at(step, a.steps, a.lr, a.warmup)
        logits = model(ids, mask)
        loss = (F.binary_cross_entropy_with_logits(logits, yy.clamp(min=0), pos_weight=pos_weight, reduction="none") * m).sum() / m.sum().clamp(min=1)
        opt.zero_grad(); loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step()
        if step % 50 == 0:
            print(json.dumps({"step": step, "loss": round(loss.item(), 4), "s": round(time.time() - t0, 1)}), flush=True)
        if (step + 1) % a.eval_every == 0 or step + 1 == a.steps or step + 1 == a.stop_after:
            score, _ = dev_metric(predict(model, [dseqs[i] for i in sub]), dy[sub], [ddatasets[i] for i in sub])
            log.append({"step": step + 1, "loss": round(loss.item(), 4), "dev_auc": round(score, 4), "s": round(time.time() - t0, 1)})
            print(json.dumps(log[-1]), flush=True)
            if score > best[0]:
                best = (score, step + 1)
                torch.save(model.state_dict(), os.path.join(a.out, "model.pt"))
    model.load_state_dict(torch.load(os.path.join(a.out, "model.pt")))
    dlog = predict(model, [dseqs[i] for i in cal])
    full, cells = dev_metric(dlog, dy[cal], [ddatasets[i] for i in cal])
    np.save(os.path.join(a.out, "calib_logits.npy"), dlog)
    np.save(os.path.join(a.out, "calib_index.npy"), np.array(cal))
    res = {"args": vars(a), "log": log, "best_step": best[1], "dev_auc_sub": best[0], "dev_auc_calib": full,
           "dev_cells": cells, "pos_weight": pw.tolist(), "train_rows": len(rows), "seconds": time.time() - t0}
    json.dump(res, open(os.path.join(a.out, "finetune.json"), "w"), indent=1)
    print(json.dumps({"out": a.out, "best_step": best[1], "dev_auc_calib": round(full, 4)}), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["mlm", "finetune"])
    ap.add_argument("--init", default="random")
    ap.add_argument("--out", required=True)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--eval-every", type=int, default=500)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=100)
    add_arch_args(ap)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-per-dataset", type=int, default=300)
    ap.add_argument("--stop-after", type=int, default=0, help="stop early at this step, keeping the --steps LR schedule (equal-step ablations)")
    ap.add_argument("--calib-per-dataset", type=int, default=1000)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    seed_all(a.seed)
    sp = spm.SentencePieceProcessor(model_file=os.path.join(WORK, "tokenizer", "spm.model"))
    (run_mlm if a.mode == "mlm" else run_finetune)(a, sp)


if __name__ == "__main__":
    main()
