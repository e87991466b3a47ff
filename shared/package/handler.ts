import type { ColorsOutput } from "../colors/handler.ts";
import { colorsHandler } from "../colors/handler.ts";
import type { ColorsInput } from "../colors/input.ts";
import { domainsHandler, type DomainsInput, type DomainsOutput } from "../domains/handler.ts";
import type { DomainCheckResponse } from "../domains/schema.ts";
import type { GenerationContext, GenerationHandler } from "../generation/runner.ts";
import { logosHandlerWith, type LogosOutput } from "../logos/handler.ts";
import type { LogosInput } from "../logos/schema.ts";
import { namesHandler, type NamesOutput } from "../names/handler.ts";
import type { NamesInput } from "../names/schema.ts";
import { taglinesHandler, type TaglinesOutput } from "../taglines/handler.ts";
import type { TaglinesInput } from "../taglines/schema.ts";
import { type RankedName, rankNames } from "./pick.ts";
import type { PackageInput, Stage, StageRecord } from "./schema.ts";
import { runStage } from "./stage.ts";

/** What a package worker saves after each stage, so a later worker resumes from there. */
interface Checkpoint {
  name?: string;
  stages: Partial<Record<Stage, { record: StageRecord; output: unknown }>>;
  /** Stage generations started but not finished when the checkpoint was saved. */
  running?: Partial<Record<Stage, string>>;
}

export interface PackageOutput {
  name: string;
  tagline: string | null;
  names: RankedName[];
  domains: DomainCheckResponse["results"];
  palette: ColorsOutput["palette"];
  palette_rationale: string;
  logos: LogosOutput["logos"];
  wordmark: LogosOutput["wordmark"];
  typography: LogosOutput["typography"];
  taglines: TaglinesOutput["taglines"];
  stages: StageRecord[];
}

const TOTAL_STEPS = 6; // names, domains, pick, colors, logos, taglines

/**
 * generate-package: names → domains for the candidates → the best name (score + domain
 * availability; a given name skips naming) → logos, colors and taglines side by side →
 * one package. Each stage is a child generation; logos ask for the palette only when they
 * draw, so they use the chosen palette without waiting for the colors stage to start them.
 */
export const packageHandler: GenerationHandler<PackageInput, PackageOutput> = async (ctx) => {
  const input = ctx.input;
  const cp: Checkpoint = (ctx.checkpoint as Checkpoint | null) ?? { stages: {} };
  // A given name counts the naming step as done.
  let done = Object.keys(cp.stages).length + (cp.name ? 1 : 0) + (input.name ? 1 : 0);
  let saving = Promise.resolve();
  const save = () => saving = saving.then(() => ctx.saveCheckpoint(cp));

  async function stage<I, O>(
    name: Stage,
    kind: Parameters<typeof runStage>[2],
    stageInput: I,
    handler: GenerationHandler<I, O>,
  ): Promise<O> {
    const resumed = cp.stages[name];
    if (resumed) return resumed.output as O;
    await ctx.progress(name, done, TOTAL_STEPS);
    const { output, record } = await runStage(
      ctx as GenerationContext<unknown>,
      name,
      kind,
      stageInput,
      handler,
      {
        resumeFrom: cp.running?.[name],
        onStarted: async (id) => {
          cp.running = { ...cp.running, [name]: id };
          await save();
        },
      },
    );
    cp.stages[name] = { record, output };
    delete cp.running?.[name];
    await save();
    await ctx.progress(name, ++done, TOTAL_STEPS);
    return output;
  }

  const names: NamesOutput["names"] = input.name
    ? []
    : (await stage<NamesInput, NamesOutput>("names", "names", {
      brief: input.brief,
      count: input.name_count,
      styles: [
        "descriptive",
        "suggestive",
        "invented",
        "compound",
        "portmanteau",
        "metaphor",
        "real_word",
      ],
      min_length: 4,
      max_length: 12,
      avoid: input.brief.avoid ?? [],
    } as NamesInput, namesHandler)).names;

  const candidates = input.name ? [input.name] : names.map((n) => n.name);
  const domains = await stage<DomainsInput, DomainsOutput>("domains", "domains", {
    names: candidates,
    tlds: input.tlds,
  }, domainsHandler);

  const ranked = input.name ? [] : rankNames(names, domains.results);
  if (!cp.name) {
    cp.name = input.name ?? ranked[0].name;
    await save();
    await ctx.progress("pick", ++done, TOTAL_STEPS);
  }
  const name = cp.name;

  const colors = stage<ColorsInput, ColorsOutput>("colors", "colors", {
    brief: input.brief,
    brand_name: name,
    accent_count: 1,
  }, colorsHandler);
  // The logos' colors: the palette stage's, whenever the logos get to drawing.
  const paletteForLogos = async () => {
    const light = (await colors).palette.themes.light;
    return {
      primary: light.primary,
      secondary: light.secondary,
      accent: light.accent,
      text: light.text,
      background: light.background,
    };
  };
  const logos = stage<LogosInput, LogosOutput>("logos", "logos", {
    brand_name: name,
    brief: input.brief,
    style: input.logo_style,
    count: input.logo_count,
  }, logosHandlerWith(paletteForLogos));
  const taglines = stage<TaglinesInput, TaglinesOutput>("taglines", "taglines", {
    brand_name: name,
    brief: input.brief,
    count: input.tagline_count,
    max_words: 8,
    include_name: false,
  }, taglinesHandler);

  const [palette, marks, lines] = await Promise.all([colors, logos, taglines]);
  await saving;
  await ctx.progress("done", TOTAL_STEPS, TOTAL_STEPS);
  return {
    name,
    tagline: lines.taglines[0]?.text ?? null,
    names: ranked,
    domains: domains.results,
    palette: palette.palette,
    palette_rationale: palette.rationale,
    logos: marks.logos,
    wordmark: marks.wordmark,
    typography: marks.typography,
    taglines: lines.taglines,
    stages: ["names", "domains", "colors", "logos", "taglines"].flatMap((s) => {
      const record = cp.stages[s as Stage]?.record;
      return record ? [record] : [];
    }),
  };
};
