import { describeError, type Logger, silentLogger } from "../log.ts";
import { raceAbort } from "../abort.ts";
import { timeLimit, TimeLimitError } from "./abort.ts";
import { type BootstrapSource, type Fetch, isolateBootstrap } from "./bootstrap.ts";
import { cacheTtlSeconds, type DomainResultCache } from "./cache.ts";
import { buildDirectory, type RdapDirectory } from "./directory.ts";
import { KeyedLimiter } from "./limiter.ts";
import { Semaphore } from "../semaphore.ts";
import { type DomainTarget, expandTargets } from "./normalize.ts";
import { queryDomain, type RdapClient } from "./rdap.ts";
import type { DomainCheckRequest, DomainCheckResponse, DomainResult } from "./schema.ts";
import { verdictFor } from "./verdict.ts";

export interface DomainCheckerOptions {
  fetch?: Fetch;
  /** Where the IANA bootstrap comes from; the isolate-wide cache unless given. */
  bootstrap?: BootstrapSource;
  /** Operator overrides (TLD → RDAP base URL), loaded once per check; they beat the bootstrap. */
  loadOverrides?: () => Promise<Readonly<Record<string, string>>>;
  cache?: DomainResultCache;
  log?: Logger;
  /** Requests in flight per RDAP host, across all checks of this checker. */
  perHostConcurrency?: number;
  /** Requests in flight in all, across all checks of this checker. */
  concurrency?: number;
  /** How long one HTTP exchange with an RDAP server may take. */
  requestTimeoutMs?: number;
  /** How long one check may take in all; whatever is not known by then is `unknown`. */
  deadlineMs?: number;
  /** Tries per domain when a server answers 429 or 503 with Retry-After. */
  maxAttempts?: number;
  /** The clock for `checked_at`. */
  now?: () => Date;
}

/**
 * Ten per host lets 20 names × 5 TLDs (five registries) finish in two rounds of requests,
 * while no registry sees more than ten at once from one isolate.
 */
export const DOMAIN_CHECK_DEFAULTS = {
  perHostConcurrency: 10,
  concurrency: 50,
  requestTimeoutMs: 5_000,
  deadlineMs: 12_000,
  maxAttempts: 3,
} as const;

export interface DomainChecker {
  /** Verdicts for every domain of the request, in request order; never throws for RDAP trouble. */
  check(request: DomainCheckRequest, signal?: AbortSignal): Promise<DomainCheckResponse>;
}

/** A checker's settings, defaults filled in, and the limits its checks share. */
interface Engine {
  options: DomainCheckerOptions;
  fetch: Fetch;
  bootstrap: BootstrapSource;
  log: Logger;
  now: () => Date;
  requestTimeoutMs: number;
  deadlineMs: number;
  maxAttempts: number;
  hosts: KeyedLimiter;
  overall: Semaphore;
}

function engineOf(options: DomainCheckerOptions): Engine {
  return {
    options,
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    bootstrap: options.bootstrap ?? isolateBootstrap,
    log: options.log ?? silentLogger,
    now: options.now ?? (() => new Date()),
    requestTimeoutMs: options.requestTimeoutMs ?? DOMAIN_CHECK_DEFAULTS.requestTimeoutMs,
    deadlineMs: options.deadlineMs ?? DOMAIN_CHECK_DEFAULTS.deadlineMs,
    maxAttempts: options.maxAttempts ?? DOMAIN_CHECK_DEFAULTS.maxAttempts,
    hosts: new KeyedLimiter(options.perHostConcurrency ?? DOMAIN_CHECK_DEFAULTS.perHostConcurrency),
    overall: new Semaphore(options.concurrency ?? DOMAIN_CHECK_DEFAULTS.concurrency),
  };
}

