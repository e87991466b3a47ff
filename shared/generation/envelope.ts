import type { z } from "../zod.ts";
import type { GenerationEnvelope } from "./envelope_schema.ts";
import type { GenerationErrorBody, generations, Progress } from "../../drizzle/schema.ts";

export type GenerationRecord = typeof generations.$inferSelect;
export type GenerationKind = GenerationRecord["kind"];
export type GenerationStatus = GenerationRecord["status"];

export const KINDS = ["names", "domains", "logos", "colors", "taglines", "package"] as const;
export const STATUSES = ["queued", "running", "succeeded", "failed", "canceled"] as const;

export interface AttemptSummary {
  provider: string;
  model: string;
  ok: boolean;
  outcome?: string;
  latency_ms?: number;
}

/** A generation as the API answers it (envelope_schema.ts documents it). */
export type Envelope = z.infer<typeof GenerationEnvelope>;

const iso = (d: Date | null) => d ? d.toISOString() : null;

/** The one public shape of a generation (every generate-* answer and GET /generations/:id). */
export function toEnvelope(g: GenerationRecord, attempts: AttemptSummary[] = []): Envelope {
  return {
    id: g.id,
    kind: g.kind,
    status: g.status,
    project_id: g.projectId,
    parent_id: g.parentId,
    input: g.input,
    output: g.output ?? null,
    error: g.error ?? null,
    progress: g.progress ?? null,
    usage: { units: g.units, attempts },
    created_at: g.createdAt.toISOString(),
    started_at: iso(g.startedAt),
    finished_at: iso(g.finishedAt),
  };
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const DATE_FIELDS = new Set([
  "createdAt",
  "startedAt",
  "finishedAt",
  "updatedAt",
  "leaseExpiresAt",
  "idempotencyExpiresAt",
]);

/** A generation row returned by an RPC as `to_jsonb(row)` → the Drizzle record shape. */
export function recordFromJson(row: Record<string, unknown>): GenerationRecord {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const key = camel(k);
    out[key] = DATE_FIELDS.has(key) && typeof v === "string" ? new Date(v) : v;
  }
  return out as unknown as GenerationRecord;
}

export type { GenerationErrorBody, Progress };
