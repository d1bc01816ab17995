#!/usr/bin/env python3
"""Generates a tiny, randomly initialised Hugging Face-layout ONNX text classifier that looks like a
model an operator might bring: BERT-style WordPiece tokenizer ([CLS]/[SEP], lowercase), a
`token_type_ids` input, and label names that are NOT our taxonomy ("toxic", "identity_hate",
"insult", "neutral"). Used only as a test fixture for the bring-your-own path; its scores mean nothing.

  /usr/bin/python3 models/train/transformer/make-tiny-random.py [out_dir]
"""
import json, os, sys
import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import Encoder  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "src/classifiers/transformer/__fixtures__/tiny-random-byo"
LABELS = ["toxic", "identity_hate", "insult", "neutral"]
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
# A small vocabulary written for the fixture: lowercase ASCII letters, digits, a few words and suffixes.
WORDS = ["the", "you", "are", "and", "women", "she", "he", "is", "a", "to", "of", "stupid", "hello", "world"]
VOCAB = SPECIAL + WORDS + list("abcdefghijklmnopqrstuvwxyz0123456789.,!?'") + ["##" + c for c in "abcdefghijklmnopqrstuvwxyz0123456789"]


class TinyByo(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(len(VOCAB), d=16, layers=1, heads=2, ff=32, max_len=64, dropout=0.0)
        self.types = nn.Embedding(2, 16)
        self.head = nn.Linear(16, len(LABELS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        # type embeddings added to the first position's hidden state (keeps the input live in the graph)
        h = self.encoder(input_ids, attention_mask) + self.types(token_type_ids)
        return self.head(h[:, 0])


def main():
    torch.manual_seed(0)
    os.makedirs(os.path.join(OUT, "onnx"), exist_ok=True)
    model = TinyByo().eval()
    ids = torch.tensor([[2, 5, 6, 3], [2, 7, 3, 0]])
    mask = (ids != 0).long()
    torch.onnx.export(model, (ids, mask, torch.zeros_like(ids)), os.path.join(OUT, "onnx", "model.onnx"),
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      opset_version=14, dynamic_axes={k: {0: "batch", 1: "sequence"} for k in ("input_ids", "attention_mask", "token_type_ids")} | {"logits": {0: "batch"}})
    config = {"architectures": ["BertForSequenceClassification"], "model_type": "bert",
              "problem_type": "multi_label_classification",
              "id2label": {str(i): l for i, l in enumerate(LABELS)}, "label2id": {l: i for i, l in enumerate(LABELS)},
              "vocab_size": len(VOCAB), "hidden_size": 16, "num_hidden_layers": 1, "num_attention_heads": 2,
              "max_position_embeddings": 64, "pad_token_id": 0, "note": "tiny random test fixture; scores are meaningless"}
    json.dump(config, open(os.path.join(OUT, "config.json"), "w"), indent=1)
    tok = {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": i, "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for i, s in enumerate(SPECIAL)],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                      {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                           "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
                           "special_tokens": {s: {"id": s, "ids": [SPECIAL.index(s)], "tokens": [s]} for s in ("[CLS]", "[SEP]")}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": {t: i for i, t in enumerate(VOCAB)}},
    }
    json.dump(tok, open(os.path.join(OUT, "tokenizer.json"), "w"), indent=1)
    json.dump({"tokenizer_class": "BertTokenizer", "model_max_length": 64, "do_lower_case": True,
               "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]", "mask_token": "[MASK]"},
              open(os.path.join(OUT, "tokenizer_config.json"), "w"), indent=1)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
