#!/usr/bin/env python3
"""fastText skip-gram vectors over SentencePiece pieces of the train-split corpus, aligned to the
tokenizer vocabulary, to initialise the encoder's token embeddings (`train.py --init fasttext:...`).
Uses Debian's `fasttext` binary (1 thread)."""
import argparse, os, subprocess
import numpy as np
import sentencepiece as spm
from train_tokenizer import clean_text

WORK = "models/train/transformer/work"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--epoch", type=int, default=1)
    a = ap.parse_args()
    sp = spm.SentencePieceProcessor(model_file=os.path.join(WORK, "tokenizer", "spm.model"))
    pieces = os.path.join(WORK, "corpus.pieces.txt")
    with open(os.path.join(WORK, "corpus.txt"), encoding="utf-8") as f, open(pieces, "w", encoding="utf-8") as out:
        for line in f:
            out.write(" ".join(sp.encode(clean_text(line), out_type=str)) + "\n")
    prefix = os.path.join(WORK, "ft-pieces")
    subprocess.run(["fasttext", "skipgram", "-input", pieces, "-output", prefix, "-dim", str(a.dim), "-epoch",
                    str(a.epoch), "-minCount", "1", "-minn", "0", "-maxn", "0", "-ws", "3", "-neg", "3", "-thread", "1",
                    "-verbose", "1", "-seed", "13"], check=True)
    rng = np.random.default_rng(13)
    vec = rng.normal(0, 0.02, (sp.get_piece_size(), a.dim)).astype(np.float32)
    found = 0
    with open(prefix + ".vec", encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip().split(" ")
            if len(parts) != a.dim + 1:
                continue
            i = sp.piece_to_id(parts[0])
            if i > 4 and sp.id_to_piece(i) == parts[0]:
                vec[i] = np.array(parts[1:], dtype=np.float32); found += 1
    np.save(os.path.join(WORK, "ft-init.npy"), vec)
    print(f"fastText vectors for {found}/{sp.get_piece_size()} pieces")


if __name__ == "__main__":
    main()
