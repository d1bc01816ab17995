/**
 * Hash banks over HTTP: create/list/update/delete banks, add/import/delete entries, and match
 * hashes. Handlers parse, call BankService, map the result; all logic lives in src/banks.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { BankService } from "../../banks/bank-service.js";
import { IMPORT_FORMATS } from "../../banks/importers.js";
import { PDQ_DEFAULT_MATCH_DISTANCE, PDQ_DEFAULT_MIN_QUALITY, PDQ_MAX_MATCH_DISTANCE } from "../../banks/types.js";
import type { AppContext } from "../../context.js";
import type { App } from "../app.js";
import { ApiError } from "../errors.js";
import { jsonBody } from "../json-body.js";
import { errorResponses, type Schemas } from "../schemas.js";
import { mapDomainErrors, readTextBody } from "./route-helpers.js";

/** Largest bulk-import body (about 500 000 JSONL lines); split bigger lists into several calls. */
export const BANK_IMPORT_MAX_BYTES = 64 * 1024 * 1024;
/** Largest JSON body for POST …/entries (about 100 000 entries). */
const ENTRIES_MAX_BYTES = 16 * 1024 * 1024;

const BankName = z.string().openapi({ param: { name: "name", in: "path" }, example: "ncii" });
const EntryId = z.string().openapi({ param: { name: "id", in: "path" }, example: "42" });
const Hex = (digits: number) => z.string().openapi({ description: `${digits} hex digits` });
const Metadata = z.record(z.string(), z.unknown()).openapi({ description: "Provenance only (source, case id, tags), never content; ≤ 4 KiB JSON" });

const Bank = z
  .object({
    name: z.string(),
    enabled: z.boolean(),
    matchDistance: z.number().int(),
    minQuality: z.number().int(),
    createdAt: z.string(),
    entryCount: z.number().int(),
  })
  .openapi("Bank");

const BankCreate = z
  .object({
    name: z.string().openapi({ description: "1-64 of A-Z a-z 0-9 _ . - (starting with a letter or digit)", example: "ncii" }),
    enabled: z.boolean().optional(),
    matchDistance: z.number().int().min(0).max(PDQ_MAX_MATCH_DISTANCE).optional().openapi({ description: `PDQ Hamming distance that counts as a match (default ${PDQ_DEFAULT_MATCH_DISTANCE})` }),
    minQuality: z.number().int().min(0).max(100).optional().openapi({ description: `PDQ quality below which hashes are not matched (default ${PDQ_DEFAULT_MIN_QUALITY})` }),
  })
  .strict()
  .openapi("BankCreate");

const BankPatch = BankCreate.omit({ name: true }).openapi("BankPatch");

const Entry = z
  .object({
    pdq: Hex(64).optional(),
    quality: z.number().int().min(0).max(100).optional(),
    md5: Hex(32).optional(),
    sha256: Hex(64).optional(),
    metadata: Metadata.optional(),
  })
  .strict()
  .openapi("BankEntryInput");

const EntriesRequest = z.object({ entries: z.array(Entry).min(1).max(100_000) }).strict().openapi("BankEntriesRequest");

const StoredEntry = z
  .object({
    id: z.string(),
    bank: z.string(),
    pdq: z.string().nullable(),
    quality: z.number().nullable(),
    md5: z.string().nullable(),
    sha256: z.string().nullable(),
    metadata: Metadata,
    createdAt: z.string(),
  })
  .openapi("BankEntry");

const ImportResult = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    added: z.number().int(),
    skipped: z.number().int().openapi({ description: "Records marked withdrawn/deleted, or of a signal type we do not match" }),
    errors: z.array(z.object({ record: z.number().int(), message: z.string() })).openapi({ description: "Unreadable records (first 1000); not added" }),
    firstId: z.string().nullable(),
    lastId: z.string().nullable(),
  })
  .openapi("BankImportResult");

const Match = z
  .object({
    bank: z.string(),
    entryId: z.string(),
    signal: z.enum(["pdq", "md5", "sha256"]),
    distance: z.number().int(),
    metadata: Metadata,
    dihedral: z.string().optional(),
  })
  .openapi("BankMatch");

const MatchRequest = z
  .object({
    pdq: Hex(64).optional(),
    quality: z.number().int().min(0).max(100).optional(),
    md5: Hex(32).optional(),
    sha256: Hex(64).optional(),
    dihedrals: z.record(z.string(), z.string()).optional().openapi({ description: "The 8 dihedral hashes from /v1/hash (for dihedral: true)" }),
    dihedral: z.boolean().default(false).openapi({ description: "Also match rotations and flips" }),
    banks: z.array(z.string()).max(100).optional().openapi({ description: "Only these banks (default: every enabled bank)" }),
  })
  .strict()
  .refine((b) => b.pdq !== undefined || b.md5 !== undefined || b.sha256 !== undefined, { message: "give at least one of pdq, md5, sha256" })
  .openapi("MatchRequest");

function requireBanks(ctx: AppContext): BankService {
  if (!ctx.banks) throw new ApiError("not_ready", `bank indexes are loading: ${ctx.readiness.reasons().join("; ") || "starting"}`);
  return ctx.banks;
}

