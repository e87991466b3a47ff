/**
 * The image prompt for a logo mark: pure text from the request and the style research,
 * versioned with both. It asks for a symbol without any text and keeps the brand name out
 * (even from the brief's sentences): image models misspell words, and the name is set by us
 * as vector outlines instead.
 */
import type { Concept } from "../analysis/schema.ts";
import { canonicalJson } from "../hash.ts";
import { sha256HexSync } from "../hash_sync.ts";
import type { LogoStyleDescriptor, LogoStyleResearch } from "../research/logo_styles.ts";
import type { LogosInput } from "./schema.ts";

/** Bump when the wording below changes; the research versions are appended to it. */
export const LOGO_PROMPT_VERSION = "logo-prompt-2";

export interface LogoPrompt {
  prompt: string;
  negativePrompt: string;
  /** Which wording and which research produced an image, stored with it. */
  promptVersion: string;
}

export type LogoPromptInput = Pick<LogosInput, "brand_name" | "brief" | "style" | "palette">;

/** Said in every negative prompt: anything that would put text or clutter in the mark. */
const ALWAYS_AVOID = [
  "text",
  "letters",
  "words",
  "typography",
  "numbers",
  "initials",
  "signature",
  "watermark",
  "caption",
  "mockup",
  "photograph",
  "3d render",
  "drop shadow",
  "busy background",
  "multiple logos",
];

/**
 * `concepts`: what the brief analysis says the brand can show, most central first; the mark
 * is asked to depict the first, so image marks are on-brief like the composed ones.
 */
export function buildLogoPrompt(
  input: LogoPromptInput,
  research: LogoStyleResearch,
  concepts: readonly Pick<Concept, "term" | "related">[] = [],
): LogoPrompt {
  const { brief } = input;
  const style = research.styles[input.style];
  const text = (value: string, max: number) => plain(unnamed(value, input.brand_name), max);
  const about = [
    `The brand: ${text(brief.description, 600)}`,
    brief.industry && `Industry: ${text(brief.industry, 80)}.`,
    brief.keywords?.length && `Themes: ${brief.keywords.map((k) => text(k, 40)).join(", ")}.`,
    brief.tone && `Personality: ${text(brief.tone, 40)}.`,
    brief.audience && `Audience: ${text(brief.audience, 200)}.`,
  ].filter(Boolean);
  // A concept that is the brand name would invite lettering: it is left out.
  const [subject, ...others] = concepts.map((c) => plain(c.term, 40))
    .filter((term) => term !== "" && unnamed(term, input.brand_name) === term);
  const depict = subject &&
    `Depict: a ${subject}${others.length ? ` (or ${others.slice(0, 2).join(", ")})` : ""}, ` +
      "as one simple, recognisable symbol.";
  const prompt = [
    `Logo mark: ${style.prompt.subject}.`,
    ...about,
    depict,
    `Style: ${style.label.toLowerCase()}; ${style.prompt.traits.join(", ")}.`,
    `Composition: ${style.prompt.composition}, generous margins, legible at 32 pixels.`,
    colorLine(input.palette),
    "Flat vector artwork with crisp edges and solid fills.",
    "No text of any kind: no letters, numbers, words, initials or signatures anywhere.",
  ].filter(Boolean).join("\n");
  const negative = [
    ...ALWAYS_AVOID,
    ...style.prompt.avoid,
    ...(brief.avoid ?? []).map((a) => plain(a, 40)),
  ];
  return {
    prompt,
    negativePrompt: [...new Set(negative)].join(", "),
    promptVersion: `${LOGO_PROMPT_VERSION}+${research.version}:${style.style}@${
      styleVersion(style)
    }`,
  };
}

function colorLine(palette: LogoPromptInput["palette"]): string {
  const inks = (["primary", "secondary", "accent"] as const)
    .filter((role) => palette?.[role])
    .map((role) => `${palette![role]} (${role})`);
  const background = `on a plain ${palette?.background ?? "white"} background`;
  return inks.length === 0
    ? `Colors: at most three flat colors, ${background}.`
    : `Colors: only ${inks.join(", ")}, ${background}.`;
}

/** `text` with every mention of the brand name replaced, so no model is tempted to letter it. */
function unnamed(text: string, name: string): string {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return escaped ? text.replace(new RegExp(escaped, "giu"), "the brand") : text;
}

/** User text on one line, without control characters, cut to `max` characters. */
function plain(text: string, max: number): string {
  // deno-lint-ignore no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** A style's version: a hash of its descriptor, so a change to one style shows in its logos. */
export const styleVersion = (style: LogoStyleDescriptor): string =>
  sha256HexSync(new TextEncoder().encode(canonicalJson(style))).slice(0, 8);
