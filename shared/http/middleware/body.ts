import type { MiddlewareHandler } from "hono";
import { readAtMost, TooLarge } from "../../bytes.ts";
import { MAX_JSON_DEPTH, storableProblem } from "../../storable.ts";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../app.ts";

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

const tooLarge = (limit: number) =>
  new ApiError(413, "payload_too_large", `request body exceeds ${limit} bytes`, {
    limit_bytes: limit,
  });

/**
 * The whole body, at most `limit` bytes. A stream that breaks (malformed chunking, a
 * Content-Length longer than what was sent) is the client's fault: 400, not 500.
 */
async function readWithin(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readAtMost(body, limit);
  } catch (err) {
    if (err instanceof TooLarge) throw tooLarge(limit);
    throw new ApiError(
      400,
      "invalid_json",
      "request body could not be read: it is cut short or its framing is malformed",
    );
  }
}

/** 400 invalid_json unless the bytes are UTF-8 JSON that Postgres can store. */
function checkJson(bytes: Uint8Array): void {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError(400, "invalid_json", "request body is not valid JSON (UTF-8)");
  }
  const problem = storableProblem(value);
  if (problem === "too_deep") {
    throw new ApiError(
      400,
      "invalid_json",
      `request body nests deeper than ${MAX_JSON_DEPTH} levels`,
      { max_depth: MAX_JSON_DEPTH },
    );
  }
  if (problem) {
    throw new ApiError(
      400,
      "invalid_json",
      "request body contains text that cannot be stored (ill-formed Unicode or NUL)",
    );
  }
}

/**
 * Reads a request's body once, within the size limit, before auth or validation spend
 * anything: 413, 400 invalid_json and 415 are answered here. An empty body is no body, however
 * it was framed (no Content-Length, `Content-Length: 0`, an empty chunked stream), so DELETE
 * and cancel work as clients send them. The bytes read replace the consumed stream, for the
 * route's validator.
 */
export function bodyGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.raw;
    if (raw.method === "GET" || raw.method === "OPTIONS" || raw.method === "HEAD" || !raw.body) {
      return next();
    }
    const limit = c.var.edge.config.BODY_LIMIT_BYTES;
    const declared = raw.headers.get("content-length");
    if (declared !== null && !raw.headers.has("transfer-encoding") && Number(declared) > limit) {
      throw tooLarge(limit); // refused unread
    }
    const bytes = await readWithin(raw.body, limit);
    // Not its signal: reading it makes Deno warn, and nothing here waits on a client that left.
    const init = { method: raw.method, headers: raw.headers };
    if (bytes.byteLength === 0) {
      c.req.raw = new Request(raw.url, init);
      return next();
    }
    const type = raw.headers.get("content-type") ?? "";
    if (!JSON_TYPE.test(type)) {
      throw new ApiError(415, "unsupported_media_type", "request body must be application/json", {
        content_type: type || null,
      });
    }
    checkJson(bytes);
    c.req.raw = new Request(raw.url, { ...init, body: bytes });
    await next();
  };
}
