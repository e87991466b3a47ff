import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { lazyHandlers } from "../../../shared/http/lazy_handlers.ts";
import * as routes from "./routes.ts";

const handlers = lazyHandlers(() => import("./handlers.ts"));

/** A user's brand projects. Every query runs as the caller, so RLS decides what exists. */
export function createProjectsApp(options?: AppOptions) {
  const app = createApp("projects", options);
  app.openapi(routes.create, handlers.create);
  app.openapi(routes.list, handlers.list);
  app.openapi(routes.get, handlers.get);
  app.openapi(routes.update, handlers.update);
  app.openapi(routes.remove, handlers.remove);
  app.openapi(routes.exportKit, handlers.exportKit);
  return app;
}

export default createProjectsApp();
