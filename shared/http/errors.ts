import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Every error code the API answers with; docs/api.md describes when each is used. */
export type ErrorCode =
  | "invalid_json"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "idempotency_in_flight"
  | "stage_of_package"
  | "payload_too_large"
  | "unsupported_media_type"
  | "idempotency_key_reused"
  | "quota_exceeded"
  | "provider_unavailable"
  | "generation_failed"
  | "not_ready"
  | "storage_unavailable"
  | "internal_error";

/** The one error type of the API: thrown anywhere, rendered by the app's error handler. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what = "resource") => new ApiError(404, "not_found", `${what} not found`);

export const unauthorized = (message = "a valid user token is required") =>
  new ApiError(401, "unauthorized", message);

/** The body of every non-2xx answer. */
export interface ErrorBody {
  error: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  request_id: string;
}
