#!/usr/bin/env bash
# npm run train:transformer — builds the on-device transformer text classifier end to end on CPU.
# Data: ../shared/data/train (train split to fit, dev split to select/calibrate) + project synthetic
# data (train split). Suites/ and eval-only/ are never read. Fixed seeds; step budgets sized for a
# shared 2-core machine (override with STEPS / MLM_STEPS / D / LAYERS / FF).
set -euo pipefail
cd "$(dirname "$0")/../../.."
PY=/usr/bin/python3
T=models/train/transformer
W=$T/work
N="nice -n 10"
STEPS=${STEPS:-1000}
MLM_STEPS=${MLM_STEPS:-300}
ARCH="--d ${D:-128} --layers ${LAYERS:-2} --ff ${FF:-512} --heads 4 --threads 1"
export PYTHONPATH=$T
mkdir -p $W

$N $PY $T/prepare_data.py
$N $PY $T/train_tokenizer.py --fixture src/classifiers/transformer/__fixtures__/tokenizer-samples.json \
  src/classifiers/transformer/__fixtures__/tokenizer-ids.json

# Three candidates that differ only in how the encoder starts (the ablation the model card reports),
# run in parallel with one thread each; the best on the dev subsample is exported.
EVAL="--steps $STEPS --eval-every $(( (STEPS + 2) / 3 ))"
( $N $PY $T/train.py finetune --init random --out $W/ft-random $EVAL $ARCH ) > $W/ft-random.log 2>&1 &
P1=$!
( $N $PY $T/fasttext_init.py --dim ${D:-128} && \
  $N $PY $T/train.py finetune --init fasttext:$W/ft-init.npy --out $W/ft-fasttext $EVAL $ARCH ) > $W/ft-fasttext.log 2>&1 &
P2=$!
( $N $PY $T/train.py mlm --steps $MLM_STEPS --out $W/mlm $ARCH && \
  $N $PY $T/train.py finetune --init mlm:$W/mlm --out $W/ft-mlm $EVAL $ARCH ) > $W/ft-mlm.log 2>&1 &
P3=$!
FAIL=0
for p in $P1 $P2 $P3; do wait $p || FAIL=1; done
[ $FAIL = 0 ] || { echo "a candidate failed; see $W/*.log" >&2; exit 1; }

# Pick the best candidate, calibrate on dev, export ONNX (+ int8), write models/<id>/.
$N $PY $T/export.py --candidates $W/ft-random $W/ft-fasttext $W/ft-mlm $ARCH
# ONNX Runtime (Node) vs PyTorch logits, and the tokenizer id fixture, through @huggingface/transformers.
$N npx tsx $T/check-parity.ts
