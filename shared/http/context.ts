/** The types every piece of the HTTP layer shares: the app, its context and its variables. */
import type { Context } from "hono";
import type { RequestIdVariables } from "hono/request-id";
import type { AuthUser } from "../auth/verify.ts";
import type { Deps, Edge } from "../deps.ts";
import type { OpenApiApp } from "./openapi_app.ts";

export type AppEnv = {
  Variables: RequestIdVariables & {
    /** What every request has (config, log, token verifier, clock). */
    edge: Edge;
    /** Loads the isolate's dependencies (see `withDeps` in lazy_handlers.ts). */
    loadDeps: () => Promise<Deps>;
    /** The dependencies, in handlers run `withDeps` or loaded by `lazyHandlers`. */
    deps: Deps;
    user?: AuthUser;
    fn: string;
  };
};

export type App = OpenApiApp<AppEnv>;
export type Ctx = Context<AppEnv>;

export interface AppOptions {
  /**
   * Where the app gets its dependencies, which also serve as its edge; default: the
   * isolate's (defaultEdge for every request, defaultDeps when a handler first needs them).
   */
  deps?: () => Promise<Deps>;
}
