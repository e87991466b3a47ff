/** Reading the repository's own TypeScript sources, for tests that check the code's shape. */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every .ts file under `dir` (relative to the repository root), as root-relative paths. */
export async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string) => {
    for await (const entry of Deno.readDir(path)) {
      const full = `${path}/${entry.name}`;
      if (entry.isDirectory) await walk(full);
      else if (entry.name.endsWith(".ts")) out.push(relative(ROOT, full));
    }
  };
  await walk(`${ROOT}${dir}`);
  return out.sort();
}

export const readSource = (path: string) => Deno.readTextFile(`${ROOT}${path}`);