export function registerBankRoutes(app: App, ctx: AppContext, s: Schemas): void {
  const small = jsonBody({ maxBytes: ctx.config.maxJsonBodyBytes, maxDepth: ctx.config.maxJsonDepth });
  const entriesBody = jsonBody({ maxBytes: Math.max(ctx.config.maxJsonBodyBytes, ENTRIES_MAX_BYTES), maxDepth: ctx.config.maxJsonDepth });
  const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/banks",
      summary: "Create a bank",
      middleware: [small] as const,
      request: { body: { required: true, content: { "application/json": { schema: BankCreate } } } },
      responses: { 201: json(Bank, "Created"), ...errorResponses(s, [400, 401, 409, 413, 415, 503]) },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const body = c.req.valid("json");
      return c.json(await mapDomainErrors(() => banks.createBank(body)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/banks",
      summary: "List banks with their settings and entry counts",
      responses: { 200: json(z.object({ banks: z.array(Bank) }).openapi("BankList"), "Banks"), ...errorResponses(s, [401, 503]) },
    }),
    (c) => c.json({ banks: requireBanks(ctx).listBanks() }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/banks/{name}",
      summary: "One bank",
      request: { params: z.object({ name: BankName }) },
      responses: { 200: json(Bank, "Bank"), ...errorResponses(s, [401, 404, 503]) },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { name } = c.req.valid("param");
      return c.json(await mapDomainErrors(() => banks.getBank(name)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/v1/banks/{name}",
      summary: "Enable/disable a bank or change its match distance / minimum quality",
      middleware: [small] as const,
      request: { params: z.object({ name: BankName }), body: { required: true, content: { "application/json": { schema: BankPatch } } } },
      responses: { 200: json(Bank, "Updated"), ...errorResponses(s, [400, 401, 404, 413, 415, 503]) },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { name } = c.req.valid("param");
      const patch = c.req.valid("json");
      return c.json(await mapDomainErrors(() => banks.updateBank(name, patch)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/v1/banks/{name}",
      summary: "Delete a bank and all its entries",
      request: { params: z.object({ name: BankName }) },
      responses: { 204: { description: "Deleted" }, ...errorResponses(s, [401, 404, 503]) },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { name } = c.req.valid("param");
      await mapDomainErrors(() => banks.deleteBank(name));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/banks/{name}/entries",
      summary: "Add entries (all or none: every invalid entry is listed and nothing is added)",
      middleware: [entriesBody] as const,
      request: { params: z.object({ name: BankName }), body: { required: true, content: { "application/json": { schema: EntriesRequest } } } },
      responses: {
        201: json(z.object({ ids: z.array(z.string()) }).openapi("BankEntriesAdded"), "Added; ids in request order"),
        ...errorResponses(s, [400, 401, 404, 413, 415, 503]),
      },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { name } = c.req.valid("param");
      const { entries } = c.req.valid("json");
      return c.json(await mapDomainErrors(() => banks.addEntries(name, entries)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/banks/{name}/import",
      summary: "Bulk import a hash list: JSONL, CSV, ThreatExchange or StopNCII JSON",
      description: `Raw body (text/csv, application/x-ndjson, application/json or text/plain), at most ${BANK_IMPORT_MAX_BYTES} bytes. See docs/banks.md for the formats.`,
      request: {
        params: z.object({ name: BankName }),
        query: z.object({ format: z.enum([...IMPORT_FORMATS, "auto"]).default("auto") }),
      },
      responses: { 200: json(ImportResult, "Import summary"), ...errorResponses(s, [400, 401, 404, 413, 503]) },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { name } = c.req.valid("param");
      const { format } = c.req.valid("query");
      await mapDomainErrors(() => banks.getBank(name)); // 404 before reading a large body for nothing
      const text = await readTextBody(c.req.raw, BANK_IMPORT_MAX_BYTES);
      return c.json(await mapDomainErrors(() => banks.importEntries(name, text, format)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/banks/{name}/entries/{id}",
      summary: "One entry",
      request: { params: z.object({ name: BankName, id: EntryId }) },
      responses: { 200: json(StoredEntry, "Entry"), ...errorResponses(s, [401, 404, 503]) },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { name, id } = c.req.valid("param");
      return c.json(await mapDomainErrors(() => banks.getEntry(name, id)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/v1/banks/{name}/entries/{id}",
      summary: "Delete an entry (visible to the next match)",
      request: { params: z.object({ name: BankName, id: EntryId }) },
      responses: { 204: { description: "Deleted" }, ...errorResponses(s, [401, 404, 503]) },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { name, id } = c.req.valid("param");
      await mapDomainErrors(() => banks.deleteEntry(name, id));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/match",
      summary: "Match hashes against the banks",
      middleware: [small] as const,
      request: { body: { required: true, content: { "application/json": { schema: MatchRequest } } } },
      responses: {
        200: json(z.object({ matches: z.array(Match) }).openapi("MatchResponse"), "Matches, best first"),
        ...errorResponses(s, [400, 401, 404, 413, 415, 503]),
      },
    }),
    async (c) => {
      const banks = requireBanks(ctx);
      const { dihedral, banks: only, ...query } = c.req.valid("json");
      return c.json({ matches: await mapDomainErrors(() => banks.match(query, { dihedral, banks: only })) }, 200);
    },
  );
}
