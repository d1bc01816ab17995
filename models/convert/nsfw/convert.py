#!/usr/bin/python3
"""Step 2 of the nsfwjs -> ONNX conversion: build an ONNX graph from graph.json + weights.bin
(written by export-weights.ts from nsfwjs' own tfjs model) with the `onnx` Python package.

    /usr/bin/python3 models/convert/nsfw/convert.py <work-dir> models/nsfw-mobilenetv2/model.onnx

Layer-by-layer mapping (Keras semantics -> ONNX opset 13):
  InputLayer           -> graph input "input" float32 [N,224,224,3] (NHWC, RGB in [0,1]) + Transpose to NCHW
  ZeroPadding2D        -> Pad (constant 0)
  Conv2D               -> Conv, kernel HWIO -> OIHW; padding "same" (stride 1) -> symmetric pads k//2
  DepthwiseConv2D      -> Conv with group=C, kernel [kh,kw,C,1] -> [C,1,kh,kw]
  BatchNormalization   -> BatchNormalization (inference form, Keras epsilon)
  ReLU(max_value=6)    -> Clip(0, 6); ReLU without max -> Relu
  Add                  -> Add
  AveragePooling2D     -> AveragePool (the 7x7 window covers the whole map, so channel order is unaffected)
  Flatten              -> Flatten (spatial size is 1x1 here, so NCHW and NHWC flatten orders agree; checked)
  Dense                -> Gemm (kernel [in,out] used as B) + activation (relu / softmax)
  Dropout              -> removed (inference)
Output "probabilities" float32 [N,5] in nsfwjs class order Drawing, Hentai, Neutral, Porn, Sexy.
"""
import json
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13


