/**
 * A small, strict XML parser and serializer for SVG documents.
 *
 * It understands elements, attributes, character data, CDATA sections and comments, and
 * refuses everything that makes XML dangerous to parse: entity declarations (external
 * entities, expansion bombs) and processing instructions. Only the five predefined entities
 * and numeric character references are decoded. Comments and a plain DOCTYPE are dropped.
 */

export interface XmlElement {
  readonly type: "element";
  readonly name: string;
  /** In document order; a Map so that no attribute name can reach Object.prototype. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}

export interface XmlText {
  readonly type: "text";
  readonly value: string;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlLimits {
  /** Input length in UTF-16 code units. */
  maxLength: number;
  maxElements: number;
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxLength: 1_048_576,
  maxElements: 10_000,
  maxDepth: 64,
};

export class XmlError extends Error {
  constructor(message: string, readonly offset?: number) {
    super(offset === undefined ? message : `${message} (at offset ${offset})`);
    this.name = "XmlError";
  }
}

const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const SPACE = /[ \t\r\n]*/y;
const WS = "[ \\t\\r\\n]";
const QUOTED = `(?:"[^"<>]*"|'[^'<>]*')`;
/** `<!DOCTYPE name>`, optionally with a PUBLIC or SYSTEM id, and no internal subset. */
const DOCTYPE = new RegExp(
  `<!DOCTYPE${WS}+[A-Za-z_][\\w.:-]*` +
    `(?:${WS}+(?:PUBLIC${WS}+${QUOTED}${WS}+${QUOTED}|SYSTEM${WS}+${QUOTED}))?${WS}*>`,
  "y",
);
const XML_DECLARATION = /<\?xml[ \t\r\n][^?<>]*\?>/y;
const PREDEFINED = new Map([["lt", "<"], ["gt", ">"], ["amp", "&"], ["quot", '"'], ["apos", "'"]]);

interface OpenElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
}

/** Parses one XML document with a single root element, or throws XmlError. */
export function parseXml(input: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (input.length > limits.maxLength) {
    throw new XmlError(`document is larger than ${limits.maxLength} characters`);
  }
  return new Reader(input, limits).document();
}

class Reader {
  private pos = 0;
  private elements = 0;
  private readonly stack: OpenElement[] = [];
  private root: XmlElement | undefined;

  constructor(private readonly input: string, private readonly limits: XmlLimits) {}

