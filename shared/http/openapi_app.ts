/**
 * OpenAPI routes on plain Hono. Routes are declared the way @hono/zod-openapi declares them
 * (`createRoute`, `app.openapi(route, handler)`) and typed by its types, but an app loads no
 * OpenAPI generator at start-up: @hono/zod-openapi imports @asteasolutions/zod-to-openapi,
 * which Deno loads as CommonJS through its Node layer, some 20 ms of every cold start for a
 * document hardly anyone asks for. Here each route becomes a Hono route behind zod
 * validators (the same ones, @hono/zod-validator) and is recorded; openapi_document.ts turns
 * the records into a document when one is asked for. Schemas carry their OpenAPI names with
 * zod's own `.meta({ id })`.
 */
import type { Hook, OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import { zValidator } from "@hono/zod-validator";
import { type Env, Hono, type MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodType } from "zod";
import { once } from "../lazy.ts";

/** An OpenAPI security scheme (the subset the functions declare). */
export interface SecuritySchemeObject {
  type: "http" | "apiKey";
  scheme?: string;
  bearerFormat?: string;
  in?: "header";
  name?: string;
  description?: string;
}

/** What the document is made of, in declaration order. */
export type Definition =
  | { type: "route"; route: RouteConfig }
  | {
    type: "component";
    componentType: "securitySchemes";
    name: string;
    component: SecuritySchemeObject;
  };

/** The parts of OpenAPIHono the functions use, with the records instead of a registry. */
export type OpenApiApp<E extends Env> =
  & Omit<
    OpenAPIHono<E>,
    | "openAPIRegistry"
    | "getOpenAPIDocument"
    | "getOpenAPI31Document"
    | "doc"
    | "doc31"
    | "openapiRoutes"
    | "route"
    | "basePath"
  >
  & {
    readonly basePath: string;
    readonly definitions: readonly Definition[];
    registerSecurityScheme(name: string, scheme: SecuritySchemeObject): void;
  };

/**
 * A response schema built when a document is (openapi.ts `documented`), at most once. It
 * describes answers only: a route that would validate a request with one is refused.
 */
export class DocumentedSchema {
  readonly load: () => Promise<ZodType>;
  constructor(load: () => Promise<ZodType>) {
    this.load = once(load);
  }
}

/** A route declaration, as @hono/zod-openapi's createRoute takes it. */
export const createRoute = <R extends RouteConfig>(route: R): R => route;

/** A JSON media type, parameters allowed (@hono/zod-openapi's test). */
const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/** 415 for a body that is not declared JSON, as @hono/zod-openapi answers. */
const jsonOnly: MiddlewareHandler = async (c, next) => {
  const type = c.req.header("content-type");
  if (type ? !JSON_REQUEST.test(type) : (await c.req.raw.clone().arrayBuffer()).byteLength > 0) {
    throw new HTTPException(415, { message: "Unsupported Media Type" });
  }
  await next();
};

// The hook is typed as @hono/zod-openapi's; @hono/zod-validator declares the same function with
// zod's classic error type instead of its core one, hence the `as never` where it is handed on.
function validatorsOf(route: RouteConfig, hook: Hook<unknown, Env, string, unknown>) {
  const { query, params, headers, cookies, body } = route.request ?? {};
  if (headers || cookies) {
    throw new Error(`${route.path}: header and cookie schemas are not served`);
  }
  const media = body?.content["application/json"];
  const json = media && "schema" in media ? media.schema : undefined;
  if ([query, params, json].some((s) => s instanceof DocumentedSchema)) {
    throw new Error(`${route.path}: a documented schema describes answers, it cannot validate`);
  }
  const validators: MiddlewareHandler[] = [];
  if (query) validators.push(zValidator("query", query as ZodType, hook as never));
  if (params) validators.push(zValidator("param", params as ZodType, hook as never));
  if (json) {
    if (Object.keys(body!.content).length > 1 || !body!.required) {
      throw new Error(`${route.path}: only a required JSON body is served`);
    }
    validators.push(jsonOnly, zValidator("json", json as ZodType, hook as never));
  }
  return validators;
}

/** A Hono app under `/<basePath>` whose `openapi(route, handler)` validates and records. */
export function openApiApp<E extends Env>(
  basePath: string,
  hook: Hook<unknown, E, string, unknown>,
): OpenApiApp<E> {
  const app = new Hono<E>().basePath(basePath);
  const definitions: Definition[] = [];
  const openapi = (
    { middleware, hide, ...route }: RouteConfig,
    handler: MiddlewareHandler,
  ) => {
    if (!hide) definitions.push({ type: "route", route });
    const before = middleware ? [middleware].flat() as MiddlewareHandler[] : [];
    const path = route.path.replaceAll(/\/{(.+?)}/g, "/:$1");
    app.on(
      [route.method.toUpperCase()],
      [path],
      ...before,
      ...validatorsOf(route, hook as never),
      handler,
    );
    return app;
  };
  return Object.assign(app, {
    basePath,
    definitions,
    openapi,
    registerSecurityScheme: (name: string, component: SecuritySchemeObject) =>
      definitions.push({ type: "component", componentType: "securitySchemes", name, component }),
  }) as unknown as OpenApiApp<E>;
}
