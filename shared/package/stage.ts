import { eq } from "drizzle-orm";
import { generations } from "../../drizzle/schema.ts";
import { createAiClient } from "../ai/client.ts";
import { asUser } from "../db/scope.ts";
import type { Deps } from "../deps.ts";
import type { GenerationKind } from "../generation/envelope.ts";
import { startStage } from "../generation/lifecycle.ts";
import { getEnvelope } from "../generation/queries.ts";
import { requestHash } from "../generation/request_hash.ts";
import {
  executeGeneration,
  type GenerationContext,
  GenerationFailure,
  type GenerationHandler,
} from "../generation/runner.ts";
import type { Stage, StageRecord } from "./schema.ts";

export class PackageCanceled extends Error {
  override name = "PackageCanceled";
}

// Deps whose AI client has no providers: every call goes straight to the offline generator.
const offlineDeps = new WeakMap<Deps, Deps>();
function offlineOnly(deps: Deps): Deps {
  let d = offlineDeps.get(deps);
  if (!d) {
    d = {
      ...deps,
      ai: createAiClient({
        text: [],
        image: [],
        health: deps.health,
        attempts: deps.attempts,
        log: deps.log,
      }),
    };
    offlineDeps.set(deps, d);
  }
  return d;
}

export interface StageOptions {
  /** A stage generation an earlier package worker started: its checkpoint is carried over. */
  resumeFrom?: string;
  /** Called with each stage generation as soon as it exists (the package checkpoints it). */
  onStarted?: (generationId: string) => Promise<void>;
}

/**
 * Runs one stage of a package as its own child generation (0 units: the package paid),
 * so its output, attempts and status are visible like any other generation. A run that
 * fails is retried once with the offline generator only, which cannot depend on a provider.
 * The stage stops with its package.
 */
export async function runStage<I, O>(
  ctx: GenerationContext<unknown>,
  stage: Stage,
  kind: GenerationKind,
  input: I,
  handler: GenerationHandler<I, O>,
  options: StageOptions = {},
): Promise<{ output: O; record: StageRecord }> {
  const db = ctx.deps.database.db;
  // What an earlier worker's stage saved (e.g. fal jobs already paid for) is not paid again.
  let carried: unknown = undefined;
  if (options.resumeFrom) {
    const [old] = await asUser(
      db,
      ctx.user,
      (tx) =>
        tx.select({ checkpoint: generations.checkpoint }).from(generations).where(
          eq(generations.id, options.resumeFrom!),
        ),
    );
    carried = old?.checkpoint ?? undefined;
  }
  for (const [run, deps] of [[1, ctx.deps], [2, offlineOnly(ctx.deps)]] as const) {
    if (ctx.signal.aborted) throw new PackageCanceled("the package was canceled");
    let started;
    try {
      started = await startStage(db, ctx.user.id, ctx.id, {
        kind,
        input,
        requestHash: requestHash({ kind, input, parent: ctx.id, run }),
      }, ctx.deps.now());
    } catch (err) {
      // The package stopped running (canceled, or its lease lost) under us.
      if (ctx.signal.aborted) throw new PackageCanceled("the package was canceled");
      throw err;
    }
    if (started.outcome !== "created") {
      throw new PackageCanceled(`stage ${stage} could not start: ${started.outcome}`);
    }
    await options.onStarted?.(started.generation.id);
    await executeGeneration(deps, started.generation, ctx.user, handler, {
      parent: ctx.signal,
      checkpoint: run === 1 ? carried : undefined,
    });
    if (ctx.signal.aborted) throw new PackageCanceled("the package was canceled");
    const child = await getEnvelope(db, ctx.user, started.generation.id);
    if (child?.status === "canceled") throw new PackageCanceled("the package was canceled");
    if (child?.status === "succeeded") {
      const output = child.output as O & { source?: { provider?: string } };
      const provider = output.source?.provider ?? null;
      return {
        output,
        record: {
          stage,
          generation_id: child.id,
          status: "succeeded",
          provider,
          fell_back: run > 1 || provider === "offline",
          runs: run,
        },
      };
    }
    ctx.deps.log.log("warn", "package stage failed", {
      generation_id: ctx.id,
      stage,
      run,
      child: started.generation.id,
    });
  }
  throw new GenerationFailure("generation_failed", `the ${stage} stage failed, even offline`);
}
