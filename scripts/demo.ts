import { parseArgs } from "node:util";
import { readEnvFile } from "./lib/env_files.ts";
import { localKey, signToken } from "./lib/local_auth.ts";
import { runDemo } from "./lib/demo_client.ts";

/**
 * scripts/demo "<brief>": the main job end to end against a running local stack
 * (scripts/dev): a brand package generated through the HTTP API, as an app would, and its
 * brand kit written to ./out/<name>/ (the ZIP and its files).
 */
const { values, positionals } = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: { name: { type: "string" }, url: { type: "string" }, industry: { type: "string" } },
});
const description = positionals.join(" ").trim();
if (description.length < 10) {
  console.error(
    'usage: scripts/demo "<a brief of at least 10 characters>" [--name Chosen] [--industry x]',
  );
  Deno.exit(2);
}
const env = {
  ...await readEnvFile(new URL("../env/local.env", import.meta.url)),
  ...Deno.env.toObject(),
};
const url = (values.url ?? env.SUPABASE_URL ?? "http://localhost:54321").replace(/\/$/, "");
const issuer = `${env.SUPABASE_URL ?? "http://localhost:54321"}/auth/v1`;
const key = await localKey();
const sub = "00000000-0000-4000-8000-000000000001";
const result = await runDemo({
  url,
  anonKey: await signToken(key, { sub, role: "anon", issuer }),
  userToken: await signToken(key, { sub, email: "dev@example.com", issuer }),
  brief: { description, ...(values.industry ? { industry: values.industry } : {}) },
  name: values.name,
  onProgress: (line) => console.log(line),
}).catch((err) => {
  console.error(
    `demo failed: ${err.message}\nIs the local stack running? Start it with scripts/dev.`,
  );
  Deno.exit(1);
});

const pkg = result.package as {
  output: {
    name: string;
    tagline: string | null;
    stages: { stage: string; provider: string | null; fell_back: boolean }[];
  };
};
const slug = pkg.output.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") ||
  "brand";
const dir = `out/${slug}`;
await Deno.mkdir(dir, { recursive: true });
await Deno.writeFile(`${dir}/brand-kit.zip`, result.zip);
for (const [path, bytes] of Object.entries(result.files)) {
  await Deno.mkdir(`${dir}/${path.split("/").slice(0, -1).join("/")}`, { recursive: true });
  await Deno.writeFile(`${dir}/${path}`, bytes);
}
console.log(`
${pkg.output.name}${pkg.output.tagline ? ` — ${pkg.output.tagline}` : ""}
stages: ${
  pkg.output.stages.map((s) => `${s.stage}:${s.provider ?? "-"}${s.fell_back ? " (offline)" : ""}`)
    .join(", ")
}
brand kit: ${dir}/brand-kit.zip (${result.kit.bytes} bytes, sha256 ${
  result.kit.sha256.slice(0, 16)
}…), ${Object.keys(result.files).length} files
open ${dir}/brand-guide.html`);
