/**
 * `--compare A B`: per label × language × dataset deltas between two reports, marking the ones where
 * B's value lies outside A's bootstrap 95% interval (a change the resampling noise does not explain).
 */
import { readFileSync } from "node:fs";
import type { Interval } from "./bootstrap.js";
import type { Cell } from "./evaluate.js";
import type { Report } from "./report.js";

export interface CellDelta {
  dataset: string;
  group: string;
  lang: string;
  label: string;
  n: number;
  f1: { a: number | null; b: number | null; delta: number | null; outside: boolean };
  rocAuc: { a: number | null; b: number | null; delta: number | null; outside: boolean };
  /** B is worse than A on F1 or ROC-AUC beyond A's interval. */
  regression: boolean;
}

const outsideOf = (b: number | null, ci: Interval | null | undefined) => b !== null && !!ci && (b < ci.lo || b > ci.hi);

function diff(a: number | null, b: number | null, ciA: Interval | null | undefined) {
  return { a, b, delta: a !== null && b !== null ? b - a : null, outside: outsideOf(b, ciA) };
}

const keyOf = (c: Cell) => `${c.dataset}|${c.lang}|${c.label}`;

export function compareReports(a: Pick<Report, "cells" | "byLanguage">, b: Pick<Report, "cells" | "byLanguage">): CellDelta[] {
  const bCells = new Map([...b.cells, ...b.byLanguage].map((c) => [keyOf(c), c]));
  const out: CellDelta[] = [];
  for (const ca of [...a.cells, ...a.byLanguage]) {
    const cb = bCells.get(keyOf(ca));
    if (!cb) continue;
    const f1 = diff(ca.metrics.f1, cb.metrics.f1, ca.ci?.f1);
    const rocAuc = diff(ca.metrics.rocAuc, cb.metrics.rocAuc, ca.ci?.rocAuc);
    out.push({
      dataset: ca.dataset,
      group: ca.group,
      lang: ca.lang,
      label: ca.label,
      n: cb.metrics.n,
      f1,
      rocAuc,
      regression: (f1.outside && (f1.delta ?? 0) < 0) || (rocAuc.outside && (rocAuc.delta ?? 0) < 0),
    });
  }
  return out;
}

export function readReport(path: string): Report {
  const r = JSON.parse(readFileSync(path.endsWith(".json") ? path : `${path}/report.json`, "utf8")) as Report;
  if (!Array.isArray(r.cells)) throw new Error(`${path}: not an evaluation report (no cells)`);
  return r;
}

const s = (x: number | null, signed = false) => (x === null ? "   –  " : `${signed && x >= 0 ? "+" : ""}${x.toFixed(3)}`);

/** Plain-text table for the terminal; `*` marks a delta outside A's 95% CI, `!` a regression. */
export function formatDeltas(deltas: readonly CellDelta[]): string {
  const header = ["dataset".padEnd(24), "lang", "label".padEnd(18), "n".padStart(6), " F1 A ", " F1 B ", "  ΔF1  ", " AUC A", " AUC B", "  ΔAUC "];
  const lines = [header.join(" ")];
  for (const d of deltas) {
    lines.push(
      [
        d.dataset.padEnd(24).slice(0, 24),
        d.lang.padEnd(4),
        d.label.padEnd(18),
        String(d.n).padStart(6),
        s(d.f1.a),
        s(d.f1.b),
        `${s(d.f1.delta, true)}${d.f1.outside ? "*" : " "}`,
        s(d.rocAuc.a),
        s(d.rocAuc.b),
        `${s(d.rocAuc.delta, true)}${d.rocAuc.outside ? "*" : " "}`,
        d.regression ? "!" : "",
      ].join(" "),
    );
  }
  const regressions = deltas.filter((d) => d.regression);
  lines.push("", `* outside A's 95% bootstrap interval; ! regression. ${regressions.length} regression(s) of ${deltas.length} cells.`);
  return lines.join("\n");
}
