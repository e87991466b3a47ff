import { jwksOf } from "../../scripts/lib/local_auth.ts";
import { testKey } from "./app.ts";

const ROOT = new URL("../../", import.meta.url);

export interface DevProcess {
  url: string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, as Ctrl-C would; resolves with the exit code. */
  stop(): Promise<number>;
}

/**
 * scripts/dev as a user starts it: its own process, its own PGlite and Storage directories
 * (unless env names others), port 0. Tokens from tests/helpers/app.ts tokenFor() verify
 * against it.
 */
export async function startDevProcess(env: Record<string, string> = {}): Promise<DevProcess> {
  const dir = await Deno.makeTempDir({ prefix: "bpg-dev-" });
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", "scripts/dev.ts"],
    cwd: ROOT,
    env: {
      PORT: "0",
      DATABASE_URL: "",
      SUPABASE_DB_URL: "",
      PGLITE_DATA_DIR: `${dir}/pglite`,
      STORAGE_LOCAL_DIR: `${dir}/storage`,
      SUPABASE_JWKS: JSON.stringify(jwksOf(await testKey())),
      LOG_LEVEL: "error",
      ...env,
    },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();

  let text = "";
  const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += value;
    }
  })();
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!url) {
    url = text.match(/functions:\s+(http:\/\/\S+?)\/functions\/v1/)?.[1];
    if (url) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`scripts/dev did not start:\n${text}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stderr: () => text,
    async stop() {
      child.kill("SIGTERM");
      const { code } = await child.status;
      await pump;
      await Deno.remove(dir, { recursive: true }).catch(() => {});
      return code;
    },
  };
}
