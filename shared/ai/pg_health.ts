import { inArray, sql } from "drizzle-orm";
import { providerHealth } from "../../drizzle/schema.ts";
import { type Db, queryRows } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import { describeError, type Logger } from "../log.ts";
import { continueInBackground } from "../runtime/background.ts";
import type { CircuitState, HealthOutcome } from "./circuit.ts";
import type { Attempt, AttemptSink, HealthStore } from "./types.ts";

type Row = typeof providerHealth.$inferSelect;
const ms = (d: Date | null) => (d ? d.getTime() : null);

export function circuitFromRow(r: Row): CircuitState {
  return {
    status: r.status === "open" ? "open" : "closed",
    consecutiveFailures: r.consecutiveFailures,
    windowStart: r.windowStart.getTime(),
    windowCalls: r.windowCalls,
    windowFailures: r.windowFailures,
    openUntil: ms(r.openUntil),
    cooldownMs: r.cooldownMs,
    lastFailureAt: ms(r.lastFailureAt),
    probeLeaseUntil: ms(r.probeLeaseUntil),
  };
}

/** Provider circuits in Postgres (provider_health), shared by every isolate. Admin path. */
export class PgHealthStore implements HealthStore {
  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {}

  async read(keys: readonly string[]): Promise<Map<string, CircuitState>> {
    if (keys.length === 0) return new Map();
    const rows = await asAdmin(
      this.db,
      (tx) => tx.select().from(providerHealth).where(inArray(providerHealth.key, [...keys])),
    );
    return new Map(rows.map((r) => [r.key, circuitFromRow(r)]));
  }

  async record(key: string, outcome: HealthOutcome): Promise<void> {
    await asAdmin(this.db, (tx) =>
      tx.execute(
        sql`select private.record_provider_outcome(${key}, ${JSON.stringify(outcome)}::jsonb,
          ${this.now().toISOString()}::timestamptz)`,
      ));
  }

  async claimProbe(key: string, leaseMs: number): Promise<boolean> {
    const [row] = await asAdmin(this.db, (tx) =>
      queryRows<{ r: boolean }>(
        tx,
        sql`select private.claim_provider_probe(${key}, ${leaseMs}, ${this.now().toISOString()}::timestamptz) as r`,
      ));
    return row.r;
  }
}

/**
 * Writes attempts to ai_attempts in batches, off the response path: record() only queues;
 * the flush runs in the background and a failed write is logged, never thrown.
 */
export class PgAttemptSink implements AttemptSink {
  #queue: Attempt[] = [];
  #flushing: Promise<void> | null = null;

  constructor(private readonly db: Db, private readonly log: Logger) {}

  record(attempt: Attempt): void {
    this.#queue.push(attempt);
    if (!this.#flushing) {
      this.#flushing = Promise.resolve().then(() => this.#flush()).finally(() =>
        this.#flushing = null
      );
      continueInBackground(this.#flushing);
    }
  }

  /** Resolves when everything recorded so far is written. */
  async drain(): Promise<void> {
    while (this.#flushing || this.#queue.length) await (this.#flushing ?? this.#flush());
  }

  async #flush(): Promise<void> {
    while (this.#queue.length) {
      const batch = this.#queue.splice(0, 100).map((a) => ({
        generation_id: a.generationId ?? null,
        provider: a.provider,
        model: a.model,
        capability: a.capability,
        outcome: a.outcome,
        http_status: a.status ?? null,
        latency_ms: Math.round(a.latencyMs),
        input_tokens: a.tokens?.input ?? null,
        output_tokens: a.tokens?.output ?? null,
        cost_state: a.cost.state,
        cost_usd: a.cost.state === "estimated" ? a.cost.usd : null,
        probe: a.probe ?? false,
        request_id: a.requestId ?? null,
        started_at: a.startedAt,
      }));
      try {
        await asAdmin(this.db, (tx) =>
          tx.execute(sql`
            insert into public.ai_attempts (generation_id, owner_id, provider, model, capability, outcome,
              http_status, latency_ms, input_tokens, output_tokens, cost_state, cost_usd, probe, request_id, started_at)
            select a.generation_id, g.owner_id, a.provider, a.model, a.capability, a.outcome, a.http_status,
              a.latency_ms, a.input_tokens, a.output_tokens, a.cost_state, a.cost_usd, a.probe, a.request_id, a.started_at
            from jsonb_to_recordset(${
            JSON.stringify(batch)
          }::jsonb) as a(generation_id uuid, provider text,
              model text, capability text, outcome text, http_status int, latency_ms int, input_tokens int,
              output_tokens int, cost_state text, cost_usd numeric, probe boolean, request_id text, started_at timestamptz)
            left join public.generations g on g.id = a.generation_id`));
      } catch (err) {
        this.log.log("error", "ai_attempts write failed", {
          attempts: batch.length,
          ...describeError(err),
        });
      }
    }
  }
}
