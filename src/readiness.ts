/**
 * Tracks components that load asynchronously at start (models, bank indexes).
 * `/readyz` is 503 with the reasons until every required component is ready; an optional component
 * that fails is reported but does not hold readiness back (its verdict entries carry an error instead).
 */
export type ComponentState =
  | { state: "loading"; required: boolean }
  | { state: "ready"; required: boolean; ms: number }
  | { state: "failed"; required: boolean; reason: string };

export class Readiness {
  private readonly components = new Map<string, ComponentState>();
  private readonly pending = new Set<Promise<unknown>>();

  /** Registers a loading component; returns the promise, settled state recorded. */
  track<T>(name: string, load: Promise<T>, opts: { required?: boolean; onChange?: (ready: boolean) => void } = {}): Promise<T> {
    const required = opts.required ?? true;
    const start = performance.now();
    this.components.set(name, { state: "loading", required });
    const p = load.then(
      (v) => {
        this.components.set(name, { state: "ready", required, ms: Math.round(performance.now() - start) });
        opts.onChange?.(true);
        return v;
      },
      (e: unknown) => {
        this.components.set(name, { state: "failed", required, reason: String((e as Error)?.message ?? e) });
        opts.onChange?.(false);
        throw e;
      },
    );
    const settled = p.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return p;
  }

  get isReady(): boolean {
    for (const c of this.components.values()) if (c.required && c.state !== "ready") return false;
    return true;
  }

  /** Reasons readiness is not reached, one per component that is loading or failed. */
  reasons(): string[] {
    const out: string[] = [];
    for (const [name, c] of this.components) {
      if (c.state === "loading") out.push(`${name}: loading`);
      else if (c.state === "failed") out.push(`${name}: failed (${c.reason})`);
    }
    return out;
  }

  snapshot(): Record<string, ComponentState> {
    return Object.fromEntries(this.components);
  }

  /** Resolves when every tracked load has settled (ready or failed). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
