import { z } from "zod";
import { raceAbort } from "../abort.ts";
import { timeLimit, TimeLimitError } from "./abort.ts";
import { readJsonLimited } from "./json_body.ts";

/** The IANA registry of RDAP servers per TLD (RFC 9224). */
export const IANA_DNS_BOOTSTRAP_URL = "https://data.iana.org/rdap/dns.json";

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Which RDAP servers serve which TLD, as published on `publication`. */
export interface RdapBootstrap {
  publication: string;
  /** TLD (A-label, lower case) → base URLs, each ending in "/", https first. */
  servers: ReadonlyMap<string, readonly string[]>;
}

export class BootstrapError extends Error {
  override name = "BootstrapError";
}

const BootstrapFile = z.object({
  version: z.string(),
  publication: z.string(),
  services: z.array(z.tuple([z.array(z.string()), z.array(z.string())])),
});

/**
 * An RDAP base URL in canonical form, ending in "/" so that `${base}domain/x` stays under
 * it (RFC 9224 §3 lets the file omit the slash); undefined unless http(s) without a query.
 */
export function toBaseUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash) {
    return undefined;
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Parses a dns.json document; throws a BootstrapError when it does not have that shape. */
export function parseBootstrap(json: unknown): RdapBootstrap {
  const file = BootstrapFile.safeParse(json);
  if (!file.success) throw new BootstrapError("the RDAP bootstrap file is malformed");
  const servers = new Map<string, string[]>();
  for (const [tlds, urls] of file.data.services) {
    const bases = urls.map(toBaseUrl).filter((u): u is string => u !== undefined)
      // RFC 9224 §3: prefer https when a service lists both.
      .sort((a, b) => Number(b.startsWith("https:")) - Number(a.startsWith("https:")));
    if (bases.length === 0) continue;
    for (const tld of tlds) {
      const key = tld.toLowerCase();
      if (!servers.has(key)) servers.set(key, bases);
    }
  }
  return { publication: file.data.publication, servers };
}

/** Where a check gets the bootstrap from; `signal` only stops this caller's wait. */
export interface BootstrapSource {
  get(signal?: AbortSignal): Promise<RdapBootstrap>;
}

export interface BootstrapCacheOptions {
  fetch?: Fetch;
  url?: string;
  /** How long a fetched file is used before it is fetched again. */
  ttlMs?: number;
  /** After a failed refresh, how long the stale copy is used before the next try. */
  retryMs?: number;
  timeoutMs?: number;
  /** The clock, in epoch milliseconds; tests move it. */
  now?: () => number;
}

const MAX_BOOTSTRAP_BYTES = 4_000_000;

/**
 * The bootstrap file cached in memory. Concurrent callers share one fetch (single flight);
 * a failed refresh keeps serving the stale copy, since server lists change rarely, and
 * with no copy at all every waiting caller gets the error.
 */
export function createBootstrapCache(options: BootstrapCacheOptions = {}): BootstrapSource {
  const fetchFn: Fetch = options.fetch ?? ((url, init) => fetch(url, init));
  const url = options.url ?? IANA_DNS_BOOTSTRAP_URL;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60_000;
  const retryMs = options.retryMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  let cached: { value: RdapBootstrap; freshUntil: number } | undefined;
  let inFlight: Promise<RdapBootstrap> | undefined;

  async function download(): Promise<RdapBootstrap> {
    // The fetch is shared, so only its own timeout (never one caller's signal) may stop it.
    const limit = timeLimit(timeoutMs, new TimeLimitError(`no answer within ${timeoutMs} ms`));
    try {
      const response = await fetchFn(url, {
        signal: limit.signal,
        headers: { accept: "application/json" },
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw new BootstrapError(`the RDAP bootstrap answered HTTP ${response.status}`);
      }
      const body = await readJsonLimited(response, MAX_BOOTSTRAP_BYTES);
      if (!body.ok) throw new BootstrapError(`the RDAP bootstrap is unreadable: ${body.reason}`);
      return parseBootstrap(body.value);
    } catch (err) {
      if (err instanceof BootstrapError) throw err;
      const why = limit.signal.aborted ? limit.signal.reason.message : String(err);
      throw new BootstrapError(`the RDAP bootstrap could not be fetched: ${why}`);
    } finally {
      limit.clear();
    }
  }

  function refresh(): Promise<RdapBootstrap> {
    return download().then(
      (value) => {
        cached = { value, freshUntil: now() + ttlMs };
        return value;
      },
      (err) => {
        if (!cached) throw err;
        cached.freshUntil = now() + retryMs;
        return cached.value;
      },
    ).finally(() => {
      inFlight = undefined;
    });
  }

  return {
    get(signal) {
      if (cached && now() < cached.freshUntil) return Promise.resolve(cached.value);
      inFlight ??= refresh();
      return raceAbort(inFlight, signal);
    },
  };
}

/** The isolate's cache of the IANA file, shared by every check; fetched on first use. */
export const isolateBootstrap: BootstrapSource = createBootstrapCache();
