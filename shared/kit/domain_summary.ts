/**
 * What the domain checks actually established, said plainly: a verdict of "unknown" means no
 * registry answered, so a kit whose every verdict is unknown has checked nothing and must not
 * read as if it had.
 */
import type { DomainResult } from "../domains/schema.ts";

export const NOT_CHECKED = "not checked: no registry answered";

export interface DomainSummary {
  /** Domains asked about. */
  readonly asked: number;
  /** Domains a registry gave a verdict for (available, taken or reserved). */
  readonly answered: number;
  readonly available: number;
  /** One line for people: the guide, the PDF, the manifest, scripts/demo. */
  readonly text: string;
}

export function domainSummary(domains: readonly DomainResult[]): DomainSummary {
  const asked = domains.length;
  const answered = domains.filter((d) => d.status !== "unknown").length;
  const available = domains.filter((d) => d.status === "available").length;
  const text = asked === 0
    ? "not checked: no domains were asked about"
    : answered === 0
    ? NOT_CHECKED
    : `${answered} of ${asked} domains checked (${available} available)` +
      (answered < asked ? `; ${asked - answered} not checked: no registry answered` : "");
  return { asked, answered, available, text };
}

/** A single verdict as a person reads it. */
export const verdictText = (d: Pick<DomainResult, "status">): string =>
  d.status === "unknown" ? "not checked" : d.status;
