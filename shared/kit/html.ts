/** Writing HTML from code: every piece of text goes through `esc`, markup is never pasted. */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe as element text and as a quoted attribute value. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/**
 * An SVG document as an image source. The guide shows logos as images rather than inline
 * <svg>: an image document is isolated, so a mark's ids, classes and <style> rules cannot
 * collide with other marks or restyle the page, and it can run and fetch nothing.
 */
export const svgDataUri = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;
