/**
 * Small L2-regularised logistic regression fitted by Newton's method (IRLS). Used offline to fit Platt
 * calibration (one feature) and per-label stackers (a few features) on the dev split. Written here because the
 * problem is a handful of features and a closed-form Newton step; a numeric library would add far more than it saves.
 */
export interface LogisticFit {
  bias: number;
  weights: number[];
  iterations: number;
  logLoss: number;
}

export interface LogisticOptions {
  /** A fixed term added to each row's logit (e.g. an already fitted model's logit, when only new weights are fitted). */
  offset?: readonly number[];
  /** Fit an intercept (default true); false keeps it at 0. */
  fitBias?: boolean;
}

/**
 * X: rows of features; y: 0/1. Returns weights minimising mean log-loss + (l2/2n)·|w|² (bias not penalised), with
 * p = σ(offset + bias + w·x).
 */
export function fitLogistic(X: readonly number[][], y: readonly number[], l2 = 1e-2, maxIter = 50, opts: LogisticOptions = {}): LogisticFit {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const k = d + 1; // bias at index 0
  const offset = opts.offset;
  const fitBias = opts.fitBias ?? true;
  let beta = new Array<number>(k).fill(0);
  const pos = y.reduce((a, b) => a + b, 0);
  if (fitBias && !offset) beta[0] = Math.log((pos + 0.5) / (n - pos + 0.5));
  let it = 0;
  for (; it < maxIter; it++) {
    const grad = new Array<number>(k).fill(0);
    const H = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = [1, ...X[i]];
      let z = offset ? offset[i] : 0;
      for (let j = 0; j < k; j++) z += beta[j] * xi[j];
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < k; a++) {
        grad[a] += (p - y[i]) * xi[a];
        for (let b = a; b < k; b++) H[a][b] += w * xi[a] * xi[b];
      }
    }
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < a; b++) H[a][b] = H[b][a];
      if (a > 0) {
        grad[a] += l2 * beta[a];
        H[a][a] += l2;
      }
    }
    if (!fitBias) {
      // the intercept stays at 0: no gradient, and an identity row/column so the Newton step leaves it alone
      grad[0] = 0;
      for (let a = 0; a < k; a++) H[0][a] = H[a][0] = 0;
      H[0][0] = 1;
    }
    // Damped Newton: halve the step until the penalised loss does not rise (separable data otherwise overshoots).
    const step = solve(H, grad);
    const objective = (b: number[]) => logLoss(X, y, b[0], b.slice(1), offset) * n + (l2 / 2) * b.slice(1).reduce((a, w) => a + w * w, 0);
    const before = objective(beta);
    let scale = 1;
    let next = beta.map((b, j) => b - step[j]);
    while (scale > 1e-4 && !(objective(next) <= before + 1e-12)) {
      scale /= 2;
      next = beta.map((b, j) => b - scale * step[j]);
    }
    let maxStep = 0;
    for (let j = 0; j < k; j++) maxStep = Math.max(maxStep, Math.abs(next[j] - beta[j]));
    beta = next;
    if (maxStep < 1e-7) break;
  }
  return { bias: beta[0], weights: beta.slice(1), iterations: it, logLoss: logLoss(X, y, beta[0], beta.slice(1), offset) };
}

export function logLoss(X: readonly number[][], y: readonly number[], bias: number, weights: readonly number[], offset?: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < X.length; i++) {
    let z = bias + (offset ? offset[i] : 0);
    for (let j = 0; j < weights.length; j++) z += weights[j] * X[i][j];
    const p = Math.min(1 - 1e-12, Math.max(1e-12, 1 / (1 + Math.exp(-z))));
    s -= y[i] ? Math.log(p) : Math.log(1 - p);
  }
  return s / Math.max(1, X.length);
}

/** Gaussian elimination with partial pivoting (k ≤ ~10). */
function solve(A: number[][], b: number[]): number[] {
  const k = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    const d = M[c][c] || 1e-12;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = M[r][c] / d;
      if (f !== 0) for (let j = c; j <= k; j++) M[r][j] -= f * M[c][j];
    }
  }
  return M.map((row, i) => row[k] / (row[i] || 1e-12));
}
