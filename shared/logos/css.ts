/**
 * The CSS subset an SVG logo may carry in `style` attributes and `<style>` elements:
 * presentation properties with plain values, under simple selectors. Everything is parsed
 * into declarations and rules and written back from those, so nothing unparsed survives.
 * At-rules (@import, @font-face …), escapes, comments and every function except local
 * `url(#id)` and the color functions are refused: they are how CSS loads or runs things.
 */

export interface Declaration {
  readonly property: string;
  readonly value: string;
}

export interface Rule {
  readonly selectors: readonly string[];
  readonly declarations: readonly Declaration[];
}

/** Presentation properties a logo needs; also allowed as SVG attributes of the same name. */
export const STYLE_PROPERTIES: ReadonlySet<string> = new Set([
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-opacity",
  "opacity",
  "color",
  "clip-path",
  "clip-rule",
  "mask",
  "display",
  "visibility",
  "stop-color",
  "stop-opacity",
  "vector-effect",
  "shape-rendering",
  "paint-order",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "letter-spacing",
  "text-anchor",
  "dominant-baseline",
]);

/** The properties whose value is a color (or a paint server reference). */
export const PAINT_PROPERTIES: ReadonlySet<string> = new Set([
  "fill",
  "stroke",
  "stop-color",
  "color",
]);

const LOCAL_ID = /^#[A-Za-z_][\w.-]*$/;
const ALLOWED_FUNCTIONS = new Set(["url", "rgb", "rgba", "hsl", "hsla"]);
const VALUE_CHARS = /^[\w\s#.,%()+'"-]*$/;
const COMPOUND_SELECTOR = /^(?:[A-Za-z][\w-]*|\*)?(?:[.#][A-Za-z_-][\w-]*)*$/;

/** True when `value` is safe as a presentation value: plain tokens and local references only. */
export function isSafeStyleValue(value: string): boolean {
  if (!VALUE_CHARS.test(value)) return false;
  // Every parenthesis must belong to one flat call of an allowed function.
  const calls = [...value.matchAll(/([A-Za-z-]*)\(([^()]*)\)/g)];
  const opens = value.split("(").length - 1;
  if (calls.length !== opens || value.split(")").length - 1 !== opens) return false;
  for (const [, fn, args] of calls) {
    const name = fn.toLowerCase();
    if (!ALLOWED_FUNCTIONS.has(name)) return false;
    if (name === "url" && !LOCAL_ID.test(unquote(args.trim()))) return false;
  }
  // Quotes only make sense around names and references; elsewhere they hide tokens.
  return !/['"]/.test(value.replace(/(['"])[\w #.-]*\1/g, ""));
}

/** The id a local `url(#id)` or `#id` reference points at, else undefined. */
export function localReference(value: string): string | undefined {
  const inner = /^\s*url\(\s*([^()]*?)\s*\)\s*$/i.exec(value)?.[1] ?? value.trim();
  const ref = unquote(inner);
  return LOCAL_ID.test(ref) ? ref.slice(1) : undefined;
}

function unquote(text: string): string {
  return /^(['"])(.*)\1$/.exec(text)?.[2] ?? text;
}

export interface SanitizedDeclarations {
  readonly declarations: Declaration[];
  /** Properties that were dropped, for logging. */
  readonly dropped: string[];
}

/** Keeps the allowed, safe declarations of a `style` attribute; drops the rest one by one. */
export function sanitizeDeclarations(text: string): SanitizedDeclarations {
  const declarations: Declaration[] = [];
  const dropped: string[] = [];
  if (/[\\@<>{}]|\/\*/.test(text)) return { declarations, dropped: ["(unsafe style text)"] };
  for (const part of text.split(";")) {
    if (part.trim() === "") continue;
    const colon = part.indexOf(":");
    const property = (colon === -1 ? part : part.slice(0, colon)).trim().toLowerCase();
    const value = colon === -1 ? "" : part.slice(colon + 1).trim();
    if (STYLE_PROPERTIES.has(property) && value !== "" && isSafeStyleValue(value)) {
      declarations.push({ property, value });
    } else {
      dropped.push(property || "(empty property)");
    }
  }
  return { declarations, dropped };
}

export interface SanitizedStylesheet {
  readonly rules: Rule[];
  /** Properties that were dropped, for logging. */
  readonly dropped: string[];
}

/**
 * Parses a stylesheet made only of `selector, selector { declarations }` rules with simple
 * selectors (type, class, id, descendant and child combinators). Returns undefined when the
 * text holds anything else; unsafe declarations inside valid rules are dropped.
 */
export function sanitizeStylesheet(text: string): SanitizedStylesheet | undefined {
  if (/[\\@<]|\/\*/.test(text)) return undefined;
  const rules: Rule[] = [];
  const dropped: string[] = [];
  const rule = /\s*([^{}]+)\{([^{}]*)\}/y;
  let pos = 0;
  while (pos < text.length && text.slice(pos).trim() !== "") {
    rule.lastIndex = pos;
    const match = rule.exec(text);
    if (!match) return undefined;
    pos = rule.lastIndex;
    const selectors = match[1].split(",").map((s) => s.trim().replace(/\s+/g, " "));
    if (!selectors.every(isSimpleSelector)) return undefined;
    const clean = sanitizeDeclarations(match[2]);
    dropped.push(...clean.dropped);
    if (clean.declarations.length > 0) rules.push({ selectors, declarations: clean.declarations });
  }
  return { rules, dropped };
}

function isSimpleSelector(selector: string): boolean {
  const compounds = selector.split(/\s*>\s*|\s+/);
  return compounds.every((compound) => compound !== "" && COMPOUND_SELECTOR.test(compound));
}

export function serializeDeclarations(declarations: readonly Declaration[]): string {
  return declarations.map((d) => `${d.property}:${d.value}`).join(";");
}

export function serializeStylesheet(rules: readonly Rule[]): string {
  return rules.map((r) => `${r.selectors.join(",")}{${serializeDeclarations(r.declarations)}}`)
    .join("");
}
