import type { RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { Next } from "hono";
import { once } from "../lazy.ts";
import type { AppEnv, Ctx } from "./context.ts";

/** A route's handler, typed by the route's declaration (a function's routes.ts). */
export type HandlerOf<R extends RouteConfig> = RouteHandler<R, AppEnv>;

/**
 * A handler that runs with `c.var.deps` set: the database, AI, Storage and research are
 * assembled on the first request that gets this far, past the route's auth and validation,
 * so a 401, a 400, a 404 or a preflight never loads them.
 */
export function withDeps<H extends (c: never, next: never) => unknown>(handler: H): H {
  const run = handler as unknown as (c: Ctx, next: Next) => unknown;
  return (async (c: Ctx, next: Next) => {
    c.set("deps", await c.var.loadDeps());
    return await run(c, next);
  }) as unknown as H;
}

/**
 * The handlers of a module imported on the first call of any of them, each run `withDeps`:
 * `lazyHandlers(() => import("./handlers.ts")).list` loads that module and the dependencies
 * (side by side), then runs its `list`. A function declares its routes at start-up; what they
 * do (queries, Drizzle, services) loads when a request first reaches one. A failed import is
 * retried on the next call.
 */
export function lazyHandlers<M extends object>(load: () => Promise<M>): M {
  const loaded = once(load);
  return new Proxy({} as M, {
    get(_, name) {
      // Not a thenable, and no handler for symbols: only the module's named exports.
      if (typeof name !== "string" || name === "then") return undefined;
      return async (c: Ctx, next: Next) => {
        const [module, deps] = await Promise.all([loaded(), c.var.loadDeps()]);
        const handler = module[name as keyof M];
        if (typeof handler !== "function") throw new Error(`the handlers module has no ${name}`);
        c.set("deps", deps);
        return await handler(c, next);
      };
    },
  });
}
