/** content/: the name shortlist with its domain verdicts, and the taglines. */
import type { DomainResult } from "../domains/schema.ts";
import { nameKey } from "../names/normalize.ts";
import type { KitInput } from "./input.ts";
import { jsonFile, type KitFile, STAGE } from "./kit_file.ts";

/** A verdict without the name it was checked for: it sits under that name already. */
type Verdict = Omit<DomainResult, "name">;

const verdict = ({ name: _, ...rest }: DomainResult): Verdict => rest;

/**
 * Each name with the domains checked for it, matched by name key ("Zen Trova" and
 * "zentrova" are one name, as for domain checks). Domains checked for a name that is not on
 * the list (say, a brand name the user typed) are kept apart rather than dropped.
 */
export function namesContent(input: Pick<KitInput, "names" | "domains">) {
  const listed = new Set(input.names.map((n) => nameKey(n.name)));
  return {
    names: input.names.map((name) => ({
      ...name,
      domains: input.domains.filter((d) => nameKey(d.name) === nameKey(name.name)).map(verdict),
    })),
    other_domains: input.domains.filter((d) => !listed.has(nameKey(d.name))),
  };
}

export function contentFiles(input: KitInput): KitFile[] {
  return [
    jsonFile("content/names.json", namesContent(input), [STAGE.names, STAGE.domains]),
    jsonFile("content/taglines.json", {
      tagline: input.brand.tagline ?? null,
      taglines: input.taglines,
    }, [STAGE.taglines]),
  ];
}
