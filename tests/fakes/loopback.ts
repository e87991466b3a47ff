/**
 * A scripted HTTP server on 127.0.0.1 (port 0) for the provider fakes: it records every
 * request it receives and answers from per-route queues of replies, then from a default.
 */

export interface ReceivedRequest {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  /** Parsed JSON when the request sent JSON, else the raw text ("" for no body). */
  body: unknown;
}

/** An HTTP answer, or `hang`: no answer at all until the client gives up. */
export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { hang: true };

/** A reply, or a function of the request (e.g. to echo a tool name back). */
export type Scripted = Reply | ((request: ReceivedRequest) => Reply);

export const hang: Reply = { hang: true };

export interface LoopbackServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Requests received, optionally only those whose path matches. */
  count(path?: string | RegExp): number;
  /** Delay before every answer (a provider's fixed latency, for benchmarks). */
  latencyMs: number;
  close(): Promise<void>;
}

export function startLoopback(
  answer: (request: ReceivedRequest) => Reply | Promise<Reply>,
): LoopbackServer {
  const requests: ReceivedRequest[] = [];
  const hanging = new Set<() => void>();
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const url = new URL(req.url);
    const text = await req.text();
    const json = (req.headers.get("content-type") ?? "").includes("json") && text !== "";
    const received: ReceivedRequest = {
      method: req.method,
      path: url.pathname,
      search: url.search,
      headers: req.headers,
      body: json ? JSON.parse(text) : text,
    };
    requests.push(received);
    if (loopback.latencyMs > 0) await new Promise((r) => setTimeout(r, loopback.latencyMs));
    const reply = await answer(received);
    if ("hang" in reply) {
      // Held until the server closes; by then the client has given up on it.
      await new Promise<void>((resolve) => hanging.add(resolve));
      return new Response(null, { status: 499 });
    }
    const headers = new Headers(reply.headers);
    if (reply.json !== undefined && !headers.has("content-type")) {
      headers.set("content-type", "application/json");
    }
    const body = reply.json !== undefined ? JSON.stringify(reply.json) : reply.text ?? null;
    return new Response(body, { status: reply.status, headers });
  });
  const { port } = server.addr as Deno.NetAddr;
  const loopback: LoopbackServer = {
    latencyMs: 0,
    url: `http://127.0.0.1:${port}`,
    requests,
    count(path) {
      if (path === undefined) return requests.length;
      return requests.filter((r) => typeof path === "string" ? r.path === path : path.test(r.path))
        .length;
    },
    async close() {
      for (const release of hanging) release();
      await server.shutdown();
    },
  };
  return loopback;
}

/** Takes the next scripted reply of a route, or undefined when its script has run out. */
export function nextScripted(script: Scripted[], request: ReceivedRequest): Reply | undefined {
  const next = script.shift();
  return typeof next === "function" ? next(request) : next;
}

export const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0"))
    .join("");
