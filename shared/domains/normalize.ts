import { decodeLabel, toASCII } from "./punycode.ts";

/**
 * Turning what a user typed into the A-label form registries know (RFC 5890/5891):
 *
 * - A label is 1..63 octets of letters, digits and hyphens in its A-label form, does not
 *   start or end with a hyphen, and has no "--" in positions 3-4 unless it is a valid
 *   punycode ("xn--") label.
 * - Internationalised (U-)labels are mapped with UTS #46 (the URL host parser) to their
 *   xn-- A-label. They may hold letters, combining marks, digits and hyphens only: a close
 *   approximation of IDNA2008, which rejects symbols and emoji.
 * - A domain is at most 253 octets; its top-level label is not all digits (RFC 3696).
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_LABEL_OCTETS = 63;
const MAX_DOMAIN_OCTETS = 253;
const ASCII = /^\p{ASCII}*$/u;
const LDH = /^[a-z0-9-]+$/;
const IDN_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u;
/** The full stops UTS #46 treats as label separators (ideographic and full-width forms). */
const DOTS = /[.\u3002\uff0e\uff61]/g;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

function hyphenProblem(label: string): string | undefined {
  if (label.startsWith("-") || label.endsWith("-")) return "must not start or end with a hyphen";
  if (label.slice(2, 4) === "--") {
    return "must not have hyphens in the 3rd and 4th positions (reserved for xn-- labels)";
  }
}

function checkUnicodeLabel(label: string): string | undefined {
  if (!IDN_LABEL.test(label)) return "may only contain letters, digits and hyphens";
  return hyphenProblem(label);
}

/** One label, ASCII or Unicode, in any case, as its lower-case A-label. */
export function toALabel(raw: string): Parsed<string> {
  const quoted = JSON.stringify(raw);
  if (raw === "") return fail("contains an empty label");
  let aLabel: string;
  if (ASCII.test(raw)) {
    aLabel = raw.toLowerCase();
    if (!LDH.test(aLabel)) {
      return fail(`label ${quoted} may only contain letters, digits and hyphens`);
    }
    if (aLabel.startsWith("xn--")) {
      // An A-label typed directly must decode to a valid U-label and encode back to itself.
      const unicode = decodeLabel(aLabel.slice(4));
      const problem = !unicode || toASCII(unicode) !== aLabel
        ? "is not a valid punycode (xn--) label"
        : checkUnicodeLabel(unicode);
      if (problem) return fail(`label ${quoted} ${problem}`);
    } else {
      const problem = hyphenProblem(aLabel);
      if (problem) return fail(`label ${quoted} ${problem}`);
    }
  } else {
    const problem = checkUnicodeLabel(raw.normalize("NFC"));
    if (problem) return fail(`label ${quoted} ${problem}`);
    aLabel = toASCII(raw);
    if (aLabel === "" || !LDH.test(aLabel)) {
      return fail(`label ${quoted} is not a valid internationalized label`);
    }
  }
  if (aLabel.length > MAX_LABEL_OCTETS) {
    const form = aLabel === raw.toLowerCase() ? "" : " as an A-label";
    return fail(
      `label ${quoted} is ${aLabel.length} octets long${form}; the limit is ${MAX_LABEL_OCTETS}`,
    );
  }
  return ok(aLabel);
}

function tldLabel(raw: string): Parsed<string> {
  const label = toALabel(raw);
  if (label.ok && /^\d+$/.test(label.value)) return fail("a top-level domain cannot be all digits");
  return label;
}

/** A top-level domain as typed in the `tlds` list: "IO", ".io" and " io" are the same. */
export function toTld(raw: string): Parsed<string> {
  const label = raw.trim().replace(/^[.\u3002\uff0e\uff61]/, "");
  return label === "" ? fail("a top-level domain cannot be empty") : tldLabel(label);
}

export interface Domain {
  /** The whole domain in A-label form, e.g. "xn--bcher-kva.de". */
  domain: string;
  tld: string;
}

/** A full domain such as "Bücher.de" or "acme.co.uk." (one trailing root dot is allowed). */
export function toDomain(raw: string): Parsed<Domain> {
  const labels = raw.trim().replace(/[.\u3002\uff0e\uff61]$/, "").split(DOTS);
  if (labels.length < 2) return fail("a domain needs a name and a top-level domain");
  const aLabels: string[] = [];
  for (const [i, label] of labels.entries()) {
    const parsed = i === labels.length - 1 ? tldLabel(label) : toALabel(label);
    if (!parsed.ok) return parsed;
    aLabels.push(parsed.value);
  }
  const domain = aLabels.join(".");
  if (domain.length > MAX_DOMAIN_OCTETS) {
    return fail(`is ${domain.length} octets long; a domain may have at most ${MAX_DOMAIN_OCTETS}`);
  }
  return ok({ domain, tld: aLabels[aLabels.length - 1] });
}

/**
 * The slug rule for a bare name: Unicode NFKC, lower case, then every character that is not
 * a letter, combining mark, digit or hyphen is dropped, so "Acme Labs" and "ACME-labs!"
 * become "acmelabs" and "acme-labs". Letters outside ASCII are kept (an IDN label).
 */
export function slugLabel(name: string): Parsed<string> {
  const slug = name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{M}\p{N}-]/gu, "");
  if (slug === "") return fail("has no letters or digits to make a domain label from");
  return toALabel(slug);
}

/** One entry of the `names` list: a bare name (combined with each TLD) or a full domain. */
export type NameInput =
  | { kind: "name"; input: string; label: string }
  | { kind: "domain"; input: string; domain: string; tld: string };

/** Anything with a dot inside (a trailing one does not count) is taken as a full domain. */
export function parseNameInput(raw: string): Parsed<NameInput> {
  const input = raw.trim();
  if (/[.\u3002\uff0e\uff61]./.test(input)) {
    const parsed = toDomain(input);
    return parsed.ok ? ok({ kind: "domain", input, ...parsed.value }) : parsed;
  }
  const label = slugLabel(input.replace(/[.\u3002\uff0e\uff61]$/, ""));
  return label.ok ? ok({ kind: "name", input, label: label.value }) : label;
}

export interface DomainTarget {
  domain: string;
  /** The entry of `names` this domain came from, as the caller typed it. */
  name: string;
  tld: string;
}

/**
 * Every domain to check, in request order: each bare name with each TLD, each full domain
 * once. A domain that two entries produce is checked (and reported) once, for the first.
 */
export function expandTargets(
  names: readonly NameInput[],
  tlds: readonly string[],
): DomainTarget[] {
  const targets = new Map<string, DomainTarget>();
  const add = (domain: string, name: string, tld: string) => {
    if (!targets.has(domain)) targets.set(domain, { domain, name, tld });
  };
  for (const entry of names) {
    if (entry.kind === "domain") add(entry.domain, entry.input, entry.tld);
    else for (const tld of new Set(tlds)) add(`${entry.label}.${tld}`, entry.input, tld);
  }
  return [...targets.values()];
}