  document(): XmlElement {
    const { input } = this;
    if (input.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.sticky(XML_DECLARATION); // optional, and only allowed at the very start
    while (this.pos < input.length) {
      const at = this.pos;
      const lt = input.indexOf("<", at);
      const textEnd = lt === -1 ? input.length : lt;
      if (textEnd > at) this.text(input.slice(at, textEnd), textEnd);
      else if (input.startsWith("<!--", at)) this.pos = this.after("-->", at + 4, "comment");
      else if (input.startsWith("<![CDATA[", at)) this.cdata(at);
      else if (input.startsWith("<!DOCTYPE", at)) this.doctype(at);
      else if (input.startsWith("<!", at)) {
        throw new XmlError("markup declarations (ENTITY, ELEMENT …) are not allowed", at);
      } else if (input.startsWith("<?", at)) {
        throw new XmlError("processing instructions are not allowed", at);
      } else if (input.startsWith("</", at)) this.endTag();
      else this.startTag();
    }
    if (this.stack.length > 0) throw new XmlError(`unclosed element <${this.stack.at(-1)!.name}>`);
    if (!this.root) throw new XmlError("no root element");
    return this.root;
  }

  private text(raw: string, end: number) {
    if (this.stack.length > 0) this.append({ type: "text", value: decodeText(raw, this.pos) });
    else if (raw.trim() !== "") throw new XmlError("text outside the root element", this.pos);
    this.pos = end;
  }

  /**
   * Vector editors write `<!DOCTYPE svg PUBLIC "…" "…svg11.dtd">`: skipped, since external DTDs
   * are never fetched. An internal subset (`[…]`) is where entities are declared (external
   * entities, expansion bombs), so a DOCTYPE with one is refused.
   */
  private doctype(at: number) {
    if (this.root || this.stack.length > 0) throw new XmlError("DOCTYPE after the root", at);
    if (this.sticky(DOCTYPE) === undefined) {
      throw new XmlError("DOCTYPE declarations with an internal subset are not allowed", at);
    }
  }

  private cdata(at: number) {
    if (this.stack.length === 0) throw new XmlError("CDATA outside the root element", at);
    const end = this.after("]]>", at + 9, "CDATA section");
    this.append({ type: "text", value: checkChars(this.input.slice(at + 9, end - 3), at) });
    this.pos = end;
  }

  private endTag() {
    this.pos += 2;
    const name = this.name("an element name");
    this.sticky(SPACE);
    if (this.input[this.pos] !== ">") throw new XmlError(`malformed end tag </${name}>`, this.pos);
    this.pos += 1;
    const open = this.stack.pop();
    if (!open || open.name !== name) {
      throw new XmlError(`end tag </${name}> does not match <${open?.name ?? ""}>`, this.pos);
    }
    this.append({ type: "element", ...open });
  }

  private startTag() {
    if (this.root) throw new XmlError("more than one root element", this.pos);
    this.pos += 1;
    const open: OpenElement = {
      name: this.name("an element name"),
      attributes: new Map(),
      children: [],
    };
    if (++this.elements > this.limits.maxElements) {
      throw new XmlError(`more than ${this.limits.maxElements} elements`);
    }
    if (this.stack.length >= this.limits.maxDepth) {
      throw new XmlError(`elements nested deeper than ${this.limits.maxDepth}`);
    }
    this.attributes(open.attributes);
    if (this.input.startsWith("/>", this.pos)) {
      this.pos += 2;
      this.append({ type: "element", ...open });
    } else {
      this.pos += 1;
      this.stack.push(open);
    }
  }

  /** Reads attributes up to the closing `>` or `/>` of a start tag. */
  private attributes(into: Map<string, string>) {
    const { input } = this;
    for (;;) {
      const spaced = this.sticky(SPACE)!.length > 0;
      if (input.startsWith("/>", this.pos) || input[this.pos] === ">") return;
      if (this.pos >= input.length) throw new XmlError("unterminated start tag", this.pos);
      if (!spaced) throw new XmlError("expected whitespace between attributes", this.pos);
      const name = this.name("an attribute name");
      this.sticky(SPACE);
      if (input[this.pos] !== "=") throw new XmlError(`attribute ${name} has no value`, this.pos);
      this.pos += 1;
      this.sticky(SPACE);
      const quote = input[this.pos];
      if (quote !== '"' && quote !== "'") {
        throw new XmlError(`attribute ${name} is not quoted`, this.pos);
      }
      const end = input.indexOf(quote, this.pos + 1);
      if (end === -1) throw new XmlError(`unterminated value of ${name}`, this.pos);
      const raw = input.slice(this.pos + 1, end);
      if (raw.includes("<")) throw new XmlError(`'<' in the value of ${name}`, this.pos);
      if (into.has(name)) throw new XmlError(`duplicate attribute ${name}`, this.pos);
      // Attribute-value normalisation: literal tabs and line breaks read as spaces.
      into.set(name, decodeText(raw.replace(/[\t\r\n]/g, " "), this.pos));
      this.pos = end + 1;
    }
  }

  private name(what: string): string {
    const name = this.sticky(NAME);
    if (!name) throw new XmlError(`expected ${what}`, this.pos);
    return name;
  }

  /** Matches a sticky pattern at the current position and moves past it. */
  private sticky(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.input);
    if (!match) return undefined;
    this.pos = pattern.lastIndex;
    return match[0];
  }

  /** The position just past `terminator`, searching from `from`. */
  private after(terminator: string, from: number, what: string): number {
    const end = this.input.indexOf(terminator, from);
    if (end === -1) throw new XmlError(`unterminated ${what}`, from);
    return end + terminator.length;
  }

  private append(node: XmlNode) {
    const parent = this.stack.at(-1);
    if (parent) parent.children.push(node);
    else if (node.type === "element") this.root = node;
  }
}

function decodeText(raw: string, offset: number): string {
  if (!raw.includes("&")) return checkChars(raw, offset);
  const decoded = raw.replace(/&([^;&\s]{0,12});?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`unescaped '&'`, offset);
    const predefined = PREDEFINED.get(body);
    if (predefined !== undefined) return predefined;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(body)
      ? parseInt(body.slice(2), 16)
      : /^#[0-9]{1,7}$/.test(body)
      ? parseInt(body.slice(1), 10)
      : NaN;
    if (Number.isNaN(code)) throw new XmlError(`undefined entity &${body};`, offset);
    if (!isXmlChar(code)) {
      throw new XmlError(`character reference &${body}; is not allowed`, offset);
    }
    return String.fromCodePoint(code);
  });
  return checkChars(decoded, offset);
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
}

function checkChars(text: string, offset: number): string {
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)) {
    throw new XmlError("control characters are not allowed", offset);
  }
  return text;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}

/** Serializes a tree compactly; empty elements self-close. */
export function serializeXml(node: XmlNode): string {
  if (node.type === "text") return escapeText(node.value);
  let out = `<${node.name}`;
  for (const [name, value] of node.attributes) out += ` ${name}="${escapeAttribute(value)}"`;
  if (node.children.length === 0) return `${out}/>`;
  return `${out}>${node.children.map(serializeXml).join("")}</${node.name}>`;
}

/** The concatenated character data directly inside an element. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => child.type === "text" ? child.value : "").join("");
}
