import { analyzeBriefWithAi } from "../analysis/ai.ts";
import type { BriefAnalysis } from "../analysis/schema.ts";
import { type ColorsDeps, colorsHandler } from "../colors/handler.ts";
import { type DomainsDeps, domainsHandler } from "../domains/handler.ts";
import { type LogosDeps, logosHandlerWith } from "../logos/handler.ts";
import { type NamesDeps, namesHandler } from "../names/handler.ts";
import { DEFAULT_NAME_STYLES, type NamesInput } from "../names/schema.ts";
import type { GenerationContext, GenerationHandler } from "../runtime/job.ts";
import { type TaglinesDeps, taglinesHandler } from "../taglines/handler.ts";
import { rankNames } from "./pick.ts";
import type { PackageInput, PackageOutput, Stage, StageRecord } from "./schema.ts";

/** What generate-package uses: what its stages use. */
export type PackageDeps = NamesDeps & DomainsDeps & ColorsDeps & LogosDeps & TaglinesDeps;

type Ctx = GenerationContext<PackageInput, PackageDeps>;

/** What a package worker saves after each stage, so a later worker resumes from there. */
interface Checkpoint {
  /** The brief's analysis, made once and handed to every stage. */
  analysis?: BriefAnalysis;
  name?: string;
  stages: Partial<Record<Stage, { record: StageRecord; output: unknown }>>;
  /** Stage generations started but not finished when the checkpoint was saved. */
  running?: Partial<Record<Stage, string>>;
}

const TOTAL_STEPS = 6; // names, domains, pick, colors, logos, taglines

/** Runs stages as child generations; a stage an earlier worker finished is not run again. */
function stageRunner(ctx: Ctx, cp: Checkpoint) {
  // A given name counts the naming step as done.
  let done = Object.keys(cp.stages).length + (cp.name ? 1 : 0) + (ctx.input.name ? 1 : 0);
  let saving = Promise.resolve();
  const save = () => saving = saving.then(() => ctx.saveCheckpoint(cp));
  async function run<I, O>(
    stage: Stage,
    input: I,
    handler: GenerationHandler<I, O, PackageDeps>,
  ): Promise<O> {
    const resumed = cp.stages[stage];
    if (resumed) return resumed.output as O;
    await ctx.progress(stage, done, TOTAL_STEPS);
    const child = await ctx.runChild({
      kind: stage,
      input,
      handler,
      resumeFrom: cp.running?.[stage],
      onStarted: async (id) => {
        cp.running = { ...cp.running, [stage]: id };
        await save();
      },
    });
    const record: StageRecord = {
      stage,
      generation_id: child.generationId,
      status: "succeeded",
      provider: child.provider,
      fell_back: child.runs > 1 || child.provider === "offline",
      runs: child.runs,
    };
    cp.stages[stage] = { record, output: child.output };
    delete cp.running?.[stage];
    await save();
    await ctx.progress(stage, ++done, TOTAL_STEPS);
    return child.output;
  }
  /** The brief's analysis, made once (one AI call, offline fallback) and kept. */
  async function analyze(): Promise<BriefAnalysis> {
    if (!cp.analysis) {
      cp.analysis = await analyzeBriefWithAi(ctx, ctx.input.brief);
      await save();
    }
    return cp.analysis;
  }
  /** The chosen name, kept once picked so a resumed worker picks the same. */
  async function pick(name: string): Promise<string> {
    if (!cp.name) {
      cp.name = name;
      await save();
      await ctx.progress("pick", ++done, TOTAL_STEPS);
    }
    return cp.name;
  }
  return { run, analyze, pick, settled: () => saving };
}

type Stages = ReturnType<typeof stageRunner>;

/**
 * Logos, colors and taglines side by side. Logos ask for the palette only when they draw, so
 * they use the chosen palette without waiting for the colors stage to start them.
 */
function brandStages(
  stages: Stages,
  input: PackageInput,
  name: string,
  analysis: BriefAnalysis,
) {
  const colors = stages.run(
    "colors",
    { brief: input.brief, brand_name: name, accent_count: 1, analysis },
    colorsHandler,
  );
  const paletteForLogos = async () => {
    const { primary, secondary, accent, text, background } = (await colors).palette.themes.light;
    return { primary, secondary, accent, text, background };
  };
  const logos = stages.run("logos", {
    brand_name: name,
    brief: input.brief,
    style: input.logo_style,
    count: input.logo_count,
    analysis,
  }, logosHandlerWith(paletteForLogos));
  const taglines = stages.run("taglines", {
    brand_name: name,
    brief: input.brief,
    count: input.tagline_count,
    max_words: 8,
    include_name: false,
    analysis,
  }, taglinesHandler);
  return Promise.all([colors, logos, taglines]);
}

const namesInput = (input: PackageInput, analysis: BriefAnalysis): NamesInput => ({
  brief: input.brief,
  count: input.name_count,
  styles: [...DEFAULT_NAME_STYLES],
  min_length: 4,
  max_length: 12,
  avoid: input.brief.avoid ?? [],
  exclude: [],
  like: [],
  analysis,
});

/**
 * generate-package: names → domains for the candidates → the best name (score + domain
 * availability; a given name skips naming) → logos, colors and taglines side by side →
 * one package. Each stage is a child generation.
 */
export const packageHandler: GenerationHandler<PackageInput, PackageOutput, PackageDeps> = async (
  ctx,
) => {
  const input = ctx.input;
  const cp: Checkpoint = (ctx.checkpoint as Checkpoint | null) ?? { stages: {} };
  const stages = stageRunner(ctx, cp);
  const analysis = await stages.analyze();
  const names = input.name
    ? []
    : (await stages.run("names", namesInput(input, analysis), namesHandler)).names;
  const candidates = input.name ? [input.name] : names.map((n) => n.name);
  const domains = await stages.run(
    "domains",
    { names: candidates, tlds: input.tlds },
    domainsHandler,
  );
  const ranked = input.name ? [] : rankNames(names, domains.results);
  const name = await stages.pick(input.name ?? ranked[0].name);
  const [palette, marks, lines] = await brandStages(stages, input, name, analysis);
  await stages.settled();
  await ctx.progress("done", TOTAL_STEPS, TOTAL_STEPS);
  return {
    analysis,
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
    stages: (["names", "domains", "colors", "logos", "taglines"] as const).flatMap((s) => {
      const record = cp.stages[s]?.record;
      return record ? [record] : [];
    }),
  };
};
