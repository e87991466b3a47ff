/**
 * Allowlist SVG sanitiser. The input is parsed by a strict XML parser (no DOCTYPE, entities or
 * processing instructions), every element and attribute is checked against an allowlist, and
 * the output is serialized from the checked tree, so nothing the checks did not see can pass.
 *
 * Policy: documents that cannot be parsed safely are rejected (UnsafeSvgError); inside a
 * parsed document, anything not allowed is dropped (elements with their whole subtree) and
 * reported in `removed`.
 */
import {
  isSafeStyleValue,
  localReference,
  sanitizeDeclarations,
  sanitizeStylesheet,
  serializeDeclarations,
  serializeStylesheet,
  STYLE_PROPERTIES,
} from "./css.ts";
import {
  DEFAULT_XML_LIMITS,
  parseXml,
  serializeXml,
  textContent,
  type XmlElement,
  XmlError,
  type XmlLimits,
  type XmlNode,
} from "./xml.ts";

export const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

export class UnsafeSvgError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "UnsafeSvgError";
  }
}

export interface SanitizedSvgTree {
  /** The clean `<svg>` root, with xmlns and viewBox. */
  readonly root: XmlElement;
  /** Intrinsic size: numeric width/height attributes, else the viewBox size. */
  readonly width: number;
  readonly height: number;
  /** What was dropped, e.g. `element <script>`, `attribute onload on <svg>`. */
  readonly removed: readonly string[];
}

export interface SanitizedSvg extends Omit<SanitizedSvgTree, "root"> {
  readonly svg: string;
}

const ELEMENTS = new Set([
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "defs",
  "linearGradient",
  "radialGradient",
  "stop",
  "clipPath",
  "mask",
  "title",
  "desc",
  "symbol",
  "use",
  "style",
]);

/** Elements whose character data is content; elsewhere text is insignificant whitespace. */
const TEXT_ELEMENTS = new Set(["text", "tspan", "title", "desc"]);

/** Elements that may reference another element of the same document. */
const HREF_ELEMENTS = new Set(["use", "linearGradient", "radialGradient"]);

/** Geometry and structure attributes; their values are numbers, keywords and transforms. */
const GEOMETRY_ATTRIBUTES = new Set([
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "fx",
  "fy",
  "fr",
  "dx",
  "dy",
  "width",
  "height",
  "d",
  "points",
  "pathLength",
  "transform",
  "viewBox",
  "preserveAspectRatio",
  "gradientUnits",
  "gradientTransform",
  "spreadMethod",
  "offset",
  "clipPathUnits",
  "maskUnits",
  "maskContentUnits",
  "aria-hidden",
]);
const GEOMETRY_VALUE = /^[\w\s.,%+()-]*$/;
/** The only functions a geometry value may call: SVG 2 maps several of these to CSS. */
const TRANSFORM_FUNCTIONS = new Set(["matrix", "translate", "scale", "rotate", "skewX", "skewY"]);

/** Free-text attributes: never fetched or run, escaped on output. */
const TEXT_ATTRIBUTES = new Set(["aria-label", "role"]);

const ID = /^[A-Za-z_][\w.-]*$/;
const CLASS = /^[\w\s-]*$/;

/** Parses, checks and re-serializes `input`; throws UnsafeSvgError when it cannot. */
export function sanitizeSvg(input: string, limits: XmlLimits = DEFAULT_XML_LIMITS): SanitizedSvg {
  const { root, ...rest } = sanitizeSvgTree(input, limits);
  return { svg: serializeXml(root), ...rest };
}

/** Like sanitizeSvg, but hands back the clean tree for further processing. */
export function sanitizeSvgTree(
  input: string,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): SanitizedSvgTree {
  let parsed: XmlElement;
  try {
    parsed = parseXml(input, limits);
  } catch (err) {
    if (err instanceof XmlError) {
      throw new UnsafeSvgError(`not a safe SVG document: ${err.message}`);
    }
    throw err;
  }
  if (parsed.name !== "svg") {
    throw new UnsafeSvgError(`root element is <${parsed.name}>, not <svg>`);
  }

  const removed: string[] = [];
  const clean = cleanElement(parsed, removed)!;
  const size = intrinsicSize(clean);
  const root = dropUnsafeUses(withRootAttributes(clean, size.viewBox), removed);
  return { root, width: size.width, height: size.height, removed };
}

function cleanElement(element: XmlElement, removed: string[]): XmlElement | undefined {
  const { name } = element;
  if (!ELEMENTS.has(name)) {
    removed.push(`element <${name}>`);
    return undefined;
  }
  if (name === "style") return cleanStyleElement(element, removed);

  const attributes = new Map<string, string>();
  for (const [rawName, value] of element.attributes) {
    // Namespace declarations are rewritten on the root: the output is plain SVG.
    if (rawName === "xmlns" || rawName.startsWith("xmlns:")) continue;
    const attribute = rawName === "xlink:href" ? "href" : rawName;
    const clean = cleanAttribute(name, attribute, value, removed);
    if (clean === undefined || attributes.has(attribute)) {
      removed.push(`attribute ${rawName} on <${name}>`);
    } else {
      attributes.set(attribute, clean);
    }
  }

  const children: XmlNode[] = [];
  for (const child of element.children) {
    if (child.type === "text") {
      if (TEXT_ELEMENTS.has(name)) children.push(child);
    } else if (name !== "title" && name !== "desc") {
      const clean = cleanElement(child, removed);
      if (clean) children.push(clean);
    } else {
      removed.push(`element <${child.name}> inside <${name}>`);
    }
  }
  return { type: "element", name, attributes, children };
}

