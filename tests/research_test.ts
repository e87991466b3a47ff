import assert from "node:assert/strict";
import { dirname, join, normalize } from "node:path";
import {
  bundledResearch,
  RESEARCH_NAMES,
  RESEARCH_SCHEMAS,
  researchVersion,
} from "../shared/research/bundled.ts";
import { readSource, sourceFiles } from "./helpers/source.ts";

Deno.test("research: every bundled set passes the schema its overrides are held to", async () => {
  for (const name of RESEARCH_NAMES) {
    const result = RESEARCH_SCHEMAS[name].safeParse(await bundledResearch(name));
    assert.ok(result.success, `${name}: ${JSON.stringify(result.error?.issues[0])}`);
  }
});

Deno.test("research: a set's version is a hash of its content", async () => {
  const naming = await bundledResearch("naming");
  assert.match(naming.version, /^naming-[0-9a-f]{12}$/);
  const { version: _, ...data } = naming;
  assert.equal(researchVersion("naming", structuredClone(data)), naming.version);
  const changed = { ...data, endings: [...data.endings, "ix"] };
  assert.notEqual(researchVersion("naming", changed), naming.version);
});

Deno.test("research: a malformed override is refused by its set's schema", () => {
  const result = RESEARCH_SCHEMAS.taglines.safeParse({ formulas: "not a list" });
  assert.equal(result.success, false);
  assert.ok(result.error!.issues.length > 0);
});

/** Relative modules a file imports for its value (type-only and dynamic imports excluded). */
function valueImports(source: string): string[] {
  const statement = /(?:^|\n)\s*(import|export)\s+(?!type\s)([^;]*?)\s+from\s+["']([^"']+)["']/g;
  return [...source.matchAll(statement)].map((m) => m[3]).filter((s) => s.startsWith("."));
}

Deno.test("research: data sets are never imported statically by a function, only loaded on use", async () => {
  const DATA = ["naming", "taglines", "colors", "logo_styles"].map((n) =>
    `shared/research/${n}.ts`
  );
  for (
    const entry of (await sourceFiles("supabase/functions")).filter((f) => f.endsWith("index.ts"))
  ) {
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of valueImports(await readSource(file))) {
        const target = normalize(join(dirname(file), spec));
        if (!target.startsWith("drizzle/")) queue.push(target);
      }
    }
    assert.deepEqual(DATA.filter((d) => seen.has(d)), [], entry);
    // The walk does reach the modules that read the data.
    if (entry.includes("generate-names")) assert.ok(seen.has("shared/names/prompt.ts"));
  }
});
