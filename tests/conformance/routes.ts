import type { Conformance } from "./stack.ts";
import { CRON_SECRET } from "./stack.ts";

/** One operation of docs/openapi.json. */
export interface Operation {
  /** "POST /generations/{id}/cancel" */
  key: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  auth: "user" | "cron" | "none";
  hasBody: boolean;
  hasId: boolean;
  /** Statuses the document lists for it. */
  documented: number[];
}

/** Every path × method of the generated document, so a new route is in the tier at once. */
export async function operations(): Promise<Operation[]> {
  const doc = JSON.parse(
    await Deno.readTextFile(new URL("../../docs/openapi.json", import.meta.url)),
  );
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "patch", "delete", "put"].includes(method)) continue;
      const security = (op.security as Record<string, unknown>[] | undefined) ?? [];
      const schemes = security.flatMap((s) => Object.keys(s));
      ops.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as Operation["method"],
        path,
        auth: schemes.includes("cronSecret")
          ? "cron"
          : schemes.includes("bearerAuth")
          ? "user"
          : "none",
        hasBody: "requestBody" in op,
        hasId: path.includes("{id}"),
        documented: Object.keys(op.responses as object).map(Number),
      });
    }
  }
  return ops;
}

/** Ids the valid calls need, made once through the API itself. */
export interface Fixtures {
  project: string;
  /** A finished names generation. */
  generation: string;
  /** A succeeded package filed under `project`. */
  pkg: string;
  /** A new project of the user's, for a call that deletes one. */
  freshProject(): Promise<string>;
}

/** A valid call of an operation and the statuses it may answer. */
export interface ValidCall {
  path: string;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
  expect: number[];
}

const brief = { description: "Solar lanterns and camp lights for hikers who travel light" };
const cron = { headers: { "x-cron-secret": CRON_SECRET }, expect: [200] };
const generate = (body: Record<string, unknown>) => ({ body, expect: [200, 202] });

/**
 * How to call each operation validly; its id placeholder is filled from the fixtures. The
 * tier fails for an operation in the document without an entry here.
 */
export const VALID_CALLS: Record<string, (fx: Fixtures) => Promise<ValidCall> | ValidCall> = {
  "GET /account": () => ({ path: "/account", expect: [200] }),
  "POST /check-domains": () => ({
    path: "/check-domains",
    ...generate({ names: ["lumora"], tlds: ["com", "io"] }),
  }),
  "POST /cron/probe-providers": () => ({ path: "/cron/probe-providers", ...cron }),
  "POST /cron/purge-deleted-files": () => ({ path: "/cron/purge-deleted-files", ...cron }),
  "POST /cron/purge-expired": () => ({ path: "/cron/purge-expired", ...cron }),
  "POST /cron/purge-orphans": () => ({ path: "/cron/purge-orphans", ...cron }),
  "POST /cron/refresh-research": () => ({ path: "/cron/refresh-research", ...cron }),
  "POST /cron/sweep-generations": () => ({ path: "/cron/sweep-generations", ...cron }),
  "POST /generate-colors": () => ({ path: "/generate-colors", ...generate({ brief }) }),
  "POST /generate-logos": () => ({
    path: "/generate-logos",
    ...generate({ brand_name: "Lumora", brief, count: 1 }),
  }),
  "POST /generate-names": () => ({ path: "/generate-names", ...generate({ brief, count: 3 }) }),
  "POST /generate-package": () => ({
    path: "/generate-package",
    body: { brief, name: "Lumora" },
    expect: [202],
  }),
  "POST /generate-taglines": () => ({
    path: "/generate-taglines",
    ...generate({ brand_name: "Lumora", brief, count: 3 }),
  }),
  "GET /generations": () => ({ path: "/generations?limit=5", expect: [200] }),
  "GET /generations/{id}": (fx) => ({ path: `/generations/${fx.generation}`, expect: [200] }),
  "POST /generations/{id}/cancel": (fx) => ({
    path: `/generations/${fx.generation}/cancel`,
    expect: [200],
  }),
  // A first export answers 202 for each render step, then 200.
  "GET /generations/{id}/export": (fx) => ({
    path: `/generations/${fx.pkg}/export`,
    expect: [200, 202],
  }),
  "GET /health": () => ({ path: "/health", expect: [200] }),
  "GET /health/ready": () => ({ path: "/health/ready", expect: [200] }),
  "POST /projects": () => ({ path: "/projects", body: { name: "Lumen", brief }, expect: [201] }),
  "GET /projects": () => ({ path: "/projects?limit=5", expect: [200] }),
  "GET /projects/{id}": (fx) => ({ path: `/projects/${fx.project}`, expect: [200] }),
  "PATCH /projects/{id}": (fx) => ({
    path: `/projects/${fx.project}`,
    body: { name: "Lumen Renamed" },
    expect: [200],
  }),
  "DELETE /projects/{id}": async (fx) => ({
    path: `/projects/${await fx.freshProject()}`,
    expect: [204],
  }),
  "GET /projects/{id}/export": (fx) => ({
    path: `/projects/${fx.project}/export`,
    expect: [200, 202],
  }),
};

/** The operation's path with this id in place of {id}. */
export const withId = (op: Operation, id: string) => op.path.replace("{id}", id);

/** Makes the fixtures through the API, waiting for the package to succeed. */
export async function makeFixtures(c: Conformance): Promise<Fixtures> {
  const token = c.tokens.user;
  const newProject = async () => {
    const res = await c.call("POST", "/projects", { token, body: { name: "Lumen", brief } });
    if (res.status !== 201) throw new Error(`fixture project: ${res.status} ${res.text}`);
    return res.json.id as string;
  };
  const project = await newProject();
  const names = await c.call("POST", "/generate-names", { token, body: { brief, count: 3 } });
  if (names.status !== 200) throw new Error(`fixture names: ${names.status} ${names.text}`);
  const started = await c.call("POST", "/generate-package", {
    token,
    body: { brief, name: "Lumora", project_id: project },
  });
  if (started.status !== 202) throw new Error(`fixture package: ${started.status}`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const got = await c.call("GET", `/generations/${started.json.id}`, { token });
    if (got.json?.status === "succeeded") break;
    if (!["queued", "running"].includes(got.json?.status) || Date.now() > deadline) {
      throw new Error(`fixture package: ${got.text}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { project, generation: names.json.id, pkg: started.json.id, freshProject: newProject };
}
