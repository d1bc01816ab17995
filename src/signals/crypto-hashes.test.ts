import { describe, expect, it } from "vitest";
import { cryptoHashes, MD5_HEX_RE, SHA256_HEX_RE } from "./crypto-hashes.js";

describe("cryptoHashes", () => {
  it("matches the published test vectors", () => {
    expect(cryptoHashes(new TextEncoder().encode("abc"))).toEqual({
      md5: "900150983cd24fb0d6963f7d28e17f72",
      sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    });
    const empty = cryptoHashes(new Uint8Array(0));
    expect(empty.md5).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(empty.md5).toMatch(MD5_HEX_RE);
    expect(empty.sha256).toMatch(SHA256_HEX_RE);
  });

  it("hashes only the view's bytes of a subarray", () => {
    const buf = new TextEncoder().encode("xxabcxx");
    expect(cryptoHashes(buf.subarray(2, 5)).md5).toBe("900150983cd24fb0d6963f7d28e17f72");
  });
});
