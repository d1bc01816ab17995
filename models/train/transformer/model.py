"""A small BERT-style encoder with hand-written attention (torch 1.13 cannot export
nn.TransformerEncoderLayer to ONNX) and a multi-label head over the taxonomy."""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class SelfAttention(nn.Module):
    def __init__(self, d, heads, dropout):
        super().__init__()
        self.h, self.dk = heads, d // heads
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        b, t, d = x.shape
        q, k, v = self.qkv(x).view(b, t, 3, self.h, self.dk).permute(2, 0, 3, 1, 4)
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.dk) + bias  # bias: [b,1,1,t]
        att = self.drop(torch.softmax(att, dim=-1))
        y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, d)
        return self.out(y)


class Block(nn.Module):
    def __init__(self, d, heads, ff, dropout):
        super().__init__()
        self.attn = SelfAttention(d, heads, dropout)
        self.ln1 = nn.LayerNorm(d)
        self.ff1 = nn.Linear(d, ff)
        self.ff2 = nn.Linear(ff, d)
        self.ln2 = nn.LayerNorm(d)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        x = self.ln1(x + self.drop(self.attn(x, bias)))
        return self.ln2(x + self.drop(self.ff2(F.gelu(self.ff1(x)))))


class Encoder(nn.Module):
    def __init__(self, vocab, d=256, layers=4, heads=4, ff=1024, max_len=128, dropout=0.1):
        super().__init__()
        self.tok = nn.Embedding(vocab, d, padding_idx=0)
        self.pos = nn.Embedding(max_len, d)
        self.ln = nn.LayerNorm(d)
        self.drop = nn.Dropout(dropout)
        self.blocks = nn.ModuleList([Block(d, heads, ff, dropout) for _ in range(layers)])

    def forward(self, input_ids, attention_mask):
        t = input_ids.shape[1]
        pos = torch.arange(t, device=input_ids.device).unsqueeze(0)
        x = self.drop(self.ln(self.tok(input_ids) + self.pos(pos)))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for blk in self.blocks:
            x = blk(x, bias)
        return x


class Classifier(nn.Module):
    """Mean-pooled encoder output -> one logit per label (sigmoid outside the graph)."""

    def __init__(self, vocab, n_labels, **kw):
        super().__init__()
        self.encoder = Encoder(vocab, **kw)
        d = self.encoder.tok.embedding_dim
        self.drop = nn.Dropout(kw.get("dropout", 0.1))
        self.pre = nn.Linear(d, d)
        self.head = nn.Linear(d, n_labels)

    def forward(self, input_ids, attention_mask):
        h = self.encoder(input_ids, attention_mask)
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(self.drop(torch.tanh(self.pre(pooled))))


class MaskedLM(nn.Module):
    """MLM head tied to the token embeddings, for self-supervised pre-training."""

    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder
        d = encoder.tok.embedding_dim
        self.transform = nn.Linear(d, d)
        self.ln = nn.LayerNorm(d)
        self.bias = nn.Parameter(torch.zeros(encoder.tok.num_embeddings))

    def forward(self, input_ids, attention_mask, positions):
        h = self.encoder(input_ids, attention_mask)[positions]  # only masked positions: cheaper softmax
        h = self.ln(F.gelu(self.transform(h)))
        # tied decoder scaled by 1/sqrt(d): the embeddings are N(0, 1) (nn.Embedding's default), so an
        # unscaled dot product starts at logits with std ~sqrt(d) and a loss of ~40 instead of ~ln(vocab)
        return h @ self.encoder.tok.weight.t() / math.sqrt(h.shape[-1]) + self.bias


def add_arch_args(ap):
    """The architecture flags, shared by train.py and export.py so a checkpoint is rebuilt with the shape it was trained with."""
    ap.add_argument("--d", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ff", type=int, default=512)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--threads", type=int, default=1)


def arch_kwargs(a):
    """Encoder keyword arguments from parsed add_arch_args flags."""
    return dict(d=a.d, layers=a.layers, heads=a.heads, ff=a.ff, max_len=a.max_len, dropout=a.dropout)