function cleanStyleElement(element: XmlElement, removed: string[]): XmlElement | undefined {
  const sheet = element.children.every((child) => child.type === "text")
    ? sanitizeStylesheet(textContent(element))
    : undefined;
  if (!sheet) {
    removed.push("element <style> (unsupported CSS)");
    return undefined;
  }
  removed.push(...sheet.dropped.map((property) => `style property ${property} in <style>`));
  if (sheet.rules.length === 0) return undefined;
  const css: XmlNode = { type: "text", value: serializeStylesheet(sheet.rules) };
  return { type: "element", name: "style", attributes: new Map(), children: [css] };
}

/** The value to keep for an attribute, or undefined to drop it. */
function cleanAttribute(
  element: string,
  name: string,
  value: string,
  removed: string[],
): string | undefined {
  if (name === "id") return ID.test(value) ? value : undefined;
  if (name === "class") return CLASS.test(value) ? value : undefined;
  if (name === "href") {
    return HREF_ELEMENTS.has(element) && /^#/.test(value) && localReference(value)
      ? value
      : undefined;
  }
  if (name === "style") {
    const { declarations, dropped } = sanitizeDeclarations(value);
    removed.push(...dropped.map((property) => `style property ${property} on <${element}>`));
    return declarations.length > 0 ? serializeDeclarations(declarations) : undefined;
  }
  if (STYLE_PROPERTIES.has(name)) return isSafeStyleValue(value) ? value : undefined;
  if (GEOMETRY_ATTRIBUTES.has(name)) return isGeometryValue(value) ? value : undefined;
  if (TEXT_ATTRIBUTES.has(name)) return value;
  return undefined;
}

function isGeometryValue(value: string): boolean {
  if (!GEOMETRY_VALUE.test(value)) return false;
  const calls = [...value.matchAll(/([A-Za-z-]*)\s*\(/g)];
  return calls.every(([, name]) => TRANSFORM_FUNCTIONS.has(name));
}

interface IntrinsicSize {
  width: number;
  height: number;
  viewBox: string;
}

function intrinsicSize(root: XmlElement): IntrinsicSize {
  const width = pixels(root.attributes.get("width"));
  const height = pixels(root.attributes.get("height"));
  const box = root.attributes.get("viewBox")?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0) {
    return { width: width ?? box[2], height: height ?? box[3], viewBox: box.join(" ") };
  }
  if (width && height) return { width, height, viewBox: `0 0 ${width} ${height}` };
  throw new UnsafeSvgError("the <svg> needs a viewBox or a numeric width and height");
}

function pixels(length: string | undefined): number | undefined {
  const match = length === undefined ? null : /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/.exec(length);
  const value = match ? Number(match[1]) : NaN;
  return value > 0 ? value : undefined;
}

function withRootAttributes(root: XmlElement, viewBox: string): XmlElement {
  const attributes = new Map([["xmlns", SVG_NAMESPACE], ["viewBox", viewBox]]);
  for (const [name, value] of root.attributes) {
    if (!attributes.has(name)) attributes.set(name, value);
  }
  return { ...root, attributes };
}

/**
 * Drops `<use>` elements whose target is missing or itself contains a `<use>`: nested uses are
 * how a few bytes of SVG expand into billions of rendered shapes (and how references loop).
 */
function dropUnsafeUses(root: XmlElement, removed: string[]): XmlElement {
  const byId = new Map<string, XmlElement>();
  const containsUse = new Set<XmlElement>();
  const index = (element: XmlElement): boolean => {
    const id = element.attributes.get("id");
    if (id !== undefined && !byId.has(id)) byId.set(id, element);
    let hasUse = element.name === "use";
    for (const child of element.children) {
      if (child.type === "element" && index(child)) hasUse = true;
    }
    if (hasUse) containsUse.add(element);
    return hasUse;
  };
  index(root);

  const filter = (element: XmlElement): XmlElement => ({
    ...element,
    children: element.children.flatMap((child): XmlNode[] => {
      if (child.type === "text") return [child];
      if (child.name === "use") {
        const ref = localReference(child.attributes.get("href") ?? "");
        const target = ref === undefined ? undefined : byId.get(ref);
        if (!target || containsUse.has(target)) {
          removed.push(`element <use> referencing ${ref ? `#${ref}` : "nothing"}`);
          return [];
        }
      }
      return [filter(child)];
    }),
  });
  return filter(root);
}
