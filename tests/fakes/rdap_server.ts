/**
 * A loopback RDAP service for tests and benchmarks: it serves a bootstrap file (RFC 9224)
 * listing itself under several base paths, and domain answers (RFC 9083) whose behaviour
 * each test sets per domain or per request path.
 */

/** How the fake answers a domain query. */
export type FakeAnswer =
  /** 200 with a domain object; `ldhName` defaults to the queried domain. */
  | { kind: "registered"; statuses?: string[]; ldhName?: string }
  | { kind: "not_found" }
  /** Any status and body, e.g. 500, or 429 without Retry-After. */
  | { kind: "status"; status: number; body?: string; headers?: Record<string, string> }
  /** 429 with this Retry-After for the first `times` queries, then `then` (counted per object). */
  | { kind: "rate_limited"; retryAfter: string; times: number; then: FakeAnswer }
  /** Never answers until the fake closes (and stays counted in flight until then). */
  | { kind: "hang" }
  /** 200 with a body cut short in the middle of the JSON. */
  | { kind: "malformed" }
  /** 200 with a valid RDAP object of another class, such as "entity". */
  | { kind: "object"; objectClassName: string }
  /** 302 to `location` (a path on this server or any URL). */
  | { kind: "redirect"; location: string };

export interface FakeRdapOptions {
  /** Base path ("/com/") → TLDs it serves; each becomes a bootstrap service pointing here. */
  registries: Record<string, string[]>;
  /** Base path → more paths listed in the same service (mirrors answering alike). */
  mirrors?: Record<string, string[]>;
  /** More bootstrap services, e.g. pointing at other fakes. */
  extraServices?: [string[], string[]][];
  /** Delay before every domain answer. */
  latencyMs?: number;
  /** Delay before the bootstrap file. */
  bootstrapLatencyMs?: number;
}

export interface FakeRdapStats {
  bootstrapFetches: number;
  /** Path of every domain query received, in arrival order. */
  queries: string[];
  inFlight: number;
  /** The most domain queries ever in flight at once. */
  maxInFlight: number;
}

export interface FakeRdap {
  readonly origin: string;
  readonly bootstrapUrl: string;
  /** Answers keyed by request path ("/com/domain/acme.com") or by domain; default 404. */
  readonly answers: Map<string, FakeAnswer>;
  /** The status the bootstrap file is served with; anything but 200 serves an error. */
  bootstrapStatus: number;
  latencyMs: number;
  readonly stats: FakeRdapStats;
  /** The absolute base URL of one of the registry paths. */
  base(path: string): string;
  close(): Promise<void>;
}

const RDAP_JSON = { "content-type": "application/rdap+json" };

/** Waits `ms` (forever if undefined), or less if the signal aborts; never rejects. */
function pause(ms: number | undefined, signal: AbortSignal): Promise<void> {
  if (ms === 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

export function startFakeRdap(options: FakeRdapOptions): FakeRdap {
  const mirrorsOf = (path: string) => options.mirrors?.[path] ?? [];
  const basePaths = new Set(Object.keys(options.registries).flatMap((p) => [p, ...mirrorsOf(p)]));
  const closing = new AbortController();
  const rateLimitedSoFar = new WeakMap<FakeAnswer, number>();
  const stats: FakeRdapStats = { bootstrapFetches: 0, queries: [], inFlight: 0, maxInFlight: 0 };

  async function respond(answer: FakeAnswer, domain: string): Promise<Response> {
    switch (answer.kind) {
      case "registered":
        return Response.json({
          rdapConformance: ["rdap_level_0"],
          objectClassName: "domain",
          ldhName: answer.ldhName ?? domain,
          status: answer.statuses ?? ["active"],
        }, { headers: RDAP_JSON });
      case "not_found":
        return Response.json({ errorCode: 404, title: "Not Found" }, {
          status: 404,
          headers: RDAP_JSON,
        });
      case "status":
        return new Response(answer.body ?? null, {
          status: answer.status,
          headers: answer.headers,
        });
      case "rate_limited": {
        const served = rateLimitedSoFar.get(answer) ?? 0;
        if (served >= answer.times) return respond(answer.then, domain);
        rateLimitedSoFar.set(answer, served + 1);
        return new Response(null, { status: 429, headers: { "retry-after": answer.retryAfter } });
      }
      case "hang":
        await pause(undefined, closing.signal);
        return new Response(null, { status: 504 });
      case "malformed":
        return new Response('{"objectClassName": "domain", "ldhName": ', { headers: RDAP_JSON });
      case "object":
        return Response.json({ objectClassName: answer.objectClassName, handle: "X-1" }, {
          headers: RDAP_JSON,
        });
      case "redirect":
        return new Response(null, { status: 302, headers: { location: answer.location } });
    }
  }

  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    async (request): Promise<Response> => {
      const { pathname } = new URL(request.url);
      if (pathname === "/bootstrap/dns.json") {
        stats.bootstrapFetches++;
        await pause(options.bootstrapLatencyMs ?? 0, closing.signal);
        if (fake.bootstrapStatus !== 200) {
          return new Response("unavailable", { status: fake.bootstrapStatus });
        }
        return Response.json(bootstrapFile);
      }
      const query = /^(\/(?:.*\/)?)domain\/([^/]+)$/.exec(pathname);
      if (!query || !basePaths.has(query[1])) {
        return new Response("not an RDAP path", { status: 400 });
      }
      const domain = query[2];
      stats.queries.push(pathname);
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        await pause(fake.latencyMs, closing.signal);
        const answer = fake.answers.get(pathname) ?? fake.answers.get(domain) ??
          { kind: "not_found" };
        return await respond(answer, domain);
      } finally {
        stats.inFlight--;
      }
    },
  );

  const origin = `http://127.0.0.1:${server.addr.port}`;
  const bootstrapFile: Record<string, unknown> = {
    version: "1.0",
    publication: "2026-01-01T00:00:00Z",
    description: "loopback fake",
    services: [
      ...Object.entries(options.registries).map(([path, tlds]): [string[], string[]] => [
        tlds,
        [path, ...mirrorsOf(path)].map((p) => `${origin}${p}`),
      ]),
      ...options.extraServices ?? [],
    ],
  };
  const fake: FakeRdap = {
    origin,
    bootstrapUrl: `${origin}/bootstrap/dns.json`,
    answers: new Map(),
    bootstrapStatus: 200,
    latencyMs: options.latencyMs ?? 0,
    stats,
    base: (path) => `${origin}${path}`,
    async close() {
      closing.abort();
      await server.shutdown();
    },
  };
  return fake;
}
