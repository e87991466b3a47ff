import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { lazyHandlers } from "../../../shared/http/lazy_handlers.ts";
import * as routes from "./routes.ts";

const handlers = lazyHandlers(() => import("./handlers.ts"));

/** The caller's plan and quota windows (UTC day and month). */
export function createAccountApp(options?: AppOptions) {
  const app = createApp("account", options);
  app.openapi(routes.usage, handlers.usage);
  return app;
}

export default createAccountApp();
