import { functionNames } from "./lib/local_stack.ts";
import { openApiDocument } from "../shared/http/openapi_document.ts";
import { VERSION } from "../shared/version.ts";

/**
 * scripts/openapi: merges every function's OpenAPI 3.1 document (generated from the zod
 * route definitions) into docs/openapi.json. `--check` fails when the file is stale.
 */
const OUT = new URL("../docs/openapi.json", import.meta.url);

type Doc = {
  paths?: Record<string, unknown>;
  components?: Record<string, Record<string, unknown>>;
};

export async function mergedDocument() {
  const paths: Record<string, unknown> = {};
  const components: Record<string, Record<string, unknown>> = {};
  for (const name of await functionNames()) {
    const { default: app } = await import(`../supabase/functions/${name}/app.ts`);
    const doc = await openApiDocument(app, {
      openapi: "3.1.0",
      info: { title: name, version: VERSION },
    }) as Doc;
    for (const [path, item] of Object.entries(doc.paths ?? {})) paths[path] = item;
    for (const [kind, entries] of Object.entries(doc.components ?? {})) {
      components[kind] = { ...components[kind], ...entries };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Brand Package Generator",
      version: VERSION,
      description:
        "Supabase Edge Functions that turn a business brief into a brand package. See docs/api.md.",
    },
    servers: [
      { url: "http://localhost:54321/functions/v1", description: "local stack (scripts/dev)" },
      {
        url: "https://{project_ref}.supabase.co/functions/v1",
        variables: { project_ref: { default: "your-project" } },
      },
    ],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components,
  };
}

if (import.meta.main) {
  const text = JSON.stringify(await mergedDocument(), null, 2) + "\n";
  if (Deno.args.includes("--check")) {
    const current = await Deno.readTextFile(OUT).catch(() => "");
    if (current !== text) {
      console.error("docs/openapi.json is stale: run scripts/openapi");
      Deno.exit(1);
    }
    console.error("docs/openapi.json is current");
  } else {
    await Deno.writeTextFile(OUT, text);
    console.error(`wrote docs/openapi.json (${Object.keys(JSON.parse(text).paths).length} paths)`);
  }
}
