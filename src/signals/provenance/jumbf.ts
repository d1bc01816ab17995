/**
 * JUMBF (ISO/IEC 19566-5) box reader: the container format of C2PA manifest stores.
 * A superbox `jumb` starts with a description box `jumd` (type UUID, toggles, optional label/id/signature)
 * followed by content boxes (`cbor`, `json`, `bidb`, `bfdb`, `uuid`, ...) or nested superboxes.
 * Bounded by depth and box count; never reads outside the buffer.
 */
import { indexOfNul, ProvenanceParseError, u32be, ascii, type ProvenanceLimits } from "./limits.js";

export interface JumbfBox {
  /** Four-character box type: "jumb" for superboxes, else the content type. */
  type: string;
  /** jumd label of a superbox (e.g. "c2pa", "c2pa.assertions", "c2pa.actions.v2"). */
  label?: string;
  /** jumd type UUID of a superbox, hex. */
  uuid?: string;
  /** Content boxes of a superbox, in order. */
  children?: JumbfBox[];
  /** Payload of a content box. */
  data?: Uint8Array;
}

const utf8 = new TextDecoder("utf-8");

/** Parse every box in `bytes` (normally one `jumb` superbox: the manifest store). */
export function parseJumbf(bytes: Uint8Array, limits: ProvenanceLimits): JumbfBox[] {
  const state = { boxes: 0 };
  return parseBoxes(bytes, 0, bytes.length, 0, limits, state);
}

function parseBoxes(b: Uint8Array, start: number, end: number, depth: number, limits: ProvenanceLimits, state: { boxes: number }): JumbfBox[] {
  if (depth > limits.maxJumbfDepth) throw new ProvenanceParseError("jumbf", `nesting deeper than ${limits.maxJumbfDepth}`);
  const out: JumbfBox[] = [];
  let pos = start;
  while (pos + 8 <= end) {
    if (++state.boxes > limits.maxJumbfBoxes) throw new ProvenanceParseError("jumbf", `more than ${limits.maxJumbfBoxes} boxes`);
    let size = u32be(b, pos);
    const type = ascii(b, pos + 4, pos + 8);
    let header = 8;
    if (size === 1) {
      if (pos + 16 > end) throw new ProvenanceParseError("jumbf", "truncated XLBox");
      if (u32be(b, pos + 8) !== 0) throw new ProvenanceParseError("jumbf", "box larger than 4 GiB");
      size = u32be(b, pos + 12);
      header = 16;
    } else if (size === 0) {
      size = end - pos;
    }
    if (size < header || pos + size > end) throw new ProvenanceParseError("jumbf", `box ${JSON.stringify(type)} of ${size} bytes overruns its parent`);
    const bodyStart = pos + header;
    const bodyEnd = pos + size;
    if (type === "jumb") out.push(parseSuperbox(b, bodyStart, bodyEnd, depth, limits, state));
    else out.push({ type, data: b.subarray(bodyStart, bodyEnd) });
    pos = bodyEnd;
  }
  return out;
}

function parseSuperbox(b: Uint8Array, start: number, end: number, depth: number, limits: ProvenanceLimits, state: { boxes: number }): JumbfBox {
  // first child must be the description box
  if (start + 8 > end || ascii(b, start + 4, start + 8) !== "jumd") throw new ProvenanceParseError("jumbf", "superbox without description box");
  const dSize = u32be(b, start);
  const dEnd = start + dSize;
  if (dSize < 8 + 17 || dEnd > end) throw new ProvenanceParseError("jumbf", "malformed description box");
  const uuid = Array.from(b.subarray(start + 8, start + 24), (x) => x.toString(16).padStart(2, "0")).join("");
  const toggles = b[start + 24]!;
  let label: string | undefined;
  if (toggles & 0x02) {
    const nul = indexOfNul(b, start + 25, dEnd);
    if (nul < 0) throw new ProvenanceParseError("jumbf", "unterminated label");
    label = utf8.decode(b.subarray(start + 25, nul));
  }
  const children = parseBoxes(b, dEnd, end, depth + 1, limits, state);
  return { type: "jumb", uuid, label, children };
}

/** The direct child superbox with this label (C2PA labels may carry a "__N" instance suffix; exact match here). */
export const childByLabel = (box: JumbfBox, label: string) => box.children?.find((c) => c.type === "jumb" && c.label === label);
/** The first content box of a superbox (its payload). */
export const contentOf = (box: JumbfBox) => box.children?.find((c) => c.type !== "jumb" && c.type !== "jumd");
