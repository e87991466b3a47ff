import type { RdapAnswer } from "./rdap.ts";
import type { DomainStatus } from "./schema.ts";

export interface Verdict {
  status: DomainStatus;
  detail: string;
}

/**
 * RDAP statuses (RFC 9083 §10.2.2, RFC 8056, lower case with spaces) that make a registered
 * object `reserved` rather than `taken`: the registry, not a registrant, holds the name.
 * - "reserved": used by registries for names on their reserved or blocked lists.
 * - "server hold": the registry keeps the name out of the DNS and controls its fate.
 * Registrant life-cycle statuses such as "client hold", "redemption period" or "pending
 * delete" stay `taken`: someone still owns the name, though it may drop later.
 */
export const RESERVED_RDAP_STATUSES: ReadonlySet<string> = new Set(["reserved", "server hold"]);

/** "serverHold", "server_hold" and "Server Hold" all mean RFC 8056's "server hold". */
export function normalizeRdapStatus(status: string): string {
  return status.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").replace(/\s+/g, " ")
    .trim().toLowerCase();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The verdict for a 200 answer: only a domain object describing `domain` itself counts. */
function judgeObject(domain: string, body: unknown): Verdict {
  if (!isRecord(body)) return { status: "unknown", detail: "the answer is not a JSON object" };
  const objectClass = body.objectClassName;
  if (objectClass !== "domain") {
    return {
      status: "unknown",
      detail: `the answer is ${
        typeof objectClass === "string" ? `a "${objectClass}"` : "an unnamed"
      } object, not a domain`,
    };
  }
  const ldhName = body.ldhName;
  if (typeof ldhName === "string" && ldhName.toLowerCase().replace(/\.$/, "") !== domain) {
    return { status: "unknown", detail: "the answer describes another domain" };
  }
  const statuses = Array.isArray(body.status)
    ? body.status.filter((s): s is string => typeof s === "string").map(normalizeRdapStatus)
    : [];
  const held = statuses.find((s) => RESERVED_RDAP_STATUSES.has(s));
  if (held) return { status: "reserved", detail: `registry status "${held}"` };
  return { status: "taken", detail: "registered" };
}

/**
 * Judges one RDAP answer about `domain` (A-label form). Only a 404 from the server
 * authoritative for the TLD means `available`; every doubt is `unknown`.
 */
export function verdictFor(domain: string, answer: RdapAnswer): Verdict {
  switch (answer.kind) {
    case "not_found":
      return answer.authoritative
        ? { status: "available", detail: "not registered according to the registry" }
        : { status: "unknown", detail: "not found by a server that is not the registry's" };
    case "object":
      return judgeObject(domain, answer.body);
    case "failed":
      return { status: "unknown", detail: answer.reason };
  }
}