def main(work_dir: str, out_path: str) -> None:
    graph_json = json.load(open(f"{work_dir}/graph.json"))
    blob = np.fromfile(f"{work_dir}/weights.bin", dtype="<f4")
    nodes, inits = [], []
    out_name = {}  # keras layer name -> onnx tensor name
    shapes = {}  # keras layer name -> (C, H, W) as a check on Flatten

    def weight(layer, suffix):
        for w in layer["weights"]:
            if w["name"].endswith("/" + suffix):
                start = w["offset"] // 4
                return blob[start : start + w["length"]].reshape(w["shape"]).astype(np.float32)
        raise KeyError(f"{layer['name']}: no weight {suffix}")

    def init(name, array):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    for layer in graph_json["layers"]:
        name, kind, cfg = layer["name"], layer["className"], layer["config"]
        ins = [out_name[i] for i in layer["inputs"]]
        shp = shapes.get(layer["inputs"][0]) if layer["inputs"] else None
        if kind == "InputLayer":
            nodes.append(helper.make_node("Transpose", ["input"], [name], perm=[0, 3, 1, 2]))
            shapes[name] = (3, 224, 224)
        elif kind == "ZeroPadding2D":
            (t, b), (l, r) = cfg["padding"]
            pads = init(name + "/pads", np.array([0, 0, t, l, 0, 0, b, r], dtype=np.int64))
            nodes.append(helper.make_node("Pad", [ins[0], pads], [name], mode="constant"))
            shapes[name] = (shp[0], shp[1] + t + b, shp[2] + l + r)
        elif kind in ("Conv2D", "DepthwiseConv2D"):
            assert cfg["data_format"] == "channels_last" and cfg["dilation_rate"] == [1, 1]
            assert cfg["activation"] == "linear" and not cfg["use_bias"]
            kh, kw = cfg["kernel_size"]
            sh, sw = cfg["strides"]
            if cfg["padding"] == "same":
                assert (sh, sw) == (1, 1) and kh % 2 == 1 and kw % 2 == 1
                pads = [kh // 2, kw // 2, kh // 2, kw // 2]
            else:
                pads = [0, 0, 0, 0]
            if kind == "Conv2D":
                w = weight(layer, "kernel").transpose(3, 2, 0, 1)
                group, cout = 1, cfg["filters"]
            else:
                assert cfg["depth_multiplier"] == 1
                w = weight(layer, "depthwise_kernel").transpose(2, 3, 0, 1)
                group = cout = w.shape[0]
            nodes.append(
                helper.make_node("Conv", [ins[0], init(name + "/W", w)], [name],
                                 kernel_shape=[kh, kw], strides=[sh, sw], pads=pads, group=group)
            )
            h = (shp[1] + pads[0] + pads[2] - kh) // sh + 1
            wd = (shp[2] + pads[1] + pads[3] - kw) // sw + 1
            shapes[name] = (cout, h, wd)
        elif kind == "BatchNormalization":
            assert cfg["axis"] in (-1, 3) and cfg["center"] and cfg["scale"]
            args = [init(f"{name}/{s}", weight(layer, s)) for s in ("gamma", "beta", "moving_mean", "moving_variance")]
            nodes.append(helper.make_node("BatchNormalization", [ins[0], *args], [name], epsilon=float(cfg["epsilon"])))
            shapes[name] = shp
        elif kind == "ReLU":
            assert cfg.get("negative_slope", 0) == 0 and cfg.get("threshold", 0) == 0
            if cfg.get("max_value") is None:
                nodes.append(helper.make_node("Relu", ins, [name]))
            else:
                lo = init(name + "/min", np.array(0, dtype=np.float32))
                hi = init(name + "/max", np.array(cfg["max_value"], dtype=np.float32))
                nodes.append(helper.make_node("Clip", [ins[0], lo, hi], [name]))
            shapes[name] = shp
        elif kind == "Add":
            nodes.append(helper.make_node("Add", ins, [name]))
            shapes[name] = shp
        elif kind == "AveragePooling2D":
            assert cfg["padding"] == "valid"
            ph, pw = cfg["pool_size"]
            sh, sw = cfg["strides"]
            nodes.append(helper.make_node("AveragePool", ins, [name], kernel_shape=[ph, pw], strides=[sh, sw]))
            shapes[name] = (shp[0], (shp[1] - ph) // sh + 1, (shp[2] - pw) // sw + 1)
        elif kind == "Flatten":
            assert shp[1] == 1 and shp[2] == 1, f"Flatten over {shp}: NHWC order would differ"
            nodes.append(helper.make_node("Flatten", ins, [name], axis=1))
            shapes[name] = (shp[0],)
        elif kind == "Dense":
            assert cfg["use_bias"]
            gemm = name + "/gemm" if cfg["activation"] != "linear" else name
            nodes.append(helper.make_node("Gemm", [ins[0], init(name + "/kernel", weight(layer, "kernel")),
                                                   init(name + "/bias", weight(layer, "bias"))], [gemm]))
            act = {"relu": "Relu", "softmax": "Softmax", "linear": None}[cfg["activation"]]
            if act == "Softmax":
                nodes.append(helper.make_node("Softmax", [gemm], [name], axis=-1))
            elif act:
                nodes.append(helper.make_node(act, [gemm], [name]))
            shapes[name] = (cfg["units"],)
        elif kind == "Dropout":
            out_name[name] = ins[0]
            shapes[name] = shp
            continue
        else:
            raise ValueError(f"unsupported layer {kind} ({name})")
        out_name[name] = name

    last = graph_json["layers"][-1]["name"]
    nodes.append(helper.make_node("Identity", [out_name[last]], ["probabilities"]))
    graph = helper.make_graph(
        nodes,
        "nsfwjs_mobilenet_v2",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 224, 224, 3])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 5])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="tfgbv-guard nsfw converter")
    model.ir_version = 7
    helper.set_model_props(model, {
        "source": "npm nsfwjs 4.4.0, dist/models/mobilenet_v2 (MIT, Copyright (c) 2019 Infinite Red, Inc.)",
        "classes": "Drawing,Hentai,Neutral,Porn,Sexy",
        "preprocessing": "RGB/255, bilinear resize align_corners=true to 224x224, NHWC float32",
    })
    onnx.checker.check_model(model)
    onnx.save(model, out_path)
    print(f"wrote {out_path}: {len(nodes)} nodes, {len(inits)} initializers")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py <work-dir> <out.onnx>")
    main(sys.argv[1], sys.argv[2])
