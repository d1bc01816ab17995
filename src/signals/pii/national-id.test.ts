import { describe, expect, it } from "vitest";
import { isVerhoeffValid } from "./checksums.js";
import { nationalIdDetector } from "./national-id.js";

/** Test vectors: published examples (CPF, GB 11643, NIR, SNILS, INN) or computed with an independent Python script. */
const kinds = (text: string) => nationalIdDetector.detect(text).map((s) => s.kind);
const only = (text: string) => {
  const spans = nationalIdDetector.detect(text);
  expect(spans).toHaveLength(1);
  return { ...spans[0], value: text.slice(spans[0].start, spans[0].end) };
};

describe("checksums", () => {
  it("Verhoeff accepts the textbook example and rejects a transposition", () => {
    expect(isVerhoeffValid("2363")).toBe(true);
    expect(isVerhoeffValid("2633")).toBe(false);
  });
});

describe("nationalIdDetector", () => {
  it.each([
    ["주민번호 900101-1234568", "kr_rrn", "900101-1234568", "checksum"],
    ["aadhaar 2341 2341 2346 hai", "in_aadhaar", "2341 2341 2346", "checksum"],
    ["PAN ABCPE1234F", "in_pan", "ABCPE1234F", "structure"],
    ["NIK 3201234509870001", "id_nik", "3201234509870001", "structure"],
    ["CNIC 35202-1234567-1", "pk_cnic", "35202-1234567-1", "structure"],
    ["meu CPF é 529.982.247-25", "br_cpf", "529.982.247-25", "checksum"],
    ["身份证号11010519491231002X", "cn_resident_id", "11010519491231002X", "checksum"],
    ["số CCCD 001090123456", "vn_cccd", "001090123456", "structure"],
    ["เลขบัตรประชาชน 1-1017-00207-03-0", "th_citizen_id", "1-1017-00207-03-0", "checksum"],
    ["ИИН 900101300126", "kz_iin", "900101300126", "checksum"],
    ["СНИЛС 112-233-445 95", "ru_snils", "112-233-445 95", "checksum"],
    ["n° sécu 2 69 05 49 588 157 80", "fr_nir", "2 69 05 49 588 157 80", "checksum"],
    ["ПИН 21503199012345", "kg_pin", "21503199012345", "structure"],
    ["KRA PIN A123456789Z", "ke_kra_pin", "A123456789Z", "structure"],
  ])("finds a valid id in %j", (text, kind, value, evidence) => {
    const span = only(text);
    expect(span).toMatchObject({ kind, value, evidence, type: "national_id" });
    expect(span.confidence).toBeGreaterThan(0.6);
  });

  it.each([
    ["900101-1234568", "901301-1234568"], // month 13
    ["2341 2341 2346", "2341 2341 2347"], // Verhoeff
    ["529.982.247-25", "529.982.247-26"], // CPF check digit
    ["11010519491231002X", "110105194912310021"], // GB 11643 check char
    ["1101700207030", "1101700207031"], // Thai mod 11
    ["900101300126", "900101300127"], // IIN mod 11
    ["2 69 05 49 588 157 80", "2 69 05 49 588 157 81"], // NIR key
    ["3201234509870001", "9901234509870001"], // NIK province 99 does not exist
  ])("accepts %s but rejects the corrupted %s", (valid, invalid) => {
    expect(nationalIdDetector.detect(`id ${valid}`).length).toBeGreaterThan(0);
    expect(nationalIdDetector.detect(`id ${invalid}`)).toEqual([]);
  });

  it("rejects all-equal CPF and a PAN with an unknown holder type", () => {
    expect(kinds("111.111.111-11")).not.toContain("br_cpf");
    expect(kinds("ABCXE1234F")).toEqual([]);
  });

  it("gives a post-2020 Korean RRN (no check digit) structure-level confidence, below a checksummed one", () => {
    const random = only("900101-1234567");
    const checked = only("900101-1234568");
    expect(random.evidence).toBe("structure");
    expect(random.confidence).toBeLessThan(checked.confidence);
  });

  it.each([
    ["ID no 12345678", "ke_national_id"],
    ["NID 1234567890", "bd_nid"],
    ["नागरिकता नं. २७-०१-७१-०१२३४", "np_citizenship"],
    ["PhilSys 1234-5678-9012-3456", "ph_id"],
    ["паспорт 45 06 123456", "ru_passport"],
  ])("needs a cue word for generic shapes: %j", (text, kind) => {
    expect(kinds(text)).toContain(kind);
    expect(kinds(text.replace(/^\S+(\s(no|नं\.))?\s/u, "order "))).not.toContain(kind);
  });

  it("finds nothing in ordinary numbers", () => {
    expect(nationalIdDetector.detect("I paid 12345678 rupiah on 2024-05-01 at 10:30")).toEqual([]);
  });
});
