import { eq } from "drizzle-orm";
import { generations } from "../../drizzle/schema.ts";
import { asAdmin } from "../db/scope.ts";
import type { Deps } from "../deps.ts";
import { continueInBackground } from "../runtime/background.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import { resumablePackages } from "./lifecycle.ts";
import { executeGeneration } from "./runner.ts";

/**
 * Picks up packages whose worker died (isolate killed, wall clock exceeded): each is claimed
 * again and continues from its checkpoint, in the background, on behalf of its owner. After
 * MAX_PACKAGE_ATTEMPTS workers the sweeper fails and refunds it instead.
 */
export async function resumePackages<I, O>(
  deps: Deps,
  handler: GenerationHandler<I, O, Deps>,
): Promise<string[]> {
  const ids = await resumablePackages(deps.database.db, deps.now());
  for (const id of ids) {
    const [record] = await asAdmin(
      deps.database.db,
      (tx) => tx.select().from(generations).where(eq(generations.id, id)),
    );
    if (!record) continue;
    // Acting for the owner: child stages are started through the user path, under RLS.
    const owner = {
      id: record.ownerId,
      claims: { sub: record.ownerId, role: "authenticated" as const },
    };
    continueInBackground(executeGeneration(deps, record, owner, handler));
  }
  return ids;
}
