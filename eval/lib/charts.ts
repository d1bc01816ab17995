/**
 * SVG charts written as plain strings (no browser, no canvas): PR curves and reliability diagrams
 * per label, and a language × label F1 heat map. Hand-written because the installed charting
 * options need a DOM or a native canvas; these three chart types are ~150 lines of geometry.
 */
import type { PrPoint, ReliabilityBin } from "./metrics.js";

const W = 600;
const H = 380;
const M = { left: 56, right: 230, top: 36, bottom: 48 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
/** Colour-blind-safe categorical palette (Okabe-Ito plus greys). */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#999999", "#882255", "#117733", "#332288", "#AA4499", "#999933"];

export const escapeXml = (s: string): string =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

const fmt = (x: number) => (Math.round(x * 100) / 100).toString();
const sx = (x: number) => M.left + x * PW;
const sy = (y: number) => M.top + (1 - y) * PH;

function frame(title: string, xLabel: string, yLabel: string): string[] {
  const parts = [
    `<rect x="0" y="0" width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="22" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    `<rect x="${M.left}" y="${M.top}" width="${PW}" height="${PH}" fill="none" stroke="#333"/>`,
  ];
  for (let t = 0; t <= 10; t += 2) {
    const v = t / 10;
    parts.push(
      `<line x1="${sx(v)}" y1="${M.top}" x2="${sx(v)}" y2="${M.top + PH}" stroke="#eee"/>`,
      `<line x1="${M.left}" y1="${sy(v)}" x2="${M.left + PW}" y2="${sy(v)}" stroke="#eee"/>`,
      `<text x="${sx(v)}" y="${M.top + PH + 16}" font-size="11" text-anchor="middle">${fmt(v)}</text>`,
      `<text x="${M.left - 6}" y="${sy(v) + 4}" font-size="11" text-anchor="end">${fmt(v)}</text>`,
    );
  }
  parts.push(
    `<text x="${M.left + PW / 2}" y="${H - 10}" font-size="12" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text x="14" y="${M.top + PH / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 14 ${M.top + PH / 2})">${escapeXml(yLabel)}</text>`,
  );
  return parts;
}

const wrap = (parts: string[], width = W, height = H) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n${parts.join("\n")}\n</svg>\n`;

/** Precision-recall curves, one line per dataset (legend shows each dataset's PR-AUC when given). */
export function renderPrCurves(title: string, series: Record<string, PrPoint[]>, prAuc: Record<string, number | null> = {}): string {
  const parts = frame(title, "recall", "precision");
  Object.entries(series).forEach(([name, points], i) => {
    const colour = PALETTE[i % PALETTE.length];
    if (points.length) {
      // start at recall 0 with the first precision so the step is visible
      const path = [{ recall: 0, precision: points[0].precision }, ...points]
        .map((p, k) => `${k ? "L" : "M"}${sx(p.recall).toFixed(1)},${sy(p.precision).toFixed(1)}`)
        .join("");
      parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="1.6"/>`);
    }
    const ap = prAuc[name];
    const y = M.top + 10 + i * 16;
    parts.push(
      `<line x1="${M.left + PW + 10}" y1="${y}" x2="${M.left + PW + 26}" y2="${y}" stroke="${colour}" stroke-width="3"/>`,
      `<text x="${M.left + PW + 30}" y="${y + 4}" font-size="11">${escapeXml(name)}${ap == null ? "" : ` (${ap.toFixed(2)})`}</text>`,
    );
  });
  return wrap(parts);
}

/** Reliability diagram: observed positive rate against mean score per bin, with the share of rows as bars. */
export function renderReliability(title: string, bins: readonly ReliabilityBin[]): string {
  const parts = frame(title, "mean calibrated score (bin)", "observed positive rate");
  const total = bins.reduce((s, b) => s + b.n, 0) || 1;
  parts.push(`<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(1)}" y2="${sy(1)}" stroke="#999" stroke-dasharray="4 3"/>`);
  for (const b of bins) {
    const h = (b.n / total) * PH * 0.3;
    parts.push(`<rect x="${sx(b.lo) + 1}" y="${M.top + PH - h}" width="${(b.hi - b.lo) * PW - 2}" height="${h}" fill="#ccc"/>`);
  }
  const pts = bins.filter((b) => b.n > 0 && b.meanScore !== null);
  if (pts.length) {
    parts.push(
      `<path d="${pts.map((b, k) => `${k ? "L" : "M"}${sx(b.meanScore!).toFixed(1)},${sy(b.positiveRate!).toFixed(1)}`).join("")}" fill="none" stroke="#0072B2" stroke-width="2"/>`,
      ...pts.map((b) => `<circle cx="${sx(b.meanScore!).toFixed(1)}" cy="${sy(b.positiveRate!).toFixed(1)}" r="3.5" fill="#0072B2"><title>n=${b.n}</title></circle>`),
    );
  }
  const x = M.left + PW + 10;
  parts.push(
    `<line x1="${x}" y1="${M.top + 10}" x2="${x + 16}" y2="${M.top + 10}" stroke="#0072B2" stroke-width="3"/>`,
    `<text x="${x + 20}" y="${M.top + 14}" font-size="11">observed</text>`,
    `<line x1="${x}" y1="${M.top + 26}" x2="${x + 16}" y2="${M.top + 26}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<text x="${x + 20}" y="${M.top + 30}" font-size="11">perfect calibration</text>`,
    `<rect x="${x}" y="${M.top + 38}" width="16" height="10" fill="#ccc"/>`,
    `<text x="${x + 20}" y="${M.top + 47}" font-size="11">share of rows</text>`,
  );
  return wrap(parts);
}

/** Heat map of values in [0,1] (rows × columns); null cells are hatched grey. */
export function renderHeatmap(title: string, rows: readonly string[], columns: readonly string[], value: (row: string, col: string) => number | null): string {
  const cw = Math.max(64, 8 + 7 * Math.max(...columns.map((c) => c.length), 0));
  const ch = 22;
  const left = 70;
  const top = 70;
  const width = Math.max(left + cw * columns.length + 20, 20 + title.length * 8);
  const height = top + ch * rows.length + 40;
  const parts = [`<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`, `<text x="10" y="22" font-size="14" font-weight="bold">${escapeXml(title)}</text>`];
  columns.forEach((c, j) =>
    parts.push(`<text x="${left + j * cw + cw / 2}" y="${top - 8}" font-size="11" text-anchor="middle">${escapeXml(c)}</text>`),
  );
  rows.forEach((r, i) => {
    const y = top + i * ch;
    parts.push(`<text x="${left - 8}" y="${y + ch / 2 + 4}" font-size="11" text-anchor="end">${escapeXml(r)}</text>`);
    columns.forEach((c, j) => {
      const v = value(r, c);
      const x = left + j * cw;
      if (v === null) {
        parts.push(`<rect x="${x}" y="${y}" width="${cw - 2}" height="${ch - 2}" fill="#f2f2f2"/>`);
        return;
      }
      // white (0) → deep blue (1), readable text either way
      const t = Math.max(0, Math.min(1, v));
      const rgb = [255 - Math.round(t * 222), 255 - Math.round(t * 153), 255 - Math.round(t * 77)];
      parts.push(
        `<rect x="${x}" y="${y}" width="${cw - 2}" height="${ch - 2}" fill="rgb(${rgb.join(",")})"/>`,
        `<text x="${x + cw / 2 - 1}" y="${y + ch / 2 + 4}" font-size="11" text-anchor="middle" fill="${t > 0.6 ? "#fff" : "#000"}">${v.toFixed(2)}</text>`,
      );
    });
  });
  parts.push(`<text x="10" y="${height - 12}" font-size="11">Blank: the label is not annotated for this language in any natural test set.</text>`);
  return wrap(parts, width, height);
}
