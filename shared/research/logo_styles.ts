/**
 * Logo style research: what each style means for an image prompt, for the offline vector
 * marks and for the wordmark.
 *
 * This is data written by us, not fetched. Versioned twice, both by content hash: the set's
 * version, and each style's (shared/logos/prompt.ts). Every stored logo records both (in its
 * prompt version), so it says which research produced it. Its shape is logo_styles_schema.ts.
 *
 * The descriptors condense common logo-design practice (the usual taxonomy of wordmarks,
 * lettermarks, emblems, mascots, abstract and geometric marks) into prompt wording and
 * drawing choices; they are our own editorial choices, meant to be tuned.
 */

import type { BadgeShape, LogoStyle, OfflineConcept } from "./logo_styles_schema.ts";

export interface LogoStyleDescriptor {
  readonly style: LogoStyle;
  readonly label: string;
  readonly summary: string;
  readonly prompt: {
    /** What the image model draws. Never text: names are set by us as vector outlines. */
    readonly subject: string;
    readonly traits: readonly string[];
    readonly composition: string;
    /** Added to the negative prompt. */
    readonly avoid: readonly string[];
  };
  readonly offline: {
    /** Offline concepts in order of fit; a request for n concepts takes the first n. */
    readonly concepts: readonly OfflineConcept[];
    readonly badgeShapes: readonly BadgeShape[];
  };
  readonly wordmark: {
    readonly weight: 400 | 500 | 600 | 700 | 800;
    /** Tracking in em. */
    readonly letterSpacing: number;
    readonly textCase: "as-is" | "upper" | "lower";
  };
}

export interface LogoStyleResearch {
  readonly version: string;
  readonly styles: Readonly<Record<LogoStyle, LogoStyleDescriptor>>;
}

export const LOGO_STYLE_RESEARCH: Omit<LogoStyleResearch, "version"> = {
  styles: {
    minimal: {
      style: "minimal",
      label: "Minimal",
      summary: "One idea, reduced to the fewest shapes; lots of negative space.",
      prompt: {
        subject: "a single simple symbol that captures one idea of the brand",
        traits: ["minimalist", "one or two solid shapes", "generous negative space", "flat"],
        composition: "one centered symbol, nothing around it",
        avoid: ["ornament", "gradients", "fine detail", "more than two colors"],
      },
      offline: {
        concepts: [
          "split-disc",
          "orbit",
          "letter-cut",
          "monogram-badge",
          "interlock",
          "stacked-shapes",
          "radial-burst",
          "mosaic",
        ],
        badgeShapes: ["circle", "rounded-square"],
      },
      wordmark: { weight: 500, letterSpacing: 0.02, textCase: "as-is" },
    },
    geometric: {
      style: "geometric",
      label: "Geometric",
      summary: "Built from circles, squares and triangles on a grid; precise and balanced.",
      prompt: {
        subject: "a symbol constructed from basic geometric primitives",
        traits: ["geometric", "grid-based construction", "precise", "symmetrical balance"],
        composition: "one centered, balanced symbol",
        avoid: ["hand-drawn lines", "organic textures", "photographic detail"],
      },
      offline: {
        concepts: [
          "mosaic",
          "stacked-shapes",
          "radial-burst",
          "interlock",
          "split-disc",
          "orbit",
          "monogram-badge",
          "letter-cut",
        ],
        badgeShapes: ["hexagon", "diamond", "rounded-square"],
      },
      wordmark: { weight: 600, letterSpacing: 0.01, textCase: "as-is" },
    },
    lettermark: {
      style: "lettermark",
      label: "Lettermark",
      summary: "The initials carry the identity; the image model only supplies the container.",
      prompt: {
        // Image models misspell letters, so they draw the frame; we set the initials.
        subject: "a bold, simple badge or container shape meant to frame a monogram",
        traits: ["bold", "compact", "monogram container", "solid fill"],
        composition: "one centered shape with a clear empty area in its middle",
        avoid: ["ornate frames", "thin lines", "busy detail"],
      },
      offline: {
        concepts: [
          "monogram-badge",
          "letter-cut",
          "split-disc",
          "orbit",
          "interlock",
          "stacked-shapes",
          "mosaic",
          "radial-burst",
        ],
        badgeShapes: ["circle", "rounded-square", "hexagon"],
      },
      wordmark: { weight: 700, letterSpacing: 0.04, textCase: "upper" },
    },
    wordmark: {
      style: "wordmark",
      label: "Wordmark",
      summary: "The name is the logo; the symbol is a small companion accent.",
      prompt: {
        subject: "a small, simple accent symbol that can sit beside a typographic logo",
        traits: ["understated", "compact", "solid shape", "pairs with typography"],
        composition: "one small centered accent shape",
        avoid: ["complex illustration", "scenes", "multiple objects"],
      },
      offline: {
        concepts: [
          "letter-cut",
          "split-disc",
          "monogram-badge",
          "orbit",
          "stacked-shapes",
          "interlock",
          "mosaic",
          "radial-burst",
        ],
        badgeShapes: ["circle", "rounded-square"],
      },
      wordmark: { weight: 800, letterSpacing: -0.02, textCase: "as-is" },
    },
    emblem: {
      style: "emblem",
      label: "Emblem",
      summary: "A badge or seal: the symbol sits inside an enclosing shape, like a crest.",
      prompt: {
        subject: "a badge, seal or crest with a simple symbol inside it",
        traits: ["emblem", "enclosed in a shield or circle", "symmetrical", "heritage feel"],
        composition: "one centered badge with the symbol inside",
        avoid: ["ribbons with writing", "banners", "tiny detail that blurs when small"],
      },
      offline: {
        concepts: [
          "monogram-badge",
          "radial-burst",
          "orbit",
          "letter-cut",
          "interlock",
          "mosaic",
          "split-disc",
          "stacked-shapes",
        ],
        badgeShapes: ["shield", "circle", "hexagon"],
      },
      wordmark: { weight: 700, letterSpacing: 0.08, textCase: "upper" },
    },
    mascot: {
      style: "mascot",
      label: "Mascot",
      summary: "A friendly character that embodies the brand.",
      prompt: {
        subject: "a friendly character or animal mascot that embodies the brand",
        traits: ["friendly", "simple rounded forms", "bold outlines", "expressive but simple"],
        composition: "one character, head and shoulders or full figure, centered",
        avoid: ["realistic rendering", "scenery", "speech bubbles", "props with writing"],
      },
      offline: {
        concepts: [
          "radial-burst",
          "interlock",
          "monogram-badge",
          "orbit",
          "stacked-shapes",
          "split-disc",
          "mosaic",
          "letter-cut",
        ],
        badgeShapes: ["circle", "rounded-square"],
      },
      wordmark: { weight: 800, letterSpacing: 0, textCase: "as-is" },
    },
    abstract: {
      style: "abstract",
      label: "Abstract",
      summary: "A non-literal form that suggests the brand's idea through shape and motion.",
      prompt: {
        subject: "an abstract, non-literal form that suggests the brand's core idea",
        traits: ["abstract", "dynamic", "overlapping forms", "sense of motion"],
        composition: "one centered abstract form",
        avoid: ["literal objects", "clip art", "recognizable icons"],
      },
      offline: {
        concepts: [
          "interlock",
          "radial-burst",
          "orbit",
          "stacked-shapes",
          "mosaic",
          "split-disc",
          "letter-cut",
          "monogram-badge",
        ],
        badgeShapes: ["circle", "diamond"],
      },
      wordmark: { weight: 600, letterSpacing: 0.03, textCase: "lower" },
    },
  },
};