/** A source that fails degrades to fewer known servers (hence `unknown`), never to an error. */
async function loadDirectory(e: Engine, signal: AbortSignal): Promise<RdapDirectory> {
  const [file, overrides] = await Promise.all([
    e.bootstrap.get(signal).catch((err) => {
      e.log.log("warn", "rdap bootstrap unavailable", describeError(err));
      return undefined;
    }),
    e.options.loadOverrides && raceAbort(e.options.loadOverrides(), signal).catch((err) => {
      e.log.log("warn", "rdap overrides unavailable", describeError(err));
      return undefined;
    }),
  ]);
  return buildDirectory({ bootstrap: file, overrides });
}

async function readCache(e: Engine, domains: string[], signal: AbortSignal) {
  if (!e.options.cache || domains.length === 0) return new Map<string, DomainResult>();
  try {
    return await raceAbort(e.options.cache.get(domains), signal);
  } catch (err) {
    e.log.log("warn", "domain cache read failed", describeError(err));
    return new Map<string, DomainResult>();
  }
}

async function writeCache(e: Engine, results: DomainResult[]) {
  const cacheable = results.filter((r) => cacheTtlSeconds(r) > 0);
  if (!e.options.cache || cacheable.length === 0) return;
  try {
    await e.options.cache.put(cacheable);
  } catch (err) {
    e.log.log("warn", "domain cache write failed", describeError(err));
  }
}

async function lookUp(
  e: Engine,
  targets: DomainTarget[],
  deadline: number,
  signal: AbortSignal,
): Promise<DomainResult[]> {
  if (targets.length === 0) return [];
  const client: RdapClient = {
    fetch: e.fetch,
    directory: await loadDirectory(e, signal),
    signal,
    deadline,
    requestTimeoutMs: e.requestTimeoutMs,
    maxAttempts: e.maxAttempts,
    // Host slot first: a request queued behind a busy registry holds no overall slot.
    schedule: (url, exchange) =>
      e.hosts.run(url.host, () => e.overall.run(exchange, signal), signal),
  };
  return await Promise.all(targets.map(async ({ domain, name, tld }) => {
    const answer = await queryDomain(domain, tld, client);
    const verdict = verdictFor(domain, answer);
    return {
      domain,
      name,
      tld,
      status: verdict.status,
      source: "rdap" as const,
      server: answer.server,
      checked_at: e.now().toISOString(),
      detail: verdict.detail,
    };
  }));
}

async function check(
  e: Engine,
  request: DomainCheckRequest,
  signal?: AbortSignal,
): Promise<DomainCheckResponse> {
  const started = Date.now();
  const targets = expandTargets(request.names, request.tlds);
  const limit = timeLimit(
    e.deadlineMs,
    new TimeLimitError(`the check's ${e.deadlineMs} ms deadline passed`),
    signal,
  );
  try {
    const cached = await readCache(e, targets.map((t) => t.domain), limit.signal);
    const fresh = await lookUp(
      e,
      targets.filter((t) => !cached.has(t.domain)),
      started + e.deadlineMs,
      limit.signal,
    );
    await writeCache(e, fresh);
    const freshByDomain = new Map(fresh.map((r) => [r.domain, r]));
    const results = targets.map((t) => {
      const hit = cached.get(t.domain);
      // A cached verdict may stem from another caller's spelling of the name.
      return hit ? { ...hit, name: t.name } : freshByDomain.get(t.domain)!;
    });
    e.log.log("info", "domains checked", {
      domains: targets.length,
      from_cache: targets.length - fresh.length,
      unknown: results.filter((r) => r.status === "unknown").length,
      ms: Date.now() - started,
    });
    return { results };
  } finally {
    limit.clear();
  }
}

/**
 * The engine behind check-domains. Build one per isolate: its concurrency limits then hold
 * across concurrent requests.
 */
export function createDomainChecker(options: DomainCheckerOptions = {}): DomainChecker {
  const engine = engineOf(options);
  return { check: (request, signal) => check(engine, request, signal) };
}
