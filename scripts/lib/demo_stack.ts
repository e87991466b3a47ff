import { jsonLogger } from "../../shared/log.ts";
import { startLocalStack } from "./local_stack.ts";

export interface DemoStack {
  url: string;
  /** True when the demo started its own embedded stack (closed again by close()). */
  embedded: boolean;
  close(): Promise<void>;
}

/** False when nothing listens at the URL's host and port. */
async function listening(url: URL): Promise<boolean> {
  try {
    const conn = await Deno.connect({
      hostname: url.hostname.replace(/^\[|\]$/g, ""),
      port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    });
    conn.close();
    return true;
  } catch (err) {
    if (err instanceof Deno.errors.ConnectionRefused) return false;
    throw err;
  }
}

/**
 * The stack the demo talks to: the one answering at `url` (scripts/dev) when there is one,
 * else, when nothing listens there, the embedded stack started in this process on a free port,
 * on the same local database scripts/dev uses. Something else listening at `url` is an error,
 * not a reason to open that database a second time. Embedded logs (warnings, errors) go to
 * stderr.
 */
export async function demoStack(
  url: string,
  env: Record<string, string | undefined>,
): Promise<DemoStack> {
  if (await listening(new URL(url))) {
    const res = await fetch(`${url}/functions/v1/health`, { signal: AbortSignal.timeout(10_000) })
      .catch((err) => err as Error);
    const body = res instanceof Response ? await res.json().catch(() => null) : null;
    if (res instanceof Response && res.ok && body?.status === "ok") {
      return { url, embedded: false, close: async () => {} };
    }
    throw new Error(
      `something listens at ${url} but GET /functions/v1/health does not answer as the local ` +
        `stack (${res instanceof Response ? res.status : res.message}); stop it or pass --url`,
    );
  }
  const stack = await startLocalStack({
    env,
    port: 0,
    log: jsonLogger("warn", (line) => console.error(line)),
  });
  return { url: stack.url, embedded: true, close: () => stack.close() };
}
