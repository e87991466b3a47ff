/** The types every piece of the HTTP layer shares: the app, its context and its variables. */
import type { Context } from "hono";
import type { RequestIdVariables } from "hono/request-id";
import type { AuthUser } from "../auth/verify.ts";
import type { Deps } from "../deps.ts";
import type { OpenApiApp } from "./openapi_app.ts";

export type AppEnv = {
  Variables: RequestIdVariables & {
    deps: Deps;
    user?: AuthUser;
    fn: string;
  };
};

export type App = OpenApiApp<AppEnv>;
export type Ctx = Context<AppEnv>;

export interface AppOptions {
  /** Where the app gets its dependencies; default: the isolate's (defaultDeps). */
  deps?: () => Promise<Deps>;
}
