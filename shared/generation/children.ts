import type { Deps } from "../deps.ts";
import {
  type ChildRequest,
  type ChildResult,
  type GenerationContext,
  GenerationFailure,
  GenerationStopped,
} from "../runtime/job.ts";
import { startStage } from "./lifecycle.ts";
import { checkpointOf } from "./queries.ts";
import { requestHash } from "./request_hash.ts";
import { executeGeneration } from "./runner.ts";

// Deps whose AI client has no providers: every call goes straight to the offline generator.
const offlineDeps = new WeakMap<Deps, Deps>();
function offlineOnly(deps: Deps): Deps {
  let d = offlineDeps.get(deps);
  if (!d) offlineDeps.set(deps, d = { ...deps, ai: deps.ai.offlineOnly() });
  return d;
}

const stopped = () => new GenerationStopped("the parent generation was canceled");

/** Starts one run of a child generation; a parent that stopped running stops it. */
async function startChild<I, O>(
  deps: Deps,
  parent: GenerationContext<unknown, Deps>,
  request: ChildRequest<I, O, Deps>,
  run: number,
) {
  let started;
  try {
    started = await startStage(deps.database.db, parent.user.id, parent.id, {
      kind: request.kind,
      input: request.input,
      requestHash: await requestHash({
        kind: request.kind,
        input: request.input,
        parent: parent.id,
        run,
      }),
    }, deps.now());
  } catch (err) {
    // The parent stopped running (canceled, or its lease lost) under us.
    if (parent.signal.aborted) throw stopped();
    throw err;
  }
  if (started.outcome !== "created") {
    throw new GenerationStopped(`${request.kind} could not start: ${started.outcome}`);
  }
  return started.generation;
}

/**
 * Runs a handler as a child generation of `parent` (0 units: the parent paid), so its output,
 * attempts and status are visible like any other generation. A run that fails is retried once
 * with the offline generators only, which cannot depend on a provider.
 */
export async function runChild<I, O>(
  deps: Deps,
  parent: GenerationContext<unknown, Deps>,
  request: ChildRequest<I, O, Deps>,
): Promise<ChildResult<O>> {
  // What an earlier worker's child saved (e.g. fal jobs already paid for) is not paid again.
  const carried = request.resumeFrom
    ? await checkpointOf(deps.database.db, parent.user, request.resumeFrom)
    : undefined;
  for (const [run, runDeps] of [[1, deps], [2, offlineOnly(deps)]] as const) {
    if (parent.signal.aborted) throw stopped();
    const record = await startChild(deps, parent, request, run);
    await request.onStarted?.(record.id);
    const outcome = await executeGeneration(runDeps, record, parent.user, request.handler, {
      parent: parent.signal,
      checkpoint: run === 1 ? carried : undefined,
    });
    if (parent.signal.aborted || outcome.status === "stopped") throw stopped();
    if (outcome.status === "succeeded") {
      const source = (outcome.output as { source?: { provider?: string } }).source;
      return {
        generationId: record.id,
        output: outcome.output,
        provider: source?.provider ?? null,
        runs: run,
      };
    }
    deps.log.log("warn", "child generation failed", {
      generation_id: parent.id,
      kind: request.kind,
      run,
      child: record.id,
    });
  }
  throw new GenerationFailure(
    "generation_failed",
    `the ${request.kind} stage failed, even offline`,
  );
}
