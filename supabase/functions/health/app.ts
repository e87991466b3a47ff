import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { lazyHandlers } from "../../../shared/http/lazy_handlers.ts";
import { VERSION } from "../../../shared/version.ts";
import * as routes from "./routes.ts";

const handlers = lazyHandlers(() => import("./handlers.ts"));

/** Public liveness and readiness probes. */
export function createHealthApp(options?: AppOptions) {
  const app = createApp("health", options);
  app.openapi(routes.live, (c) =>
    c.json(
      { status: "ok" as const, version: VERSION, time: c.var.edge.now().toISOString() },
      200,
    ));
  app.openapi(routes.ready, handlers.ready);
  return app;
}

export default createHealthApp();
