import { describe, expect, it } from "vitest";
import { detectImportFormat, parseBankImport } from "./importers.js";

const A = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
const B = "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff";
const MD5 = "900150983cd24fb0d6963f7d28e17f72";

describe("bank importers", () => {
  it("reads JSONL with flat extra fields as metadata", () => {
    const r = parseBankImport(`{"pdq":"${A.toUpperCase()}","quality":80,"source":"police","metadata":{"caseId":"k-1"}}\n{"md5":"${MD5}"}\n`, "auto");
    expect(r.format).toBe("jsonl");
    expect(r.entries).toEqual([
      { record: 1, entry: { pdq: A, quality: 80, metadata: { source: "police", caseId: "k-1" } } },
      { record: 2, entry: { md5: MD5 } },
    ]);
  });

  it("reads CSV with a header (other columns become metadata) and headerless hash lists", () => {
    const r = parseBankImport(`pdq,quality,case_id\n${A},100,c1\n${B},,c2\n`, "auto");
    expect(r.format).toBe("csv");
    expect(r.entries).toEqual([
      { record: 2, entry: { pdq: A, quality: 100, metadata: { case_id: "c1" } } },
      { record: 3, entry: { pdq: B, metadata: { case_id: "c2" } } },
    ]);
    const bare = parseBankImport(`${A}\n${B},70\n`, "csv");
    expect(bare.entries.map((e) => e.entry)).toEqual([{ pdq: A }, { pdq: B, quality: 70 }]);
    expect(parseBankImport("name,colour\nx,y\n", "csv").errors[0].message).toMatch(/no hash column/);
  });

  it("reads the ThreatExchange Graph API shape", () => {
    const doc = {
      data: [
        { id: "111", type: "HASH_PDQ", indicator: A, should_delete: false, tags: ["ncii"], last_updated: 1700000000 },
        { id: "112", raw_indicator: B, type: "HASH_PDQ", status: "MALICIOUS", owner: { id: "9", name: "Org" } },
        { id: "113", indicator: { indicator: MD5, type: "HASH_MD5" } },
        { id: "114", type: "HASH_PDQ", indicator: A, should_delete: true },
        { id: "115", type: "URI", indicator: "https://example.org" },
      ],
      paging: {},
    };
    const r = parseBankImport(JSON.stringify(doc, null, 2), "auto");
    expect(r.format).toBe("threatexchange");
    expect(r.skipped).toBe(2);
    expect(r.entries.map((e) => e.entry)).toEqual([
      { pdq: A, metadata: { source: "threatexchange", threatexchangeId: "111", tags: ["ncii"], last_updated: 1700000000 } },
      { pdq: B, metadata: { source: "threatexchange", threatexchangeId: "112", status: "MALICIOUS", owner: "Org" } },
      { md5: MD5, metadata: { source: "threatexchange", threatexchangeId: "113" } },
    ]);
  });

  it("reads the StopNCII FetchHashes shape, skipping withdrawn and deleted hashes", () => {
    const doc = {
      count: 4,
      nextPageToken: "",
      hasMoreRecords: false,
      hashRecords: [
        { lastModtimestamp: 1700000000, signalType: "ImagePDQ", hashValue: A, hashStatus: "Active", caseNumbers: { "case-1": "Active" } },
        { lastModtimestamp: 1700000001, signalType: "ImagePDQ", hashValue: B, hashStatus: "Withdrawn", caseNumbers: {} },
        { lastModtimestamp: 1700000002, signalType: "VideoMD5", hashValue: MD5, hashStatus: "Received", caseNumbers: {} },
        { lastModtimestamp: 1700000003, signalType: "ImagePDQ", hashStatus: "Active" },
      ],
    };
    const r = parseBankImport(JSON.stringify(doc), "auto");
    expect(r.format).toBe("stopncii");
    expect(r.skipped).toBe(1);
    expect(r.errors).toEqual([{ record: 4, message: "no hashValue" }]);
    expect(r.entries[0].entry).toEqual({
      pdq: A,
      metadata: { source: "stopncii", hashStatus: "Active", caseNumbers: ["case-1"], lastModtimestamp: 1700000000 },
    });
    expect(r.entries[1].entry.md5).toBe(MD5);
  });

  it("detects formats and reports an envelope without its array", () => {
    expect(detectImportFormat(`{"pdq":"${A}"}\n{"pdq":"${B}"}`)).toBe("jsonl");
    expect(detectImportFormat(`pdq\n${A}`)).toBe("csv");
    expect(parseBankImport('{"something": 1}', "stopncii").errors[0].message).toMatch(/hashRecords/);
    expect(parseBankImport("{", "threatexchange").errors[0].message).toMatch(/not valid JSON/);
  });
});
