/**
 * Generates the per-language TFGBV functional evaluation sets (`tfgbv-func-<lang>.jsonl`) from the
 * hand-written language packs in `packs/`. Deterministic: the same packs always give the same bytes,
 * and `datasets.test.ts` checks that the committed JSONL files are in sync with this generator.
 *
 *   npx tsx eval/datasets/tfgbv-func/build.ts          # rewrite the JSONL files
 *   npx tsx eval/datasets/tfgbv-func/build.ts --check  # exit 1 if a committed file is stale
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Label } from "../../../src/taxonomy.js";
import { TFGBV_FUNC_LANGUAGES, tfgbvFuncPath, type FuncRecord, type LabelValue } from "./load.js";
import type { LangPack } from "./pack.js";
import { PACKS } from "./packs/index.js";

export const LANGUAGES = TFGBV_FUNC_LANGUAGES;
export type { FuncRecord, LabelValue };

type Labels = Record<Label, LabelValue>;

const labels = (l: Partial<Labels>, rest: LabelValue): Labels => ({
  misogyny: rest, sexual_harassment: rest, threat: rest, sextortion: rest, doxxing: rest, hate: rest, toxicity: rest,
  ...l,
});

/**
 * Label presets per functionality. Only what a case really decides is 0/1; a label the case leaves
 * open is null (masked), following DATA.md. Rationale in README.md ("Label rules").
 */
const L = {
  derog: labels({ misogyny: 1, hate: 1, toxicity: 1 }, 0),
  threatGroup: labels({ misogyny: 1, hate: 1, toxicity: 1, threat: 1, sexual_harassment: null }, 0),
  threatDirect: labels({ threat: 1, toxicity: 1, misogyny: null, hate: null, sexual_harassment: null }, 0),
  slur: labels({ misogyny: 1, toxicity: 1, hate: null, sexual_harassment: null }, 0),
  sexualHarass: labels({ sexual_harassment: 1, misogyny: 1, toxicity: 1, hate: null }, 0),
  sextortion: labels({ sextortion: 1, toxicity: 1 }, null),
  doxxing: labels({ doxxing: 1, toxicity: 1, sextortion: 0, sexual_harassment: 0 }, null),
  benign: labels({}, 0),
  benignToxicUnknown: labels({ toxicity: null }, 0),
  profanity: labels({ toxicity: 1 }, 0),
} as const;

const fill = (template: string, slots: Record<string, string>): string =>
  template.replace(/\{([GAPSQ])\}/g, (m, k: string) => slots[k] ?? m);

/** Capitalise a sentence that starts with a lowercase letter (Latin/Cyrillic templates start with `{G}`). */
const capitalise = (s: string): string => {
  const first = s.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase() ? first.toUpperCase() + s.slice(1) : s;
};

const graphemes = (s: string, lang: string): string[] =>
  [...new Intl.Segmenter(lang, { granularity: "grapheme" }).segment(s)].map((g) => g.segment);

/** Obfuscations seen in evasion: each takes one word and returns its disguised form. */
const LEET: Record<string, string> = { a: "4", e: "3", i: "1", o: "0", s: "$", t: "7" };
// Latin letters and the Cyrillic letters that look the same, both directions.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", i: "і", s: "ѕ", h: "һ", j: "ј", l: "ӏ",
};
const CYRILLIC_TO_LATIN: Record<string, string> = { а: "a", е: "e", о: "o", р: "p", с: "c", х: "x", у: "y", і: "i" };

export const OBFUSCATIONS = {
  obf_spacing_h: (w: string, lang: string) => graphemes(w, lang).filter((g) => g !== " ").join(" "),
  obf_zwsp_h: (w: string, lang: string) => graphemes(w, lang).join("\u200b"),
  obf_leet_h: (w: string) => [...w].map((c) => LEET[c] ?? c).join(""),
  obf_homoglyph_h: (w: string, _lang: string, script: string) => {
    const map = script === "Cyrl" ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
    return [...w].map((c) => map[c] ?? c).join("");
  },
  // Mask one inner grapheme ("b*tch"); a two-grapheme word gets the star between ("婊*子").
  obf_mask_h: (w: string, lang: string) => {
    const gs = graphemes(w, lang);
    if (gs.length < 2) return w;
    if (gs.length === 2) return `${gs[0]}*${gs[1]}`;
    const i = Math.floor(gs.length / 2);
    return [...gs.slice(0, i), "*", ...gs.slice(i + 1)].join("");
  },
  // Dots between graphemes ("b.i.t.c.h").
  obf_punct_h: (w: string, lang: string) => graphemes(w, lang).filter((g) => g !== " ").join("."),
  obf_charrep_h: (w: string, lang: string) => {
    // Repeat the first vowel-like grapheme three times ("stuuupid").
    const gs = graphemes(w, lang);
    const i = gs.findIndex((g) => /^[aeiouyаеёиоуыэюяөүұі]/iu.test(g));
    return i < 0 ? w : [...gs.slice(0, i + 1), gs[i], gs[i], ...gs.slice(i + 1)].join("");
  },
} as const;
type Obfuscation = keyof typeof OBFUSCATIONS;

