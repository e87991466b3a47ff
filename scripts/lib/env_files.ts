/** Reads KEY=value lines (comments and blanks ignored); a missing file is empty. */
export async function readEnvFile(path: URL): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return {};
    throw err;
  }
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = line.match(/^\s*([A-Z][A-Z0-9_]*)\s*=\s*(.*?)\s*$/);
    if (match) out[match[1]] = match[2].replace(/^(['"])(.*)\1$/, "$2");
  }
  return out;
}

const ROOT = new URL("../../", import.meta.url);

/**
 * The local stack's environment: env/local.env (committed defaults), then
 * env/secrets.env (yours, git-ignored), then the process environment.
 */
export async function localEnv(): Promise<Record<string, string>> {
  return {
    ...await readEnvFile(new URL("env/local.env", ROOT)),
    ...await readEnvFile(new URL("env/secrets.env", ROOT)),
    ...Deno.env.toObject(),
  };
}
