import { type RdapBootstrap, toBaseUrl } from "./bootstrap.ts";

const IDENTITY_DIGITAL = "https://rdap.identitydigital.services/rdap/";

/**
 * RDAP servers of registries the IANA bootstrap does not list (mostly ccTLDs), after the
 * override list the whoisit project maintains (January 2026). Consulted only for TLDs the
 * bootstrap lacks, so IANA's entry wins as soon as a registry gets listed.
 */
export const RDAP_GAP_SERVERS: Readonly<Record<string, string>> = {
  ac: IDENTITY_DIGITAL,
  ag: IDENTITY_DIGITAL,
  bh: "https://rdap.centralnic.com/bh/",
  bz: IDENTITY_DIGITAL,
  ch: "https://rdap.nic.ch/",
  co: "https://rdap.registry.co/co/",
  de: "https://rdap.denic.de/",
  gl: "https://rdap.centralnic.com/gl/",
  io: IDENTITY_DIGITAL,
  lc: IDENTITY_DIGITAL,
  li: "https://rdap.nic.li/",
  me: IDENTITY_DIGITAL,
  mn: IDENTITY_DIGITAL,
  my: "https://rdap.mynic.my/rdap/",
  pr: IDENTITY_DIGITAL,
  sc: IDENTITY_DIGITAL,
  sh: IDENTITY_DIGITAL,
  us: "https://rdap.nic.us/",
  vc: IDENTITY_DIGITAL,
};

/**
 * Which RDAP servers a check may talk to, and which one speaks for each TLD. These are the
 * only URLs ever fetched; nothing a user sends becomes a URL.
 */
export interface RdapDirectory {
  /** Whether the bootstrap file was available when this directory was built. */
  readonly hasBootstrap: boolean;
  /** Base URLs authoritative for `tld`, preferred first; empty when none is known. */
  serversFor(tld: string): readonly string[];
  /** The known base URL that `url` lies under (the longest), or undefined if none. */
  baseOf(url: string): string | undefined;
  /** Whether `url` lies under a base URL authoritative for `tld`. */
  isAuthoritative(url: string, tld: string): boolean;
}

export interface DirectorySources {
  bootstrap?: RdapBootstrap;
  /** Operator corrections (from the database): TLD → base URL. They win over the bootstrap. */
  overrides?: Readonly<Record<string, string>>;
  /** Fallbacks for TLDs the bootstrap lacks; RDAP_GAP_SERVERS unless given. */
  gaps?: Readonly<Record<string, string>>;
}

function baseUrlTable(table: Readonly<Record<string, string>>): Map<string, string[]> {
  const servers = new Map<string, string[]>();
  for (const [tld, raw] of Object.entries(table)) {
    const base = toBaseUrl(raw);
    if (base) servers.set(tld.toLowerCase(), [base]);
  }
  return servers;
}

/**
 * Precedence per TLD: operator overrides, then the IANA bootstrap, then the built-in gap
 * table. A server from any of the three is authoritative for the TLDs it is chosen for.
 */
export function buildDirectory(sources: DirectorySources): RdapDirectory {
  const layers = [
    baseUrlTable(sources.overrides ?? {}),
    sources.bootstrap?.servers ?? new Map<string, readonly string[]>(),
    baseUrlTable(sources.gaps ?? RDAP_GAP_SERVERS),
  ];
  const known = [...new Set(layers.flatMap((layer) => [...layer.values()].flat()))]
    .sort((a, b) => b.length - a.length);
  const serversFor = (tld: string) =>
    layers.map((layer) => layer.get(tld)).find((bases) => bases?.length) ?? [];
  return {
    hasBootstrap: sources.bootstrap !== undefined,
    serversFor,
    baseOf: (url) => known.find((base) => url.startsWith(base)),
    isAuthoritative: (url, tld) => serversFor(tld).some((base) => url.startsWith(base)),
  };
}
