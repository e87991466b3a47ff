import { parseArgs } from "node:util";
import { localEnv } from "./lib/env_files.ts";
import { localKey, signToken } from "./lib/local_auth.ts";
import { runDemo } from "./lib/demo_client.ts";
import { describeDemoFailure } from "./lib/demo_report.ts";
import { demoStack } from "./lib/demo_stack.ts";

/**
 * scripts/demo "<brief>": the main job end to end — a brand package generated through the HTTP
 * API, as an app would, and its brand kit written to ./out/<name>/ (the ZIP and its files).
 * Uses the stack answering at --url (scripts/dev) or, when nothing listens there, starts the
 * embedded stack in this process for the run.
 */
const { values, positionals } = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: {
    name: { type: "string" },
    url: { type: "string" },
    industry: { type: "string" },
    user: { type: "string" },
  },
});
const description = positionals.join(" ").trim();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
if (description.length < 10 || (values.user && !UUID.test(values.user))) {
  console.error(
    'usage: scripts/demo "<a brief of at least 10 characters>" [--name Chosen] [--industry x]' +
      " [--user <uuid>] [--url http://localhost:54321]",
  );
  Deno.exit(2);
}
const env = await localEnv();
const supabaseUrl = (env.SUPABASE_URL ?? "http://localhost:54321").replace(/\/$/, "");
const issuer = env.JWT_ISSUER ?? `${supabaseUrl}/auth/v1`;
const key = await localKey();
// The same default user as scripts/token, so its projects are yours there too.
const sub = values.user ?? "00000000-0000-4000-8000-000000000001";

const stack = await demoStack((values.url ?? supabaseUrl).replace(/\/$/, ""), env).catch((err) => {
  console.error(`demo failed: ${err.message}`);
  Deno.exit(1);
});
if (stack.embedded) console.log(`no local stack answered; started one in this process`);
const result = await runDemo({
  url: stack.url,
  anonKey: await signToken(key, { sub, role: "anon", issuer }),
  userToken: await signToken(key, {
    sub,
    email: values.user ? undefined : "dev@example.com",
    issuer,
  }),
  brief: { description, ...(values.industry ? { industry: values.industry } : {}) },
  name: values.name,
  onProgress: (line) => console.log(line),
}).catch(async (err) => {
  console.error(describeDemoFailure(err, new Date()));
  await stack.close();
  Deno.exit(1);
});
await stack.close();

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
// What the domain checks established, as the kit's manifest says it ("not checked: no
// registry answered" when none did), not which service was asked.
const manifest = JSON.parse(new TextDecoder().decode(result.files["manifest.json"]));
console.log(`
${pkg.output.name}${pkg.output.tagline ? ` — ${pkg.output.tagline}` : ""}
stages: ${
  pkg.output.stages.map((s) => `${s.stage}:${s.provider ?? "-"}${s.fell_back ? " (offline)" : ""}`)
    .join(", ")
}
domains: ${manifest.domain_check?.text ?? "not checked"}
brand kit: ${dir}/brand-kit.zip (${result.kit.bytes} bytes, sha256 ${
  result.kit.sha256.slice(0, 16)
}…), ${Object.keys(result.files).length} files
open ${dir}/brand-guide.html`);
