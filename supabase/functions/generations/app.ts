import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { lazyHandlers } from "../../../shared/http/lazy_handlers.ts";
import * as routes from "./routes.ts";

const handlers = lazyHandlers(() => import("./handlers.ts"));

/** Status, progress and results of any generation; cancel. Only the caller's exist. */
export function createGenerationsApp(options?: AppOptions) {
  const app = createApp("generations", options);
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.get, handlers.get);
  app.openapi(routes.cancel, handlers.cancel);
  app.openapi(routes.exportKit, handlers.exportKit);
  return app;
}

export default createGenerationsApp();
