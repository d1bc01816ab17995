#!/usr/bin/env python3
"""int8 quantisation of the exported encoder with plain `onnx` graph edits.

onnxruntime's Python quantiser (onnxruntime.quantization) is not installable here (not in Debian,
PyPI unreachable), so the graph is rewritten by hand. Two modes:
  weight (default): weights stored int8 (per-output-column scales), dequantised in the graph
      MatMul(x, W) -> MatMul(x, DequantizeLinear(W_q, scale, 0)); activations stay fp32.
  dynamic: ONNX Runtime's dynamic pattern
      MatMul(x, W) -> DynamicQuantizeLinear(x) -> MatMulInteger(x_q, W_q, x_zp, 0) -> Cast -> Mul(x_scale * w_scale)
The token-embedding Gather becomes an int8 table with one scale per row in both modes
(Gather(W_q) -> Cast -> Mul(Gather(row_scale))). Weight-only is the default because dynamic
quantisation computes ONE activation scale per batch tensor, so a text's score moved by up to ~0.01
depending on which texts shared its batch; weight-only scores are batch-invariant and the file is
just as small (the embedding table dominates). Quality and parity are checked by check-parity.ts.
"""
import sys
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def quantize(src, dst, min_elems=4096, mode="weight"):
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes, drop = [], set()
    for node in g.node:
        if mode == "weight" and node.op_type == "MatMul" and node.input[1] in inits and numpy_helper.to_array(inits[node.input[1]]).size >= min_elems:
            w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)  # [in, out]
            cs = np.maximum(np.abs(w).max(axis=0) / 127.0, 1e-12).astype(np.float32)  # one scale per output column
            wq = np.clip(np.round(w / cs), -127, 127).astype(np.int8)
            p = node.name or node.output[0]
            g.initializer.extend([numpy_helper.from_array(wq, p + "_Wq"),
                                  numpy_helper.from_array(cs, p + "_Wscale"),
                                  numpy_helper.from_array(np.zeros(cs.shape, dtype=np.int8), p + "_Wzp")])
            drop.add(node.input[1])
            new_nodes += [
                helper.make_node("DequantizeLinear", [p + "_Wq", p + "_Wscale", p + "_Wzp"], [p + "_W"], axis=1, name=p + "_dq"),
                helper.make_node("MatMul", [node.input[0], p + "_W"], [node.output[0]], name=p),
            ]
        elif mode == "dynamic" and node.op_type == "MatMul" and node.input[1] in inits and numpy_helper.to_array(inits[node.input[1]]).size >= min_elems:
            w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            scale = max(float(np.abs(w).max()) / 127.0, 1e-12)
            wq = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
            p = node.name or node.output[0]
            g.initializer.extend([numpy_helper.from_array(wq, p + "_Wq"),
                                  numpy_helper.from_array(np.array(0, dtype=np.int8), p + "_Wzp"),
                                  numpy_helper.from_array(np.array(scale, dtype=np.float32), p + "_Wscale")])
            drop.add(node.input[1])
            x = node.input[0]
            new_nodes += [
                helper.make_node("DynamicQuantizeLinear", [x], [p + "_xq", p + "_xs", p + "_xzp"], name=p + "_dql"),
                helper.make_node("MatMulInteger", [p + "_xq", p + "_Wq", p + "_xzp", p + "_Wzp"], [p + "_i32"], name=p + "_mmi"),
                helper.make_node("Cast", [p + "_i32"], [p + "_f"], to=TensorProto.FLOAT, name=p + "_cast"),
                helper.make_node("Mul", [p + "_xs", p + "_Wscale"], [p + "_s"], name=p + "_smul"),
                helper.make_node("Mul", [p + "_f", p + "_s"], [node.output[0]], name=p + "_out"),
            ]
        elif node.op_type == "Gather" and node.input[0] in inits and numpy_helper.to_array(inits[node.input[0]]).size >= 100_000:
            w = numpy_helper.to_array(inits[node.input[0]]).astype(np.float32)
            rs = np.maximum(np.abs(w).max(axis=1, keepdims=True) / 127.0, 1e-12).astype(np.float32)
            wq = np.clip(np.round(w / rs), -127, 127).astype(np.int8)
            p = node.name or node.output[0]
            g.initializer.extend([numpy_helper.from_array(wq, p + "_Eq"), numpy_helper.from_array(rs, p + "_Escale")])
            drop.add(node.input[0])
            ids = node.input[1]
            new_nodes += [
                helper.make_node("Gather", [p + "_Eq", ids], [p + "_gq"], axis=0, name=p + "_gq"),
                helper.make_node("Cast", [p + "_gq"], [p + "_gf"], to=TensorProto.FLOAT, name=p + "_gcast"),
                helper.make_node("Gather", [p + "_Escale", ids], [p + "_gs"], axis=0, name=p + "_gs"),
                helper.make_node("Mul", [p + "_gf", p + "_gs"], [node.output[0]], name=p + "_gout"),
            ]
        else:
            new_nodes.append(node)
    still_used = {i for n in new_nodes for i in n.input}
    keep = [i for i in g.initializer if i.name not in drop or i.name in still_used]
    del g.initializer[:]
    g.initializer.extend(keep)
    del g.node[:]
    g.node.extend(new_nodes)
    onnx.checker.check_model(m)
    onnx.save(m, dst)


if __name__ == "__main__":
    quantize(sys.argv[1], sys.argv[2], mode=sys.argv[3] if len(sys.argv) > 3 else "weight")
