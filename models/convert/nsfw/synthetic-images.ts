/**
 * Images written for this project (pure arithmetic, deterministic, no external data) on which the ONNX
 * conversion is checked against nsfwjs: gradients, shapes, skin-toned blobs, seeded noise, several sizes
 * (224x224 exercises the no-resize path; the others exercise bilinear align-corners resizing).
 */
import { mulberry32 } from "../../../src/seeded-random.js";
export interface SyntheticImage {
  name: string;
  width: number;
  height: number;
  rgb: Uint8Array;
}

function make(name: string, width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): SyntheticImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      const o = (y * width + x) * 3;
      rgb[o] = Math.max(0, Math.min(255, Math.round(r)));
      rgb[o + 1] = Math.max(0, Math.min(255, Math.round(g)));
      rgb[o + 2] = Math.max(0, Math.min(255, Math.round(b)));
    }
  }
  return { name, width, height, rgb };
}

/** A seeded PRNG so "noise" images are identical on every machine. */
export { mulberry32 };

const inEllipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) =>
  ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

export function generateSyntheticImages(): SyntheticImage[] {
  const rand = mulberry32(20261127);
  const noise = Array.from({ length: 224 * 224 * 3 }, () => rand() * 255);
  return [
    make("gradient-224", 224, 224, (x, y) => [x * 1.14, y * 1.14, 128]),
    make("skin-blob-320x240", 320, 240, (x, y) => {
      const d = Math.hypot(x - 160, y - 120) / 120;
      return d < 1 ? [224 - 30 * d, 172 - 40 * d, 140 - 40 * d] : [30, 25, 40];
    }),
    make("checker-200x300", 200, 300, (x, y) => ((Math.floor(x / 25) + Math.floor(y / 25)) % 2 ? [240, 240, 240] : [20, 60, 120])),
    make("noise-224", 224, 224, (x, y) => {
      const o = (y * 224 + x) * 3;
      return [noise[o]!, noise[o + 1]!, noise[o + 2]!];
    }),
    make("rings-500x375", 500, 375, (x, y) => {
      const r = Math.hypot(x - 250, y - 187) / 12;
      return [128 + 127 * Math.sin(r), 128 + 127 * Math.sin(r + 2), 128 + 127 * Math.sin(r + 4)];
    }),
    make("figure-256x384", 256, 384, (x, y) => {
      const skin: [number, number, number] = [230, 180, 150];
      if (inEllipse(x, y, 128, 70, 40, 50)) return skin;
      if (inEllipse(x, y, 128, 210, 70, 110)) return skin;
      if (inEllipse(x, y, 100, 330, 25, 60) || inEllipse(x, y, 156, 330, 25, 60)) return skin;
      return [200 - y / 4, 200 - y / 4, 220];
    }),
    make("stripes-97x61", 97, 61, (x) => (x % 8 < 4 ? [250, 200, 0] : [0, 50, 250])),
    make("tiny-7x5", 7, 5, (x, y) => [x * 36, y * 60, 255 - x * 36]),
  ];
}
