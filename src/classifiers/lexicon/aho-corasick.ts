/**
 * Aho-Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
 * pass, O(text + matches). Hand-written (~60 lines) because no maintained package is installed here
 * and the algorithm is small and fully covered by its tests; a combined RegExp of thousands of
 * alternatives backtracks per position and cannot report overlapping matches.
 */
export interface AhoMatch {
  /** Index of the pattern as given to the constructor. */
  pattern: number;
  /** Start (inclusive) and end (exclusive) code-unit offsets in the searched text. */
  start: number;
  end: number;
}

export class AhoCorasick {
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending exactly at this node. */
  private readonly out: number[][] = [[]];
  /** Nearest node on the fail chain with a non-empty `out` (or -1). */
  private readonly dictLink: number[] = [-1];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((p, id) => {
      if (p.length === 0) throw new Error(`AhoCorasick: pattern ${id} is empty`);
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next = this.goto[node].get(c);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.dictLink.push(-1);
          this.goto[node].set(c, next);
        }
        node = next;
      }
      this.out[node].push(id);
    });
    // Breadth-first: fail links point to the longest proper suffix that is also a trie path.
    const queue: number[] = [];
    for (const child of this.goto[0].values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [c, child] of this.goto[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.goto[f].has(c)) f = this.fail[f];
        const target = this.goto[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child];
        this.dictLink[child] = this.out[fc].length > 0 ? fc : this.dictLink[fc];
        queue.push(child);
      }
    }
  }

  /** All (possibly overlapping) occurrences, ordered by end offset. */
  search(text: string): AhoMatch[] {
    const matches: AhoMatch[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node !== 0 && !this.goto[node].has(c)) node = this.fail[node];
      node = this.goto[node].get(c) ?? 0;
      for (let n = this.out[node].length > 0 ? node : this.dictLink[node]; n !== -1 && n !== 0; n = this.dictLink[n]) {
        for (const id of this.out[n]) matches.push({ pattern: id, start: i + 1 - this.lengths[id], end: i + 1 });
      }
    }
    return matches;
  }
}
