import type { Label } from "../../taxonomy.js";
import type { ClassifierResult, PreparedText, Span, TextClassifier } from "../types.js";
import type { ContextData, DoxxingData, MisogynyData, SextortionData, SexualHarassmentData, ThreatData } from "./cue-data.js";
import { CueMatcher } from "./cue-matcher.js";
import type { FiredRule } from "./evidence.js";

/**
 * What both rule detectors share: cue lists compiled once, one label, and verdict spans built from the
 * evidence of the rules that fired (once the score reaches the data file's `span_min_score`).
 * A detector supplies only `analyse`, its evidence combination.
 */
export abstract class RuleDetector<A extends { score: number; rules: FiredRule[]; affirmed?: readonly { start: number; end: number }[] }, D extends SextortionData | DoxxingData | MisogynyData | ThreatData | SexualHarassmentData>
  implements TextClassifier
{
  readonly id: string;
  readonly version: string;
  readonly labels: readonly Label[];
  protected readonly cues: CueMatcher;
  protected readonly context: CueMatcher;
  protected readonly scoring: D["scoring"];

  constructor(
    private readonly label: Label,
    data: D,
    context: ContextData,
    /** The category lists the subclass matches separately (CueMatcher `subsets`); default: all at once. */
    subsets?: readonly (readonly string[] | undefined)[],
  ) {
    this.id = data.id;
    this.version = `${data.version}+${context.version}`;
    this.labels = [label];
    this.cues = new CueMatcher(data.cues, subsets);
    this.context = new CueMatcher(context.cues);
    this.scoring = data.scoring;
  }

  abstract analyse(prepared: PreparedText): A;

  async classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]> {
    return texts.map((t) => this.toResult(this.analyse(t)));
  }

  private toResult(a: A): ClassifierResult {
    const spans: Span[] = [];
    if (a.score >= this.scoring.span_min_score) {
      const seen = new Set<string>();
      for (const r of a.rules) {
        for (const e of r.evidence) {
          const key = `${e.start}:${e.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          spans.push({ start: e.start, end: e.end, label: this.label, weight: a.score, source: this.id });
        }
      }
      spans.sort((x, y) => x.start - y.start);
    }
    const counter = a.affirmed
      ?.filter((h, i, all) => all.findIndex((o) => o.start === h.start && o.end === h.end) === i)
      .map(({ start, end }) => ({ start, end }));
    return counter?.length ? { scores: { [this.label]: a.score }, spans, counter } : { scores: { [this.label]: a.score }, spans };
  }
}
