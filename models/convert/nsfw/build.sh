#!/usr/bin/env bash
# Rebuild models/nsfw-mobilenetv2/model.onnx from the weights inside the npm package nsfwjs (no network).
#   bash models/convert/nsfw/build.sh
# Needs /usr/bin/python3 with python3-onnx + python3-numpy (Debian). Then check: npx vitest run models/convert/nsfw
set -euo pipefail
cd "$(dirname "$0")/../../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npx tsx models/convert/nsfw/export-weights.ts "$work"
/usr/bin/python3 models/convert/nsfw/convert.py "$work" models/nsfw-mobilenetv2/model.onnx
npx tsx models/convert/nsfw/make-reference.ts
sha256sum models/nsfw-mobilenetv2/model.onnx
