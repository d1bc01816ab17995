import type { AppContext } from "../../context.js";
import type { App } from "../app.js";
import type { Schemas } from "../schemas.js";
import { registerBankRoutes } from "./banks.js";
import { registerHashRoutes } from "./hash.js";

/** Further route modules (banks, hashing, …): one line each. */
export type RouteRegistrar = (app: App, ctx: AppContext, schemas: Schemas) => void;
export const EXTRA_ROUTES: readonly RouteRegistrar[] = Object.freeze([registerHashRoutes, registerBankRoutes]);