/** Which obfuscations make sense in a script (leet and homoglyphs need Latin or Cyrillic letters). */
const obfuscationsFor = (pack: LangPack): Obfuscation[] => {
  const common: Obfuscation[] = ["obf_spacing_h", "obf_zwsp_h", "obf_mask_h", "obf_punct_h"];
  if (pack.script === "Latn") return [...common, "obf_leet_h", "obf_homoglyph_h", "obf_charrep_h"];
  if (pack.script === "Cyrl") return [...common, "obf_homoglyph_h", "obf_charrep_h"];
  return common;
};

/** Generate every case of one pack, in a fixed order. */
export function buildPackCases(pack: LangPack): FuncRecord[] {
  const out: FuncRecord[] = [];
  const counters = new Map<string, number>();
  const dataset = `tfgbv-func-${pack.lang}`;
  const add = (
    functionality: string,
    template: string,
    text: string,
    lab: Labels,
    target: string | null,
    derivedFrom?: string,
  ): FuncRecord => {
    const n = (counters.get(functionality) ?? 0) + 1;
    counters.set(functionality, n);
    const rec: FuncRecord = {
      id: `${dataset}:${pack.tag}:${functionality}:${String(n).padStart(3, "0")}`,
      text: capitalise(text.normalize("NFC").trim()),
      lang: pack.lang,
      script: pack.script,
      romanized: pack.romanized,
      dataset,
      split: "test",
      labels: { ...lab },
      target,
      functionality,
      orig: { template, pack: pack.tag, ...(derivedFrom ? { derived_from: derivedFrom } : {}) },
    };
    out.push(rec);
    return rec;
  };

  // --- Abusive, women-targeted -----------------------------------------------------------------
  const derogCases: FuncRecord[] = [];
  pack.groups.forEach((G, gi) =>
    pack.derogAdj.forEach((A, ai) => {
      const t = (gi + ai) % pack.derog.length;
      derogCases.push(add("derog_women_h", `derog.${t}`, fill(pack.derog[t], { G, A }), L.derog, "women"));
    }),
  );
  const stereotypeCases: FuncRecord[] = [];
  pack.stereotype.forEach((tpl, t) =>
    pack.groups.forEach((G) =>
      stereotypeCases.push(add("stereotype_women_h", `stereotype.${t}`, fill(tpl, { G }), L.derog, "women")),
    ),
  );
  pack.dehum.forEach((tpl, t) =>
    pack.groups.forEach((G) => add("dehum_women_h", `dehum.${t}`, fill(tpl, { G }), L.derog, "women")),
  );
  const threatCases: FuncRecord[] = [];
  pack.threatGroup.forEach((tpl, t) =>
    pack.groups.forEach((G) =>
      threatCases.push(add("threat_women_h", `threatGroup.${t}`, fill(tpl, { G }), L.threatGroup, "women")),
    ),
  );
  pack.threatDirect.forEach((s, t) => add("threat_dir_h", `threatDirect.${t}`, s, L.threatDirect, "women"));
  const slurCases: { rec: FuncRecord; frame: number; slur: string }[] = [];
  pack.slurs.forEach((S, si) =>
    pack.slurFrames.forEach((frame, fi) =>
      slurCases.push({ rec: add("slur_women_h", `slurFrames.${fi}`, fill(frame, { S }), L.slur, "women"), frame: fi, slur: S }),
    ),
  );
  pack.sexualHarass.forEach((s, t) => add("sexual_harass_h", `sexualHarass.${t}`, s, L.sexualHarass, "women"));
  pack.sextortion.forEach((s, t) => add("sextortion_h", `sextortion.${t}`, s, L.sextortion, "women"));
  pack.doxxing.forEach((s, t) => add("doxxing_h", `doxxing.${t}`, s, L.doxxing, "women"));

  // Obfuscated variants: each slur in its first frame, and two derogatory predicates, disguised.
  for (const obf of obfuscationsFor(pack)) {
    const fn = OBFUSCATIONS[obf];
    pack.slurs.forEach((S, si) => {
      const src = slurCases.find((c) => c.slur === S && c.frame === si % pack.slurFrames.length)!;
      const disguised = fn(S, pack.lang, pack.script);
      if (disguised === S) return; // nothing to disguise in this word (e.g. no homoglyph letters)
      const text = fill(pack.slurFrames[src.frame], { S: disguised });
      add(obf, `slurFrames.${src.frame}`, text, src.rec.labels, "women", src.rec.id);
    });
    [0, 1].forEach((k) => {
      const gi = k;
      const ai = (k * 2 + 1) % pack.derogAdj.length;
      const src = derogCases[gi * pack.derogAdj.length + ai];
      const t = (gi + ai) % pack.derog.length;
      const disguised = fn(pack.derogAdj[ai], pack.lang, pack.script);
      if (disguised === pack.derogAdj[ai]) return;
      const text = fill(pack.derog[t], { G: pack.groups[gi], A: disguised });
      add(obf, `derog.${t}`, text, src.labels, "women", src.id);
    });
  }

  // --- Non-abusive contrasts (hard negatives) -------------------------------------------------------
  pack.neutral.forEach((tpl, t) =>
    pack.groups.forEach((G) => add("ident_neutral_nh", `neutral.${t}`, fill(tpl, { G }), L.benign, "women")),
  );
  pack.groups.forEach((G, gi) =>
    pack.posAdj.forEach((P, pi) => {
      const t = (gi + pi) % pack.positive.length;
      add("ident_pos_nh", `positive.${t}`, fill(pack.positive[t], { G, P }), L.benign, "women");
    }),
  );
  pack.groups.forEach((G, gi) =>
    pack.negate.forEach((tpl, t) => {
      const A = pack.derogAdj[(gi + t) % pack.derogAdj.length];
      add("negate_neg_nh", `negate.${t}`, fill(tpl, { G, A }), L.benign, "women");
    }),
  );
  // Quote real abusive cases of this pack: two derogations, a stereotype, a group threat and a slur.
  const quoted = [derogCases[0], derogCases[5], stereotypeCases[2], threatCases[0], slurCases[0].rec];
  pack.counter.forEach((frame, t) =>
    quoted.forEach((q) => {
      const Q = q.text.replace(/[.!。！।។]+$/u, "");
      add("counter_quote_nh", `counter.${t}`, fill(frame, { Q }), L.benignToxicUnknown, "women", q.id);
    }),
  );
  pack.survivor.forEach((s, t) => add("survivor_report_nh", `survivor.${t}`, s, L.benign, "women"));
  pack.news.forEach((s, t) => add("news_nh", `news.${t}`, s, L.benign, "women"));
  pack.helpline.forEach((s, t) => add("helpline_nh", `helpline.${t}`, s, L.benign, "women"));
  pack.benignPhoto.forEach((s, t) => add("benign_photo_nh", `benignPhoto.${t}`, s, L.benign, "none"));
  pack.benignContact.forEach((s, t) => add("benign_contact_nh", `benignContact.${t}`, s, L.benign, "none"));
  pack.profanity.forEach((s, t) => add("profanity_nh", `profanity.${t}`, s, L.profanity, "none"));
  pack.nonprotected.forEach((s, t) =>
    add("nonprotected_target_nh", `nonprotected.${t}`, s, L.benignToxicUnknown, "other"),
  );
  pack.neutralWord.forEach((s, t) => add("neutral_word_nh", `neutralWord.${t}`, s, L.benign, "none"));
  pack.reclaimed.forEach((s, t) => add("reclaimed_nh", `reclaimed.${t}`, s, L.benignToxicUnknown, "women"));
  return out;
}

/** All cases per language (several packs of one language share a file). */
export function buildAll(packs: readonly LangPack[] = PACKS): Map<string, FuncRecord[]> {
  const byLang = new Map<string, FuncRecord[]>();
  for (const pack of packs) byLang.set(pack.lang, [...(byLang.get(pack.lang) ?? []), ...buildPackCases(pack)]);
  return byLang;
}

export const datasetPath = tfgbvFuncPath;

/** Serialise records as JSON Lines with a fixed key order (the record format's order). */
export const toJsonl = (records: readonly FuncRecord[]): string =>
  records.map((r) => JSON.stringify(r)).join("\n") + "\n";

function main(): void {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [lang, records] of buildAll()) {
    const body = toJsonl(records);
    const path = datasetPath(lang);
    if (check) {
      let current = "";
      try {
        current = readFileSync(path, "utf8");
      } catch {
        /* missing counts as stale */
      }
      if (current !== body) {
        stale++;
        console.error(`stale: ${path}`);
      }
    } else {
      writeFileSync(path, body);
    }
    const abusive = records.filter((r) => r.functionality.endsWith("_h")).length;
    console.log(`${lang}\t${records.length} cases\t${abusive} abusive\t${records.length - abusive} non-abusive`);
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
