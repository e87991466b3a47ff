import type { RouteConfig, RouteHandler } from "@hono/zod-openapi";
import { once } from "../lazy.ts";
import type { AppEnv } from "./context.ts";

/** A route's handler, typed by the route's declaration (a function's routes.ts). */
export type HandlerOf<R extends RouteConfig> = RouteHandler<R, AppEnv>;

/**
 * The handlers of a module imported on the first call of any of them:
 * `lazyHandlers(() => import("./handlers.ts")).list` runs that module's `list`. A function
 * declares its routes at start-up; what they do (queries, Drizzle, services) loads when a
 * request first reaches one. A failed import is retried on the next call.
 */
export function lazyHandlers<M extends object>(load: () => Promise<M>): M {
  const loaded = once(load);
  return new Proxy({} as M, {
    get: (_, name) => async (...args: unknown[]) => {
      const handler = (await loaded())[name as keyof M];
      return (handler as (...args: unknown[]) => unknown)(...args);
    },
  });
}
