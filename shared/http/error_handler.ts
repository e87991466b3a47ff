import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { describeError, jsonLogger } from "../log.ts";
import type { AppEnv } from "./app.ts";
import { ApiError, type ErrorBody } from "./errors.ts";

/** Renders any ApiError in the documented format, with the request id. */
export function errorResponse(c: Context<AppEnv>, err: ApiError): Response {
  const body: ErrorBody = {
    error: err.code,
    message: err.message,
    ...(err.details ? { details: err.details } : {}),
    request_id: c.var.requestId,
  };
  for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
  return c.json(body, err.status);
}

function fromHttpException(err: HTTPException): ApiError {
  switch (err.status) {
    case 400:
      return new ApiError(400, "invalid_json", "a JSON request body is required");
    case 401:
      return new ApiError(401, "unauthorized", "a valid user token is required");
    case 413:
      return new ApiError(413, "payload_too_large", "request body too large");
    case 415:
      return new ApiError(415, "unsupported_media_type", "request body must be application/json");
    case 404:
      return new ApiError(404, "not_found", "not found");
    default:
      return new ApiError(500, "internal_error", "internal error");
  }
}

/** The SQLSTATE of a database error, however the driver wrapped it (Drizzle: as `cause`). */
function sqlState(err: unknown): string | undefined {
  for (let e = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
}

/** The app's onError: known errors in the documented format; anything else a bare 500. */
export function errorHandler(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err));
  const log = c.var.edge?.log ?? jsonLogger();
  // Ids are checked before they are written, so a foreign-key violation means a row this
  // request refers to (a project, a generation) was deleted while it ran: that race is a 404.
  if (sqlState(err) === "23503") {
    log.log("warn", "referenced row deleted during the request", {
      fn: c.var.fn,
      request_id: c.var.requestId,
      ...describeError(err),
    });
    return errorResponse(
      c,
      new ApiError(404, "not_found", "what this request refers to was deleted meanwhile"),
    );
  }
  log.log("error", "unhandled error", {
    fn: c.var.fn,
    request_id: c.var.requestId,
    ...describeError(err),
  });
  return errorResponse(c, new ApiError(500, "internal_error", "internal error"));
}

export function notFoundHandler(c: Context<AppEnv>): Response {
  return errorResponse(
    c,
    new ApiError(404, "not_found", `no route ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
}
