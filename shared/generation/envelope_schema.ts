/**
 * The envelope's zod schema, for the OpenAPI document: loaded when a document is built
 * (shared/http/openapi.ts `documented`), not at start-up. The envelope itself is envelope.ts.
 */
import { z } from "../zod.ts";
import { type GenerationKind, KINDS, STATUSES } from "./envelope.ts";

export const GenerationEnvelope = z.object({
  id: z.uuid(),
  kind: z.enum(KINDS),
  status: z.enum(STATUSES),
  project_id: z.uuid().nullable(),
  parent_id: z.uuid().nullable(),
  input: z.unknown(),
  output: z.unknown().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  progress: z.object({ stage: z.string(), completed: z.number(), total: z.number() }).nullable(),
  usage: z.object({
    units: z.number().int(),
    attempts: z.array(z.object({
      provider: z.string(),
      model: z.string(),
      ok: z.boolean(),
      outcome: z.string().optional(),
      latency_ms: z.number().optional(),
    })),
  }),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
});

const pascal = (kind: string) => kind[0].toUpperCase() + kind.slice(1);

/** The envelope of one kind, documented with that kind's output (null until it succeeds). */
export const envelopeOf = (kind: GenerationKind, output: z.ZodType) =>
  GenerationEnvelope.extend({ kind: z.literal(kind), output: z.union([output, z.null()]) })
    .openapi(`${pascal(kind)}Generation`);
