import { createClient, FunctionsHttpError, type SupabaseClient } from "@supabase/supabase-js";
import { unzipSync } from "fflate";

export interface DemoOptions {
  /** The stack's base URL, e.g. http://localhost:54321. */
  url: string;
  anonKey: string;
  userToken: string;
  brief: { description: string; industry?: string; keywords?: string[] };
  name?: string;
  onProgress?: (line: string) => void;
  /** Give up waiting for the package after this long. */
  timeoutMs?: number;
}

export interface DemoResult {
  projectId: string;
  packageId: string;
  kit: { url: string; sha256: string; bytes: number; cached: boolean };
  zip: Uint8Array;
  files: Record<string, Uint8Array>;
  package: Record<string, unknown>;
}

/** A function answered with an error: its status and the API's error body. */
export class DemoHttpError extends Error {
  override name = "DemoHttpError";
  constructor(
    readonly what: string,
    readonly status: number,
    readonly body: { error?: string; message?: string; details?: Record<string, unknown> },
  ) {
    super(`${what} failed: ${status} ${body.error ?? ""} ${body.message ?? ""}`.trim());
  }
}

async function unwrap<T>(
  call: Promise<{ data: T | null; error: unknown }>,
  what: string,
): Promise<T> {
  const { data, error } = await call;
  if (error instanceof FunctionsHttpError) {
    const res = error.context as Response;
    throw new DemoHttpError(what, res.status, await res.json().catch(() => ({})));
  }
  if (error) throw new Error(`${what} failed: ${(error as Error).message}`);
  return data as T;
}

type Kit = DemoResult["kit"];
type KitPending = { status: "building"; step: number; steps: number };

/**
 * The project's kit: a first export is built a step per request, each answered 202 (status
 * "building") until the last answers 200 with the URL, so ask again while it is building.
 */
async function exportKit(
  supabase: Pick<SupabaseClient, "functions">,
  projectId: string,
  say: (line: string) => void,
): Promise<Kit> {
  for (let asked = 1;; asked++) {
    const answer = await unwrap<Kit | KitPending>(
      supabase.functions.invoke(`projects/${projectId}/export`, { method: "GET" }),
      "exporting the brand kit",
    );
    if (!("status" in answer)) return answer;
    say(`  building  kit step ${answer.step}/${answer.steps}`);
    if (asked > answer.steps) throw new Error("the kit export did not finish");
  }
}

/**
 * What an app does with this backend, through supabase-js: create a project, ask for a brand
 * package, follow its progress, export the brand kit and download it.
 */
export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const supabase = createClient(o.url, o.anonKey, {
    accessToken: () => Promise.resolve(o.userToken),
  });
  const say = o.onProgress ?? (() => {});
  const project = await unwrap<{ id: string }>(
    supabase.functions.invoke("projects", {
      body: {
        name: o.name ?? o.brief.description.split(/\s+/).slice(0, 4).join(" "),
        brief: o.brief,
      },
    }),
    "creating the project",
  );
  const started = await unwrap<{ id: string }>(
    supabase.functions.invoke("generate-package", {
      body: { brief: o.brief, project_id: project.id, ...(o.name ? { name: o.name } : {}) },
      headers: { "idempotency-key": crypto.randomUUID() },
    }),
    "starting the package",
  );
  say(`package ${started.id} accepted`);

  const deadline = Date.now() + (o.timeoutMs ?? 120_000);
  let last = "";
  let pkg: {
    status: string;
    progress: { stage: string; completed: number; total: number } | null;
    error: unknown;
  };
  for (;;) {
    pkg = await unwrap(
      supabase.functions.invoke(`generations/${started.id}`, { method: "GET" }),
      "polling",
    );
    const line = pkg.progress
      ? `${pkg.progress.stage} ${pkg.progress.completed}/${pkg.progress.total}`
      : pkg.status;
    if (line !== last) say(`  ${pkg.status.padEnd(9)} ${line}`);
    last = line;
    if (!["queued", "running"].includes(pkg.status)) break;
    if (Date.now() > deadline) throw new Error("the package did not finish in time");
    await new Promise((r) => setTimeout(r, 300));
  }
  if (pkg.status !== "succeeded") {
    throw new Error(`the package ${pkg.status}: ${JSON.stringify(pkg.error)}`);
  }

  const kit = await exportKit(supabase, project.id, say);
  const res = await fetch(kit.url);
  if (!res.ok) throw new Error(`downloading the kit answered ${res.status}`);
  const zip = new Uint8Array(await res.arrayBuffer());
  return {
    projectId: project.id,
    packageId: started.id,
    kit,
    zip,
    files: unzipSync(zip),
    package: pkg as Record<string, unknown>,
  };
}
