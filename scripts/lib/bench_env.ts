import { jwksOf, type LocalKey } from "./local_auth.ts";

export const ROOT = new URL("../../", import.meta.url);

/** The benchmarks' issuer; tokens signed for it pass the functions' verifier. */
export const BENCH_SUPABASE_URL = "http://127.0.0.1:9";
export const BENCH_ISSUER = `${BENCH_SUPABASE_URL}/auth/v1`;

/** What a deployed function sees: a database URL, the project URL, a server key, the JWKS. */
export function deployedEnv(databaseUrl: string, key: LocalKey): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SUPABASE_URL: BENCH_SUPABASE_URL,
    SUPABASE_SECRET_KEYS: JSON.stringify({ default: "sb_secret_bench" }),
    SUPABASE_JWKS: JSON.stringify(jwksOf(key)),
    CRON_SECRET: "bench-cron-secret-0123456789",
    NO_COLOR: "1",
  };
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

export interface Served {
  /** Spawn → first HTTP answer on the probe path, in ms. */
  startMs: number;
  /** The status of that answer. */
  status: number;
  origin: string;
  /** CPU time (user + system) the server process has used so far, in ms (Linux /proc). */
  cpuMs(): number;
  /** What the process wrote to stdout and stderr so far (with `capture`; else ""). */
  output(): string;
  /** Kills the process; safe to call twice. */
  stop(): Promise<void>;
}

const TICKS_PER_SECOND = 100;

function cpuMsOf(pid: number): number {
  // /proc/<pid>/stat: the command may contain spaces, so count fields after its ")".
  const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 1000 / TICKS_PER_SECOND;
}

/**
 * Runs `deno run -A <file>` as its own process (Deno.serve honours DENO_SERVE_ADDRESS) and
 * waits for its first HTTP answer, whatever the status. With `capture`, its stdout and stderr
 * are kept for `output()` (tests read its log); else stderr goes to ours.
 */
export async function serve(
  file: string,
  env: Record<string, string>,
  probePath: string,
  probe: RequestInit = {},
  { capture = false } = {},
): Promise<Served> {
  const port = freePort();
  const origin = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", file],
    cwd: ROOT,
    env: { ...env, DENO_SERVE_ADDRESS: `tcp:127.0.0.1:${port}` },
    stdout: capture ? "piped" : "null",
    stderr: capture ? "piped" : "inherit",
  }).spawn();
  let text = "";
  const drain = (stream: ReadableStream<Uint8Array>) =>
    stream.pipeThrough(new TextDecoderStream()).pipeTo(
      new WritableStream({ write: (chunk) => void (text += chunk) }),
    );
  const draining = capture ? Promise.all([drain(child.stdout), drain(child.stderr)]) : null;
  const stop = async () => {
    try {
      child.kill("SIGKILL");
    } catch { /* already gone */ }
    await child.status;
    await draining?.catch(() => {});
  };
  const output = () => text;
  while (performance.now() - t0 < 30_000) {
    try {
      const res = await fetch(origin + probePath, probe);
      await res.body?.cancel();
      const startMs = performance.now() - t0;
      const cpuMs = () => cpuMsOf(child.pid);
      return { startMs, status: res.status, origin, cpuMs, output, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 2));
    }
  }
  await stop();
  throw new Error(`${file} did not answer within 30 s`);
}
