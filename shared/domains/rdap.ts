import { sleep } from "../abort.ts";
import { abortReason, timeLimit, TimeLimitError } from "./abort.ts";
import type { Fetch } from "./bootstrap.ts";
import type { RdapDirectory } from "./directory.ts";
import { type JsonBody, readJsonLimited } from "./json_body.ts";
import { retryAfterMs } from "./retry_after.ts";

/** What one RDAP domain query came to, before it is judged (see verdict.ts). */
export type RdapAnswer =
  | { kind: "object"; server: string; body: unknown }
  | { kind: "not_found"; server: string; authoritative: boolean }
  | { kind: "failed"; server: string | null; reason: string };

/** Everything a query needs from the check it belongs to. */
export interface RdapClient {
  fetch: Fetch;
  directory: RdapDirectory;
  /** Runs one HTTP exchange with the server at `url` once the concurrency limits allow. */
  schedule<T>(url: URL, exchange: () => Promise<T>): Promise<T>;
  /** Aborts when the whole check must stop: its deadline passed or the caller gave up. */
  signal: AbortSignal;
  /** Epoch milliseconds of the check's deadline; no wait may reach past it. */
  deadline: number;
  requestTimeoutMs: number;
  /** Tries per query, counting those repeated after a 429 or 503 with Retry-After. */
  maxAttempts: number;
}

const MAX_REDIRECTS = 3;
const MAX_ANSWER_BYTES = 1_000_000;
/** The wait after a 429 that names none; a 503 without Retry-After is not retried. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The RFC 9082 domain query URL under an RDAP base URL. */
export function rdapDomainUrl(base: string, aLabel: string): string {
  return `${base.endsWith("/") ? base : `${base}/`}domain/${aLabel}`;
}

/** One HTTP exchange, reduced to what the query loop needs. */
type Exchange =
  | { kind: "object"; body: JsonBody }
  | { kind: "not_found" }
  | { kind: "redirect"; location: string | null }
  | { kind: "retry"; status: number; waitMs: number | undefined }
  | { kind: "status"; status: number }
  | { kind: "error"; reason: string };

async function exchange(url: string, client: RdapClient): Promise<Exchange> {
  const limit = timeLimit(
    client.requestTimeoutMs,
    new TimeLimitError(`no answer within ${client.requestTimeoutMs} ms`),
    client.signal,
  );
  try {
    const response = await client.fetch(url, {
      // Redirects are followed by hand, and only to known RDAP servers.
      redirect: "manual",
      signal: limit.signal,
      headers: { accept: "application/rdap+json, application/json" },
    });
    const { status } = response;
    if (status === 200) {
      return { kind: "object", body: await readJsonLimited(response, MAX_ANSWER_BYTES) };
    }
    await response.body?.cancel();
    if (status === 404) return { kind: "not_found" };
    if (REDIRECT_STATUSES.has(status)) {
      return { kind: "redirect", location: response.headers.get("location") };
    }
    if (status === 429 || status === 503) {
      return { kind: "retry", status, waitMs: retryAfterMs(response.headers.get("retry-after")) };
    }
    return { kind: "status", status };
  } catch (err) {
    const reason = limit.signal.aborted
      ? abortReason(limit.signal)
      : `network error: ${err instanceof Error ? err.message : String(err)}`;
    return { kind: "error", reason };
  } finally {
    limit.clear();
  }
}

function resolveLocation(location: string | null, from: string): string | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, from).href;
  } catch {
    return undefined;
  }
}

/** Waits as a retry answer asks, within the tries and the deadline; else says why not. */
async function waitToRetry(
  result: Extract<Exchange, { kind: "retry" }>,
  attempts: number,
  client: RdapClient,
): Promise<string | null> {
  const waitMs = result.waitMs ?? (result.status === 429 ? DEFAULT_RATE_LIMIT_WAIT_MS : undefined);
  if (waitMs === undefined) return `HTTP ${result.status}`;
  if (attempts >= client.maxAttempts) return `still HTTP ${result.status} after ${attempts} tries`;
  if (Date.now() + waitMs > client.deadline) {
    const seconds = Math.ceil(waitMs / 1000);
    return `HTTP ${result.status}: asked to retry in ${seconds} s, past the deadline`;
  }
  try {
    await sleep(waitMs, client.signal);
    return null;
  } catch {
    return abortReason(client.signal);
  }
}

/**
 * Asks the RDAP server authoritative for `tld` about `domain` (an A-label domain), following
 * redirects to known RDAP servers only and honouring Retry-After within the deadline. Never
 * throws: whatever goes wrong becomes a `failed` answer with the reason.
 */
export async function queryDomain(
  domain: string,
  tld: string,
  client: RdapClient,
): Promise<RdapAnswer> {
  const [first] = client.directory.serversFor(tld);
  if (!first) {
    const reason = client.directory.hasBootstrap
      ? `no RDAP server is known for .${tld}`
      : "the RDAP bootstrap registry is unavailable";
    return { kind: "failed", server: null, reason };
  }
  let server = first;
  let url = rdapDomainUrl(first, domain);
  const failed = (reason: string): RdapAnswer => ({ kind: "failed", server, reason });
  let attempts = 0;
  let redirects = 0;
  while (true) {
    let result: Exchange;
    try {
      result = await client.schedule(new URL(url), () => exchange(url, client));
    } catch {
      // Waiting for a slot only fails when the check is over.
      return failed(abortReason(client.signal));
    }
    switch (result.kind) {
      case "object":
        return result.body.ok
          ? { kind: "object", server, body: result.body.value }
          : failed(result.body.reason);
      case "not_found":
        return {
          kind: "not_found",
          server,
          authoritative: client.directory.isAuthoritative(url, tld),
        };
      case "redirect": {
        const target = resolveLocation(result.location, url);
        const base = target && client.directory.baseOf(target);
        if (!target || !base) return failed("redirected to a server outside the RDAP bootstrap");
        if (++redirects > MAX_REDIRECTS) return failed("too many redirects");
        url = target;
        server = base;
        continue;
      }
      case "retry": {
        // Redirect hops are not tries: only answers that ask for a retry count.
        const problem = await waitToRetry(result, ++attempts, client);
        if (problem) return failed(problem);
        continue;
      }
      case "status":
        return failed(`HTTP ${result.status}`);
      case "error":
        return failed(result.reason);
    }
  }
}
