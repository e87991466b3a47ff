import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../app.ts";

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

const storableText = (s: string) => s.isWellFormed() && !s.includes("\0");

function storable(value: unknown): boolean {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.every(storable);
  if (value && typeof value === "object") {
    return Object.entries(value).every(([k, v]) => storableText(k) && storable(v));
  }
  return true;
}

function hasBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return req.body !== null;
}

/**
 * Requests that carry a body must be JSON within the size limit: 413, 415 and 400
 * invalid_json are answered here, before auth or validation spend anything.
 */
export function bodyGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "OPTIONS" || c.req.method === "HEAD") {
      return next();
    }
    if (!hasBody(c.req.raw)) return next();
    const type = c.req.header("content-type") ?? "";
    if (!JSON_TYPE.test(type)) {
      throw new ApiError(415, "unsupported_media_type", "request body must be application/json", {
        content_type: type || null,
      });
    }
    const maxSize = c.var.deps.config.BODY_LIMIT_BYTES;
    const limit = bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, "payload_too_large", `request body exceeds ${maxSize} bytes`, {
          limit_bytes: maxSize,
        });
      },
    });
    return limit(c, async () => {
      let body: unknown;
      try {
        body = await c.req.json(); // cached by Hono for the route's validator
      } catch (err) {
        if (err instanceof ApiError) throw err;
        throw new ApiError(400, "invalid_json", "request body is not valid JSON");
      }
      // Lone UTF-16 surrogates ("\ud800") and NUL are valid JSON but not text Postgres stores.
      if (!storable(body)) {
        throw new ApiError(
          400,
          "invalid_json",
          "request body contains text that cannot be stored (ill-formed Unicode or NUL)",
        );
      }
      await next();
    });
  };
}
