import type { z } from "zod";
import { ApiError } from "./errors.ts";

type Issue = z.core.$ZodIssue;

/** Field-level details for a zod failure: `{ fields: { "brief.description": ["too short"] } }`. */
export function validationDetails(issues: readonly Issue[], prefix?: string) {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)";
    (fields[path] ??= []).push(issue.message);
  }
  return { fields };
}

/** A zod failure as the one 400: `validation_failed` with field details. */
export function validationError(issues: readonly Issue[], where?: string): ApiError {
  const details = validationDetails(issues, where === "json" ? undefined : where);
  const first = Object.entries(details.fields)[0];
  const message = first ? `invalid ${first[0]}: ${first[1][0]}` : "invalid request";
  return new ApiError(400, "validation_failed", message, details);
}
