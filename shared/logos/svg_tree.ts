/**
 * Transforms of sanitized SVG trees used to compose lockups: reading the viewBox, recoloring
 * to one ink, and prefixing ids so two documents can be merged without clashes.
 */
import {
  type Declaration,
  PAINT_PROPERTIES,
  type Rule,
  sanitizeDeclarations,
  sanitizeStylesheet,
  serializeDeclarations,
  serializeStylesheet,
} from "./css.ts";
import { textContent, type XmlElement, type XmlNode } from "./xml.ts";

export type ViewBox = readonly [x: number, y: number, width: number, height: number];

/** The viewBox of a root the sanitizer produced (it always has a valid one). */
export function viewBoxOf(root: XmlElement): ViewBox {
  const [x, y, width, height] = (root.attributes.get("viewBox") ?? "").split(" ").map(Number);
  return [x, y, width, height];
}

/**
 * Every color in `root` becomes `ink`: fills, strokes, gradient stops, in attributes, style
 * attributes and style sheets. Masks and clip paths are left alone (their colors are
 * luminance and geometry, not paint); a mask that inherited its fill is pinned to it first,
 * since the root's fill becomes the ink so that unpainted shapes (black by default) follow.
 */
export function recolor(root: XmlElement, ink: string): XmlElement {
  const paint = (d: Declaration): Declaration =>
    PAINT_PROPERTIES.has(d.property) && !/^\s*(none|transparent|inherit|url\()/i.test(d.value)
      ? { ...d, value: ink }
      : d;
  const walk = (element: XmlElement, inheritedFill: string): XmlElement => {
    const ownFill = element.attributes.get("fill");
    if (element.name === "mask" || element.name === "clipPath") {
      return ownFill !== undefined ? element : withAttribute(element, "fill", inheritedFill);
    }
    if (element.name === "style") {
      return mapStyleElement(element, (rule) => ({
        ...rule,
        declarations: rule.declarations.map(paint),
      }));
    }
    const attributes = new Map<string, string>();
    for (const [property, value] of element.attributes) {
      attributes.set(
        property,
        property === "style"
          ? serializeDeclarations(sanitizeDeclarations(value).declarations.map(paint))
          : paint({ property, value }).value,
      );
    }
    const children = element.children.map((child) =>
      child.type === "element" ? walk(child, ownFill ?? inheritedFill) : child
    );
    return { ...element, attributes, children };
  };
  const recolored = walk(root, root.attributes.get("fill") ?? "#000");
  return recolored.attributes.has("fill") ? recolored : withAttribute(recolored, "fill", ink);
}

/** Renames every id to `prefix + id` and rewrites the references to them. */
export function prefixIds(root: XmlElement, prefix: string): XmlElement {
  const ids = new Set<string>();
  const collect = (element: XmlElement) => {
    const id = element.attributes.get("id");
    if (id !== undefined) ids.add(id);
    for (const child of element.children) if (child.type === "element") collect(child);
  };
  collect(root);
  const rename = (id: string) => ids.has(id) ? prefix + id : id;
  const references = (text: string) =>
    text.replace(
      /url\(\s*(['"]?)#([A-Za-z_][\w.-]*)\1\s*\)/g,
      (_, quote: string, id: string) => `url(${quote}#${rename(id)}${quote})`,
    );
  const walk = (element: XmlElement): XmlElement => {
    if (element.name === "style") {
      return mapStyleElement(element, (rule) => ({
        selectors: rule.selectors.map((s) =>
          s.replace(/#([A-Za-z_][\w-]*)/g, (_, id: string) => `#${rename(id)}`)
        ),
        declarations: rule.declarations.map((d) => ({ ...d, value: references(d.value) })),
      }));
    }
    const attributes = new Map<string, string>();
    for (const [name, value] of element.attributes) {
      if (name === "id") attributes.set(name, rename(value));
      else if (name === "href") attributes.set(name, `#${rename(value.slice(1))}`);
      else attributes.set(name, references(value));
    }
    const children = element.children.map((child) =>
      child.type === "element" ? walk(child) : child
    );
    return { ...element, attributes, children };
  };
  return walk(root);
}

function withAttribute(element: XmlElement, name: string, value: string): XmlElement {
  return { ...element, attributes: new Map([...element.attributes, [name, value]]) };
}

/** A <style> element with every rule mapped (sanitized style sheets always parse). */
function mapStyleElement(element: XmlElement, map: (rule: Rule) => Rule): XmlElement {
  const rules = sanitizeStylesheet(textContent(element))?.rules ?? [];
  const css: XmlNode = { type: "text", value: serializeStylesheet(rules.map(map)) };
  return { ...element, children: [css] };
}
