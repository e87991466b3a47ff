import assert from "node:assert/strict";
import {
  bundledResearch,
  RESEARCH_NAMES,
  researchSchema,
  researchVersion,
} from "../shared/research/bundled.ts";

Deno.test("research: every bundled set passes the schema its overrides are held to", async () => {
  for (const name of RESEARCH_NAMES) {
    const result = (await researchSchema(name)).safeParse(await bundledResearch(name));
    assert.ok(result.success, `${name}: ${JSON.stringify(result.error?.issues[0])}`);
  }
});

Deno.test("research: a set's version is a hash of its content", async () => {
  const naming = await bundledResearch("naming");
  assert.match(naming.version, /^naming-[0-9a-f]{12}$/);
  const { version: _, ...data } = naming;
  assert.equal(await researchVersion("naming", structuredClone(data)), naming.version);
  const changed = { ...data, endings: [...data.endings, "ix"] };
  assert.notEqual(await researchVersion("naming", changed), naming.version);
});

Deno.test("research: a malformed override is refused by its set's schema", async () => {
  const result = (await researchSchema("taglines")).safeParse({ formulas: "not a list" });
  assert.equal(result.success, false);
  assert.ok(result.error!.issues.length > 0);
});
