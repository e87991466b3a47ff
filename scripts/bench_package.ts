/**
 * Critical-path benchmark of generate-package (issue 6): providers on loopback with fixed
 * latencies (text 300 ms per call, fal 150 ms per request, RDAP 100 ms), packages run through
 * HTTP, and each package's wall time compared with its critical path
 * analysis + names + domains + max(logos, colors, taglines): the stages measured from the child
 * generations, the brief analysis (the package's own AI call) from its recorded attempts.
 * Target: ratio ≤ 1.15. Usage: scripts/bench package [runs]
 */
import { settleBackground } from "../shared/runtime/background.ts";
import { createGeneratePackageApp } from "../supabase/functions/generate-package/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { client, newUserId, testDeps, tokenFor } from "../tests/helpers/app.ts";
import { freshPglite } from "../tests/helpers/db.ts";
import { chatCompletion } from "../tests/fakes/openai_server.ts";
import { startLoopback } from "../tests/fakes/loopback.ts";
import { startFalFake } from "../tests/fakes/fal_server.ts";
import { startFakeRdap } from "../tests/fakes/rdap_server.ts";
import { median } from "./lib/stats.ts";

const runs = Number(Deno.args[0] ?? 3);
const answers: Record<string, (n: number) => unknown> = {
  brief_analysis: () => ({
    industry: "energy",
    offerings: ["solar lanterns"],
    benefits: ["light that lasts the night"],
    audience: ["hikers"],
    place: null,
    personality: ["rugged", "natural"],
    concepts: [{ term: "lantern", related: ["light", "glow"], weight: 1 }],
  }),
  brand_names: (n) => ({
    names: Array.from(
      { length: n },
      (_, i) => ({
        name: `Lumora${String.fromCharCode(97 + i)}`,
        style: "invented",
        rationale: "light",
      }),
    ),
  }),
  taglines: (n) => ({
    taglines: Array.from(
      { length: n },
      (_, i) => ({ text: `Carry the sun, trail ${i + 1}`, tone: "warm", rationale: "sun" }),
    ),
  }),
  palette_spec: () => ({
    spec: {
      primary: { hue: 140, chroma: 0.14 },
      secondary: { hue: 200, chroma: 0.1 },
      accents: [{ hue: 60, chroma: 0.15 }],
      chroma: 0.14,
      neutral: { hue: 140, chroma: 0.01 },
    },
    rationale: "Forest green for the outdoors, sky blue, a sunny accent.",
  }),
};
const text = startLoopback((req) => {
  const body = req.body as { model: string; response_format?: { json_schema?: { name: string } } };
  const name = body.response_format?.json_schema?.name ?? "";
  return chatCompletion(JSON.stringify(answers[name]?.(12) ?? {}), { model: body.model });
});
text.latencyMs = 300;
const fal = startFalFake();
fal.latencyMs = 150;
const rdap = startFakeRdap({
  registries: { "/com/": ["com", "io", "co", "ai", "app"] },
  latencyMs: 100,
});

const deps = await testDeps(await freshPglite(), {
  OPENAI_API_KEY: "sk-bench",
  OPENAI_BASE_URL: `${text.url}/v1`,
  AI_TEXT_CHAIN: "openai:gpt-4.1-mini",
  FAL_KEY: "fal-bench",
  FAL_BASE_URL: fal.url,
  AI_IMAGE_CHAIN: "fal:fal-ai/recraft-v3",
  RDAP_BOOTSTRAP_URL: rdap.bootstrapUrl,
});
const pkg = client(createGeneratePackageApp({ deps: async () => deps }), "generate-package");
const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
const ms = (g: { started_at: string; finished_at: string }) =>
  Date.parse(g.finished_at) - Date.parse(g.started_at);

const ratios: number[] = [];
for (let run = 0; run < runs; run++) {
  const token = await tokenFor(newUserId());
  const brief = { description: `Solar lanterns for hikers, run ${run}`, industry: "outdoor" };
  const res = await pkg("POST", "", {
    token,
    body: { brief, name_count: 5, logo_count: 2, tagline_count: 4, tlds: ["com", "io"] },
  });
  await settleBackground();
  const done = (await gens("GET", `/${res.json.id}`, { token })).json;
  const kids = (await gens("GET", `?parent_id=${res.json.id}`, { token })).json.items as {
    kind: string;
    started_at: string;
    finished_at: string;
  }[];
  const t = Object.fromEntries(kids.map((k) => [k.kind, ms(k)]));
  const own = (done.usage?.attempts ?? []) as { latency_ms?: number }[];
  t.analysis = own.reduce((sum, a) => sum + (a.latency_ms ?? 0), 0);
  const critical = t.analysis + t.names + t.domains + Math.max(t.logos, t.colors, t.taglines);
  const total = Date.parse(done.finished_at) - Date.parse(done.created_at);
  ratios.push(total / critical);
  console.log(
    `run ${
      run + 1
    }: total ${total} ms; analysis ${t.analysis}, names ${t.names}, domains ${t.domains}, logos ${t.logos}, colors ${t.colors}, taglines ${t.taglines} → critical path ${critical} ms, ratio ${
      (total / critical).toFixed(3)
    }`,
  );
}
console.log(`median ratio total / critical path: ${median(ratios).toFixed(3)} (target ≤ 1.15)`);
await Promise.all([text.close(), fal.close(), rdap.close()]);
await deps.database.close();
