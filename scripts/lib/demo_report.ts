import { DemoHttpError } from "./demo_client.ts";

/**
 * What scripts/demo prints when the main job fails: a quota refusal as a quota refusal with
 * its reset time, another API error with its code and message, anything else as it is.
 */
export function describeDemoFailure(err: unknown, now: Date): string {
  if (err instanceof DemoHttpError && err.status === 429 && err.body.error === "quota_exceeded") {
    const d = err.body.details ?? {};
    const resetsAt = typeof d.resets_at === "string" ? new Date(d.resets_at) : undefined;
    const window = d.window === "month" ? "monthly" : "daily";
    const lines = [
      `quota refused: ${err.body.message ?? "the quota is used up"}.`,
      `  ${window} window: ${d.used ?? "?"} of ${d.limit ?? "?"} units used, ${
        d.requested ?? "?"
      } requested`,
    ];
    if (resetsAt && !Number.isNaN(resetsAt.getTime())) {
      lines.push(`  resets at ${resetsAt.toISOString()} (in ${until(resetsAt, now)})`);
    }
    lines.push("  Try again then, or run the demo as another user: --user <uuid>.");
    return lines.join("\n");
  }
  if (err instanceof DemoHttpError) {
    return `${err.what} failed: ${err.status} ${err.body.error ?? ""}: ${
      err.body.message ?? "no message"
    }`;
  }
  return `demo failed: ${err instanceof Error ? err.message : String(err)}`;
}

function until(at: Date, now: Date): string {
  const minutes = Math.max(0, Math.ceil((at.getTime() - now.getTime()) / 60_000));
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h} h ${minutes % 60} min` : `${minutes} min`;
}
