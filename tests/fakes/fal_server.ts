/**
 * A loopback fal queue API, at the paths the SDK builds under https://queue.fal.run:
 *   POST /<owner>/<alias>[/<path>]               submit → {request_id, status_url, …}
 *   GET  /<owner>/<alias>/requests/<id>/status   IN_QUEUE | IN_PROGRESS | COMPLETED
 *   GET  /<owner>/<alias>/requests/<id>          the result
 * The client reaches it through FAL_BASE_URL (see shared/ai/providers/fal_images.ts).
 */
import {
  type LoopbackServer,
  nextScripted,
  type ReceivedRequest,
  type Reply,
  type Scripted,
  startLoopback,
} from "./loopback.ts";

export interface FalJob {
  id: string;
  /** "<owner>/<alias>" as in the status and result paths. */
  app: string;
  input: Record<string, unknown>;
  polls: number;
}

export interface FalFake extends LoopbackServer {
  readonly submit: Scripted[];
  readonly status: Scripted[];
  readonly result: Scripted[];
  /** Submitted jobs by request id; tests may add jobs "submitted by an earlier run". */
  readonly jobs: Map<string, FalJob>;
  /** Status polls answered IN_PROGRESS before a job is COMPLETED. */
  pollsBeforeDone: number;
}

export const SVG_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="24"/></svg>';

export function startFalFake(): FalFake {
  const submit: Scripted[] = [];
  const status: Scripted[] = [];
  const result: Scripted[] = [];
  const jobs = new Map<string, FalJob>();
  const server = startLoopback((request) => route(request));
  const fake: FalFake = Object.assign(server, { submit, status, result, jobs, pollsBeforeDone: 1 });

  function route(request: ReceivedRequest): Reply {
    // The CDN that serves result files (fal.media in production): SVG results only.
    const file = request.path.match(/^\/files\/([^/]+)\/image\.svg$/);
    if (request.method === "GET" && file) {
      return jobs.has(file[1])
        ? { status: 200, text: SVG_LOGO, headers: { "content-type": "image/svg+xml" } }
        : { status: 404, text: "Not Found" };
    }
    const match = request.path.match(/^\/([^/]+\/[^/]+)\/requests\/([^/]+)(\/status)?$/);
    if (request.method === "GET" && match) {
      const [, app, id, isStatus] = match;
      const job = jobs.get(id);
      const scripted = nextScripted(isStatus ? status : result, request);
      if (scripted) return scripted;
      if (!job || job.app !== app) return falError(404, "Request not found");
      return isStatus ? statusOf(job) : { status: 200, headers: idHeader(id), json: output(job) };
    }
    if (request.method === "POST") {
      const scripted = nextScripted(submit, request);
      if (scripted) return scripted;
      const [owner, alias] = request.path.slice(1).split("/");
      const job: FalJob = {
        id: crypto.randomUUID(),
        app: `${owner}/${alias}`,
        input: request.body as Record<string, unknown>,
        polls: 0,
      };
      jobs.set(job.id, job);
      return {
        status: 200,
        headers: idHeader(job.id),
        json: { ...urls(job), status: "IN_QUEUE", queue_position: 0, logs: null, metrics: {} },
      };
    }
    return falError(405, "Method Not Allowed");
  }

  function urls(job: FalJob) {
    const base = `https://queue.fal.run/${job.app}/requests/${job.id}`;
    return {
      request_id: job.id,
      response_url: base,
      status_url: `${base}/status`,
      cancel_url: `${base}/cancel`,
    };
  }

  function statusOf(job: FalJob): Reply {
    job.polls++;
    const done = job.polls > fake.pollsBeforeDone;
    return {
      status: done ? 200 : 202,
      headers: idHeader(job.id),
      json: done
        ? { ...urls(job), status: "COMPLETED", logs: null, metrics: { inference_time: 1.2 } }
        : { ...urls(job), status: "IN_PROGRESS", logs: null, metrics: {} },
    };
  }

  /** Recraft's output: one file; SVG for the vector_illustration style family. */
  function output(job: FalJob) {
    const vector = String(job.input.style ?? "").startsWith("vector_illustration");
    const name = vector ? "image.svg" : "image.png";
    return {
      images: [{
        url: `${fake.url}/files/${job.id}/${name}`,
        content_type: vector ? "image/svg+xml" : "image/png",
        file_name: name,
        file_size: vector ? SVG_LOGO.length : 68,
      }],
    };
  }
  return fake;
}

const idHeader = (id: string) => ({ "x-fal-request-id": id });

/** fal's error body: a string `detail`, or FastAPI's list of `{loc, msg, type}`. */
export function falError(status: number, detail: unknown, headers: Record<string, string> = {}) {
  return { status, headers, json: { detail } } satisfies Reply;
}

export const falErrors = {
  server: () => falError(500, "Internal Server Error"),
  invalidKey: () => falError(401, "Invalid Key Authorization header format."),
  contentPolicy: () =>
    falError(422, [{
      loc: ["body", "prompt"],
      msg: "The prompt was flagged by the content checker.",
      type: "content_policy_violation",
    }]),
};
