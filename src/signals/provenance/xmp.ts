/**
 * XMP fields that bear on provenance: IPTC DigitalSourceType (Iptc4xmpExt), CreatorTool, and the C2PA
 * remote-manifest pointer (dcterms:provenance). Regular expressions over the packet text, written to run in
 * linear time (bounded character classes, no nested quantifiers); packets are capped by the walker.
 */
export interface XmpFields {
  digitalSourceType?: string;
  creatorTool?: string;
  /** URL of a C2PA manifest stored elsewhere (not fetched: the service is offline). */
  provenanceUrl?: string;
}

const MAX_VALUE = 512;

function findProperty(xmp: string, name: string): string | undefined {
  // attribute form: prefix:Name="value"
  const attr = new RegExp(`[\\w-]{1,40}:${name}\\s{0,8}=\\s{0,8}(?:"([^"]{1,${MAX_VALUE}})"|'([^']{1,${MAX_VALUE}})')`).exec(xmp);
  if (attr) return attr[1] ?? attr[2];
  // element form: <prefix:Name rdf:resource="value"/> or <prefix:Name>value</prefix:Name>
  const res = new RegExp(`<[\\w-]{1,40}:${name}\\s{1,8}rdf:resource\\s{0,8}=\\s{0,8}["']([^"']{1,${MAX_VALUE}})["']`).exec(xmp);
  if (res) return res[1];
  const el = new RegExp(`<[\\w-]{1,40}:${name}>\\s{0,64}(?:<rdf:Alt>\\s{0,64}<rdf:li[^>]{0,200}>)?([^<]{1,${MAX_VALUE}})<`).exec(xmp);
  return el ? el[1] : undefined;
}

const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!).trim();

export function parseXmp(packets: readonly string[]): XmpFields | null {
  const out: XmpFields = {};
  for (const xmp of packets) {
    out.digitalSourceType ??= findProperty(xmp, "DigitalSourceType");
    out.creatorTool ??= findProperty(xmp, "CreatorTool");
    out.provenanceUrl ??= findProperty(xmp, "provenance");
  }
  for (const k of Object.keys(out) as (keyof XmpFields)[]) {
    const v = out[k];
    if (v === undefined || !decodeEntities(v)) delete out[k];
    else out[k] = decodeEntities(v);
  }
  return Object.keys(out).length ? out : null;
}
