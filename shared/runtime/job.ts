/**
 * The contract between the generation worker and the handlers it runs. Handlers live with
 * their domains, below the worker, so the contract lives here: a handler names the narrow set
 * of dependencies it needs (`D`) and the worker hands it those and nothing else it relies on.
 */
import type { AuthUser } from "../auth/verify.ts";
import { once } from "../lazy.ts";

/** What a handler gets: its input, its dependencies, a progress reporter and a stop signal. */
export interface GenerationContext<I, D = unknown> {
  id: string;
  input: I;
  user: AuthUser;
  deps: D;
  /** Aborted when the generation is canceled or its lease is lost: stop and return. */
  signal: AbortSignal;
  progress(stage: string, completed: number, total: number): Promise<void>;
  /** What an earlier worker of this generation saved (null on a first run). */
  checkpoint: unknown;
  /** Saves state a later worker resumes from (e.g. provider jobs already paid for). */
  saveCheckpoint(value: unknown): Promise<void>;
  /** Runs another handler as a child generation of this one (see ChildRequest). */
  runChild<CI, CO>(request: ChildRequest<CI, CO, D>): Promise<ChildResult<CO>>;
}

export type GenerationHandler<I, O, D = unknown> = (ctx: GenerationContext<I, D>) => Promise<O>;

/**
 * A handler whose module is imported on its first run (`() => import("…").then((m) => m.x)`):
 * a function's cold start then skips its engine, data and libraries, which only a generation
 * needs. A failed import is retried on the next run.
 */
export function lazyHandler<I, O, D>(
  load: () => Promise<GenerationHandler<I, O, D>>,
): GenerationHandler<I, O, D> {
  const handler = once(load);
  return async (ctx) => (await handler())(ctx);
}

/** The kinds of generation there are (the `kind` column). */
export type JobKind = "names" | "domains" | "logos" | "colors" | "taglines" | "package";

/**
 * A child generation: 0 units (its parent paid), visible like any other generation, stopped
 * with its parent. A run that fails is retried once with the offline generators only.
 */
export interface ChildRequest<I, O, D> {
  kind: JobKind;
  input: I;
  handler: GenerationHandler<I, O, D>;
  /** A child an earlier worker of the parent started: its checkpoint is carried over. */
  resumeFrom?: string;
  /** Called with the child's id as soon as it exists (so the parent can checkpoint it). */
  onStarted?: (generationId: string) => Promise<void>;
}

export interface ChildResult<O> {
  generationId: string;
  output: O;
  /** The provider of the output's source, if it names one. */
  provider: string | null;
  /** Runs it needed: 2 when the first failed and the offline retry succeeded. */
  runs: number;
}

/** A failure the user may see (code and message are stored and returned as they are). */
export class GenerationFailure extends Error {
  constructor(readonly code: "provider_unavailable" | "generation_failed", message: string) {
    super(message);
    this.name = "GenerationFailure";
  }
}

/** The parent was canceled (or lost its lease) while a child ran. */
export class GenerationStopped extends Error {
  override name = "GenerationStopped";
}
