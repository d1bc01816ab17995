import { describe, expect, it } from "vitest";
import type { EntryRecord } from "./bank-store.js";
import { EntryBatch } from "./entry-batch.js";
import { validateEntries, validateEntryInto } from "./entry-validation.js";

const A = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
const B = "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff";

describe("EntryBatch", () => {
  it("round-trips records through its columns, growing as needed", () => {
    const records: EntryRecord[] = [
      { pdq: A, quality: 90, md5: null, sha256: null, metadataJson: '{"source":"x"}' },
      { pdq: null, quality: null, md5: "900150983cd24fb0d6963f7d28e17f72", sha256: null, metadataJson: null },
      { pdq: B, quality: 0, md5: null, sha256: "a".repeat(64), metadataJson: null },
    ];
    const batch = EntryBatch.from(records);
    expect(batch.length).toBe(3);
    expect([0, 1, 2].map((i) => batch.record(i))).toEqual(records);
    expect(() => EntryBatch.from([{ ...records[0], pdq: "zz" }])).toThrow(RangeError);
  });

  it("validation fills a batch with valid entries only, lower-cased, and lists every problem", () => {
    const batch = validateEntries([{ pdq: A.toUpperCase(), quality: 100, metadata: { a: 1 } }, { md5: "900150983CD24FB0D6963F7D28E17F72" }]);
    expect([0, 1].map((i) => batch.record(i))).toEqual([
      { pdq: A, quality: 100, md5: null, sha256: null, metadataJson: '{"a":1}' },
      { pdq: null, quality: null, md5: "900150983cd24fb0d6963f7d28e17f72", sha256: null, metadataJson: null },
    ]);
    let issues: unknown;
    try {
      validateEntries([{ pdq: A }, { pdq: `${A.slice(1)}g`, quality: 101 }, {}]);
    } catch (err) {
      issues = (err as { issues: unknown }).issues;
    }
    expect(issues).toEqual([
      { path: "entries.1.pdq", message: "must be 64 hex digits; found a non-hex character" },
      { path: "entries.1.quality", message: "quality must be an integer 0..100" },
      { path: "entries.2", message: "an entry needs at least one of pdq, md5, sha256" },
    ]);
  });

  it("an invalid entry leaves no trace in the batch (its PDQ slot is reused)", () => {
    const batch = validateEntries([{ pdq: A }]);
    const issues: { path: string; message: string }[] = [];
    // a PDQ that parses but comes with a bad quality must not be committed
    expect(validateEntryInto(batch, { pdq: B, quality: -1 }, "", issues)).toBe(false);
    expect(validateEntryInto(batch, { md5: "900150983cd24fb0d6963f7d28e17f72" }, "", issues)).toBe(true);
    expect(batch.length).toBe(2);
    expect(batch.record(1).pdq).toBeNull();
    expect(batch.hasPdq[1]).toBe(0);
    expect([...batch.pdqWords.subarray(8, 16)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
