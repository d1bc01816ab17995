#!/usr/bin/env python3
"""Dynamic int8 quantisation of the exported encoder with plain `onnx` graph edits.

onnxruntime's Python quantiser (onnxruntime.quantization) is not installable here (not in Debian,
PyPI unreachable), so this writes the same pattern it produces for dynamic quantisation:
  MatMul(x, W)  ->  DynamicQuantizeLinear(x) -> MatMulInteger(x_q, W_q, x_zp, 0) -> Cast -> Mul(x_scale * w_scale)
with W per-tensor symmetric int8, and the token-embedding Gather as an int8 table with one scale per row
(Gather(W_q) -> Cast -> Mul(Gather(row_scale))). Other ops stay fp32. Quality is checked by export.py.
"""
import sys
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def quantize(src, dst, min_elems=4096):
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes, drop = [], set()
    for node in g.node:
        if node.op_type == "MatMul" and node.input[1] in inits and numpy_helper.to_array(inits[node.input[1]]).size >= min_elems:
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
    quantize(sys.argv[1], sys.argv[2])
