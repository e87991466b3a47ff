import { z } from "../zod.ts";
import { type NameInput, type Parsed, parseNameInput, toTld } from "./normalize.ts";

export const DEFAULT_TLDS: readonly string[] = ["com", "io", "co", "ai", "app"];
export const MAX_NAMES = 50;
export const MAX_TLDS = 10;

/**
 * A string field parsed by `parse`; a failure becomes a zod issue on that very field. The
 * length cap only bounds the work: the octet limits are checked on the A-label form.
 */
const parsedString = <T>(parse: (raw: string) => Parsed<T>) =>
  z.string().max(512).transform((raw, ctx): T => {
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  });

/**
 * For a name kept as typed elsewhere (generate-package's `name`): the issue check-domains
 * would report for it as an entry of `names`, so both refuse the same strings up front.
 */
export function refineDomainName(raw: string, ctx: z.RefinementCtx): void {
  const parsed = parseNameInput(raw);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
}

/**
 * The body of check-domains. Each entry of `names` is a bare name ("Acme Labs", slugged to
 * the label "acmelabs" and combined with every TLD) or a full domain ("acme.io", checked as
 * is). Invalid entries fail with an issue at their own path (names.3, tlds.0), which the HTTP
 * layer turns into a 400 with field details.
 */
export const DomainCheckRequestSchema = z.object({
  names: z.array(parsedString<NameInput>(parseNameInput)).min(1).max(MAX_NAMES)
    .describe('Bare names ("Acme Labs") or full domains ("acme.io"); IDN allowed.'),
  tlds: z.array(parsedString(toTld)).min(1).max(MAX_TLDS).default([...DEFAULT_TLDS])
    .describe("Top-level domains combined with each bare name."),
}).strict().openapi("DomainCheckRequest");

export type DomainCheckRequest = z.output<typeof DomainCheckRequestSchema>;

/** What a domains generation stores: the caller's own strings, parsed again when run. */
export const DomainsInputSchema = z.object({
  names: z.array(z.string()),
  tlds: z.array(z.string()),
}).openapi("DomainsInput");

export type DomainsInput = z.output<typeof DomainsInputSchema>;

export const DOMAIN_STATUSES = ["available", "taken", "reserved", "unknown"] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

export const DomainResultSchema = z.object({
  domain: z.string().describe("The domain in A-label (punycode) form."),
  name: z.string().describe("The entry of `names` this domain was made from."),
  tld: z.string(),
  status: z.enum(DOMAIN_STATUSES),
  source: z.literal("rdap"),
  server: z.string().nullable().describe("Base URL of the RDAP server that answered."),
  checked_at: z.iso.datetime(),
  detail: z.string().optional().describe("Why this status, in a few words."),
}).openapi("DomainCheckResult");

export type DomainResult = z.output<typeof DomainResultSchema>;

export const DomainCheckResponseSchema = z.object({ results: z.array(DomainResultSchema) })
  .openapi("DomainCheckResponse");

export type DomainCheckResponse = z.output<typeof DomainCheckResponseSchema>;

/** The `output` of a domains generation: the verdicts and, like every stage's, their source. */
export const DomainsOutputSchema = DomainCheckResponseSchema.extend({
  source: z.object({ provider: z.literal("rdap"), model: z.literal("iana-bootstrap") }),
}).openapi("DomainsOutput");

export type DomainsOutput = z.output<typeof DomainsOutputSchema>;
