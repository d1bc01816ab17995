import type { AppContext } from "../../context.js";
import type { App } from "../app.js";
import type { Schemas } from "../schemas.js";

/** Further route modules (banks, hashing, …): one line each. */
export type RouteRegistrar = (app: App, ctx: AppContext, schemas: Schemas) => void;
export const EXTRA_ROUTES: readonly RouteRegistrar[] = Object.freeze([]);
