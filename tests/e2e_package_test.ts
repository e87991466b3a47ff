import assert from "node:assert/strict";
import { contrastRatio } from "../shared/colors/contrast.ts";
import type { Database } from "../shared/db/client.ts";
import { inspectPng } from "../shared/logos/png.ts";
import { sanitizeSvg } from "../shared/logos/sanitize_svg.ts";
import { FAVICON_STYLE } from "../shared/kit/web_files.ts";
import { silentLogger } from "../shared/log.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { runDemo } from "../scripts/lib/demo_client.ts";
import { signToken } from "../scripts/lib/local_auth.ts";
import { startLocalStack } from "../scripts/lib/local_stack.ts";
import { newUserId, TEST_ISSUER, testKey, tokenFor } from "./helpers/app.ts";
import { freshPglite, freshPostgres, TEST_DATABASE_URL } from "./helpers/db.ts";
import { startFakeRdap } from "./fakes/rdap_server.ts";

const sha256 = async (bytes: Uint8Array) =>
  Array.from(
    new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)),
    (b) => b.toString(16).padStart(2, "0"),
  ).join("");
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Opens every file the kit lists and checks it is what it claims to be. */
async function checkKit(
  files: Record<string, Uint8Array>,
  pkg: {
    output: {
      palette: {
        themes: Record<string, Record<string, string>>;
        contrast: { theme: string; fg: string; bg: string }[];
      };
    };
  },
) {
  const manifest = JSON.parse(text(files["manifest.json"]));
  assert.ok(manifest.files.length >= 30, `${manifest.files.length} files listed`);
  for (const entry of manifest.files as { path: string; sha256: string }[]) {
    const bytes = files[entry.path];
    assert.ok(bytes, `${entry.path} is in the zip`);
    assert.equal(await sha256(bytes), entry.sha256, `${entry.path} hash`);
    if (entry.path.endsWith(".svg")) {
      // The favicon's own dark-mode style sheet is the one thing the sanitizer would drop.
      const clean = sanitizeSvg(text(bytes).replace(`<style>${FAVICON_STYLE}</style>`, ""));
      assert.deepEqual(clean.removed, [], `${entry.path} is clean SVG`);
      assert.ok(!text(bytes).includes("<text"), `${entry.path} has no live text`);
    }
    const size = entry.path.match(/icon-(\d+)\.png$/);
    if (size) {
      const png = inspectPng(bytes);
      assert.deepEqual([png.width, png.height], [Number(size[1]), Number(size[1])], entry.path);
    } else if (entry.path.endsWith(".png")) {
      inspectPng(bytes);
    }
  }
  for (const size of [16, 32, 64, 180, 192, 512, 1024]) {
    assert.ok(files[`logos/png/icon-${size}.png`], `icon ${size}`);
  }
  assert.deepEqual(
    [...files["logos/favicon.ico"].slice(0, 6)],
    [0, 0, 1, 0, 3, 0],
    "an ICO with three images",
  );
  const tokens = JSON.parse(text(files["palette/tokens.json"]));
  assert.match(tokens.color.light.primary.$value.hex, /^#[0-9a-f]{6}$/);
  assert.equal(tokens.color.light.primary.$value.colorSpace, "srgb");
  assert.equal(tokens.color.light.primary.$type, "color");
  assert.ok(text(files["palette/tailwind.css"]).includes("@theme"));
  assert.equal(text(files["palette/palette.ase"].slice(0, 4)), "ASEF");
  const guide = text(files["brand-guide.html"]);
  assert.ok(!/<script/i.test(guide), "no scripts");
  assert.ok(
    !/(src|srcset)\s*=\s*["']?https?:|url\(\s*["']?https?:|<link\b/i.test(guide),
    "loads nothing from outside",
  );
  const { themes, contrast } = pkg.output.palette;
  for (const pair of contrast) {
    assert.ok(contrastRatio(themes[pair.theme][pair.fg], themes[pair.theme][pair.bg]) >= 4.5);
  }
}

async function endToEnd(database: Database) {
  const rdap = startFakeRdap({
    registries: { "/com/": ["com"], "/io/": ["io", "co", "ai", "app"] },
  });
  const stack = await startLocalStack({
    env: {
      SUPABASE_URL: "http://localhost:54321",
      RDAP_BOOTSTRAP_URL: rdap.bootstrapUrl,
      STORAGE_LOCAL_DIR: await Deno.makeTempDir(),
    },
    port: 0,
    database,
    key: await testKey(),
    log: silentLogger,
  });
  try {
    const userId = newUserId();
    const anonKey = await signToken(await testKey(), {
      sub: userId,
      role: "anon",
      issuer: TEST_ISSUER,
    });
    const progress: string[] = [];
    const result = await runDemo({
      url: stack.url,
      anonKey,
      userToken: await tokenFor(userId),
      onProgress: (line) => progress.push(line.trim()),
      brief: {
        description: "Solar-powered lanterns and camp lights for hikers who travel light",
        industry: "outdoor",
      },
    });
    const pkg = result.package as Parameters<typeof checkKit>[1] & {
      output: { name: string; domains: { status: string }[] };
    };
    assert.ok(
      pkg.output.domains.some((d) => d.status === "available"),
      "the fake registry answers 404 by default",
    );
    await checkKit(result.files, pkg);
    assert.deepEqual(
      progress.filter((line) => line.includes("kit step")),
      ["building  kit step 1/3", "building  kit step 2/3"],
      "a first export is built over HTTP in steps, each answered 202 and asked again",
    );

    const again = await runExport(stack.url, anonKey, await tokenFor(userId), result.projectId);
    assert.equal(again.status, 200);
    assert.equal(again.body.sha256, result.kit.sha256, "the same package exports the same kit");
    assert.equal(again.body.cached, true);
    const stranger = await runExport(
      stack.url,
      anonKey,
      await tokenFor(newUserId()),
      result.projectId,
    );
    assert.equal(stranger.status, 404, "another user's project does not exist for them");
  } finally {
    await settleBackground();
    await stack.close();
    await rdap.close();
  }
}

async function runExport(url: string, anonKey: string, token: string, projectId: string) {
  const res = await fetch(`${url}/functions/v1/projects/${projectId}/export`, {
    headers: { authorization: `Bearer ${token}`, apikey: anonKey },
  });
  return { status: res.status, body: await res.json() };
}

Deno.test({
  name: "end to end on PGlite: supabase-js → package → brand kit ZIP, every file valid",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const database = await freshPglite();
    try {
      await endToEnd(database);
    } finally {
      await database.close();
    }
  },
});

Deno.test({
  name:
    "end to end on PostgreSQL: supabase-js → package → brand kit ZIP, every file valid [PostgreSQL]",
  ignore: !TEST_DATABASE_URL,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const database = await freshPostgres();
    try {
      await endToEnd(database);
    } finally {
      await database.close();
    }
  },
});
