/**
 * The layers of shared/ (docs/architecture.md): every import points down or sideways, never
 * up. A new top-level module must be given a layer here before it can be imported.
 */
import assert from "node:assert/strict";
import { dirname, join, normalize } from "node:path";
import { readSource, sourceFiles } from "./helpers/source.ts";

/** Top to bottom; a module may import its own layer and the layers below it. */
const LAYERS: readonly (readonly string[])[] = [
  ["supabase/functions"],
  ["shared/http"],
  ["shared/generation"],
  ["shared/deps.ts", "shared/assemble.ts"],
  [
    "shared/package",
    "shared/projects",
    "shared/kit",
    "shared/names",
    "shared/domains",
    "shared/logos",
    "shared/colors",
    "shared/taglines",
    "shared/analysis",
    "shared/marks",
    "shared/type",
    "shared/brief.ts",
  ],
  ["shared/ai", "shared/storage", "shared/research"],
  [
    "shared/db",
    "shared/runtime",
    "shared/auth",
    "shared/config.ts",
    "shared/log.ts",
    "shared/hash.ts",
    "shared/hash_sync.ts",
    "shared/storable.ts",
    "shared/lazy.ts",
    "shared/bytes.ts",
    "shared/random.ts",
    "shared/abort.ts",
    "shared/version.ts",
    "shared/cron_schedule.ts",
    "shared/zod.ts",
    "shared/semaphore.ts",
    "drizzle",
  ],
];

/** The layer index of a root-relative path (0 = top), or undefined when it has none. */
export function layerOf(path: string): number | undefined {
  const index = LAYERS.findIndex((layer) =>
    layer.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
  );
  return index < 0 ? undefined : index;
}

const IMPORT =
  /(?:^|[;\s])(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The relative specifiers a source imports (static, re-exports, type-only and dynamic). */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2])
    .filter((s) => s.startsWith("."));
}

Deno.test("layers: the parser sees every kind of import", () => {
  const source = [
    'import { a } from "./a.ts";',
    'import type { B } from "../b/b.ts";',
    'export { c } from "./c.ts";',
    "const d = await import('./d.ts');",
    'import {\n  e,\n  type E,\n} from "./e.ts";',
    'import { z } from "zod";',
  ].join("\n");
  assert.deepEqual(relativeImports(source), ["./a.ts", "../b/b.ts", "./c.ts", "./d.ts", "./e.ts"]);
});

Deno.test("layers: a lower layer importing a higher one is reported", () => {
  assert.deepEqual(layerOf("shared/storage/assets.ts")! > layerOf("shared/deps.ts")!, true);
  assert.deepEqual(layerOf("shared/http/app.ts"), 1);
  assert.deepEqual(layerOf("shared/nowhere/x.ts"), undefined);
});

Deno.test("layers: every import in shared/ and supabase/functions points down or sideways", async () => {
  const problems: string[] = [];
  for (const file of [...await sourceFiles("shared"), ...await sourceFiles("supabase/functions")]) {
    const from = layerOf(file);
    if (from === undefined) {
      problems.push(`${file}: not in the layer table`);
      continue;
    }
    for (const spec of relativeImports(await readSource(file))) {
      const target = normalize(join(dirname(file), spec));
      const to = layerOf(target);
      if (to === undefined) problems.push(`${file} → ${target}: not in the layer table`);
      else if (to < from) problems.push(`${file} → ${target}: upward`);
    }
  }
  assert.deepEqual(problems, []);
});
