/**
 * A progress bar on stderr (never stdout, so reports can be piped). On a terminal it redraws one
 * line; otherwise it prints a line every 10% so CI logs stay short.
 */
import type { ProgressSink } from "./evaluate.js";

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let total = 0;
  let done = 0;
  let what = "";
  let started = 0;
  let lastDecile = -1;
  let lastDraw = 0;
  const draw = (force = false) => {
    const now = performance.now();
    const frac = total ? done / total : 1;
    const rate = done / Math.max((now - started) / 1000, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const line = `${what} ${done}/${total} (${(frac * 100).toFixed(1)}%) ${rate.toFixed(0)} texts/s, eta ${eta.toFixed(0)} s`;
    if (stream.isTTY) {
      if (!force && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round(frac * width);
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${line}\x1b[K`);
    } else {
      const decile = Math.floor(frac * 10);
      if (decile !== lastDecile || force) {
        lastDecile = decile;
        stream.write(`${line}\n`);
      }
    }
  };
  return {
    start(n, label) {
      total = n;
      done = 0;
      what = label;
      started = performance.now();
      lastDecile = -1;
      draw(true);
    },
    tick(n) {
      done += n;
      draw();
    },
    done() {
      if (stream.isTTY) {
        draw(true);
        stream.write("\n");
      } else if (lastDecile !== 10) draw(true);
    },
  };
}
