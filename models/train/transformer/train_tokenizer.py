#!/usr/bin/env python3
"""Train a multilingual SentencePiece unigram model on the train-split corpus and export it as a
Hugging Face tokenizers `tokenizer.json` that @huggingface/transformers (4.x) loads offline.

Ids: 0 <pad>, 1 <unk>, 2 <s> (CLS role), 3 </s> (SEP role), 4 <mask>.
The JS side reproduces SentencePiece's nmt_nfkc normalisation with the `Precompiled` normaliser
(NFKC + control/space folding), collapses runs of spaces, strips the ends, then Metaspace + Unigram.
Parity is checked by test fixtures generated with `--fixture` (ids from Python sentencepiece).
"""
import argparse, base64, json, os, re, unicodedata
import sentencepiece as spm

SPECIALS = ["<pad>", "<unk>", "<s>", "</s>", "<mask>"]

# Scripts we promise to cover even where train/ has little or no text (Thai, Sinhala have none):
# every assigned letter/mark of these blocks is forced into the character set, so text in them
# tokenises to characters instead of <unk>. This list is written for the project (Unicode ranges).
REQUIRED_RANGES = [
    (0x0041, 0x005A), (0x0061, 0x007A), (0x00C0, 0x017F),  # Latin
    (0x0600, 0x06FF),  # Arabic
    (0x0900, 0x097F),  # Devanagari
    (0x0980, 0x09FF),  # Bengali
    (0x0D80, 0x0DFF),  # Sinhala
    (0x0E01, 0x0E5B),  # Thai
    (0x3131, 0x318E),  # Hangul compatibility jamo
]


def required_chars():
    out = []
    for lo, hi in REQUIRED_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            try:
                unicodedata.name(ch)
            except ValueError:
                continue
            if unicodedata.category(ch)[0] in "LMN" and unicodedata.normalize("NFKC", ch) == ch:
                out.append(ch)
    return "".join(out)


def export_tokenizer_json(model_path, out_path):
    from sentencepiece import sentencepiece_model_pb2 as pb
    m = pb.ModelProto()
    with open(model_path, "rb") as f:
        m.ParseFromString(f.read())
    vocab = [[p.piece, float(p.score)] for p in m.pieces]
    charsmap = base64.b64encode(m.normalizer_spec.precompiled_charsmap).decode()
    added = [{"id": i, "content": s, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for i, s in enumerate(SPECIALS)]
    assert [p.piece for p in m.pieces[:5]] == SPECIALS, [p.piece for p in m.pieces[:5]]
    tok = {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "Precompiled", "precompiled_charsmap": charsmap},
            {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "},
            {"type": "Strip", "strip_left": True, "strip_right": True},
        ]},
        "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "</s>", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 0}},
                     {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "special_tokens": {s: {"id": s, "ids": [i], "tokens": [s]} for i, s in ((2, "<s>"), (3, "</s>"))},
        },
        "decoder": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "model": {"type": "Unigram", "unk_id": 1, "vocab": vocab, "byte_fallback": False},
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False)


def tokenizer_config(max_len):
    return {
        "tokenizer_class": "PreTrainedTokenizer", "model_max_length": max_len,
        "pad_token": "<pad>", "unk_token": "<unk>", "bos_token": "<s>", "eos_token": "</s>",
        "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>", "clean_up_tokenization_spaces": False,
    }


# Applied on both sides before tokenising (TS: cleanForTokenizer in src/classifiers/transformer/).
# SentencePiece's nmt_nfkc and the JS Precompiled normaliser disagree on zero-width and bidi
# controls, and JS splits special-token literals out of user text (token injection); removing both
# here makes the ids identical and keeps "</s>" typed by a user an ordinary string of characters.
INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
SPECIAL_RE = re.compile("<pad>|<unk>|<s>|</s>|<mask>")
SPACE_RE = re.compile("[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+")


def clean_text(text):
    return SPACE_RE.sub(" ", SPECIAL_RE.sub(" ", INVISIBLE_RE.sub("", text))).strip()


def python_encode(sp, text):
    """The exact ids the PyTorch side trains on: <s> pieces </s>."""
    return [2] + sp.encode(clean_text(text)) + [3]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="models/train/transformer/work/corpus.txt")
    ap.add_argument("--out", default="models/train/transformer/work/tokenizer")
    ap.add_argument("--vocab", type=int, default=16000)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--fixture", help="write Python ids for samples (JSON list of texts) to this path", nargs=2,
                    metavar=("SAMPLES", "OUT"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    prefix = os.path.join(a.out, "spm")
    if not os.path.exists(prefix + ".model"):
        spm.SentencePieceTrainer.train(
            input=a.corpus, model_prefix=prefix, model_type="unigram", vocab_size=a.vocab,
            character_coverage=0.9995, required_chars=required_chars(), normalization_rule_name="nmt_nfkc",
            pad_id=0, unk_id=1, bos_id=2, eos_id=3, pad_piece="<pad>", unk_piece="<unk>", bos_piece="<s>",
            eos_piece="</s>", user_defined_symbols=["<mask>"], input_sentence_size=2_000_000,
            shuffle_input_sentence=True, seed_sentencepiece_size=400_000, num_threads=1,
            max_sentence_length=8192, train_extremely_large_corpus=False, minloglevel=1)
    export_tokenizer_json(prefix + ".model", os.path.join(a.out, "tokenizer.json"))
    with open(os.path.join(a.out, "tokenizer_config.json"), "w") as f:
        json.dump(tokenizer_config(a.max_len), f, indent=1)
    if a.fixture:
        sp = spm.SentencePieceProcessor(model_file=prefix + ".model")
        samples = json.load(open(a.fixture[0], encoding="utf-8"))
        out = [{**s, "ids": python_encode(sp, s["text"])} for s in samples]
        with open(a.fixture[1], "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
    print("tokenizer ->", a.out)


if __name__ == "__main__":
    main()
