/**
 * scripts/bench_quality.ts (`scripts/bench quality`): runs 12 benchmark briefs from 12
 * industries offline through the engines the offline stages use (analysis → names → palette →
 * marks → wordmark → taglines) and prints, per brief, what a reviewer checks; then the totals
 * against the targets of issue 11. Writes out/quality/contact-sheet.png with every brief's marks,
 * wordmark and lockup, so a person can look at them all at once.
 *
 * On-brief mark: the primary mark draws a library icon, and the words it stands for (its
 * recorded concept, the icon's name and tags) share a stem with the brief's vocabulary: its own
 * content words, the curated pictures of its abstract words (analysis/cues.ts DEPICTIONS:
 * dental → tooth) and the related words the analysis gives for a concept the brief names.
 * On-brief name: a root it records comes from a word of that vocabulary.
 * Font family: the heading family chooseType picks for the analysis. Taglines: checkGrammar.
 * Collisions: names whose screen found a brand, offensive word or unfortunate meaning.
 *
 *   deno run -A scripts/bench_quality.ts [--out out/quality]
 */
import { parseArgs } from "node:util";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { DEPICTIONS } from "../shared/analysis/cues.ts";
import type { BriefAnalysis } from "../shared/analysis/schema.ts";
import type { Brief } from "../shared/brief.ts";
import { offlinePaletteSpec } from "../shared/colors/offline.ts";
import { buildPalette } from "../shared/colors/palette.ts";
import { logoPalette } from "../shared/kit/logos.ts";
import { loadBrandFonts } from "../shared/logos/fonts.ts";
import { minRoleDeltaE } from "../shared/colors/distinct.ts";
import { chooseType } from "../shared/type/choose.ts";
import { wordmarkStyle } from "../shared/type/families.ts";
import { loadHeadingFonts } from "../shared/type/fonts.ts";
import { lockups } from "../shared/logos/lockup.ts";
import { wordmarkSvg } from "../shared/logos/wordmark.ts";
import { loadIcons } from "../shared/marks/icons.ts";
import { searchIcons } from "../shared/marks/search.ts";
import { lockupBox, type LogoMark, logoMarks } from "../shared/marks/logo_marks.ts";
import { generateNamesOffline } from "../shared/names/offline.ts";
import { NamesInputSchema } from "../shared/names/schema.ts";
import { generateTaglinesOffline } from "../shared/taglines/offline.ts";
import { TaglinesInputSchema } from "../shared/taglines/schema.ts";
import { stem } from "../shared/taglines/screen.ts";
import { stopwords } from "../shared/research/naming.ts";
import { contactSheet, type SheetRow } from "./lib/contact_sheet.ts";
import { checkGrammar } from "../shared/taglines/grammar.ts";
import { bundledResearch } from "../shared/research/bundled.ts";

const research = {
  naming: await bundledResearch("naming"),
  taglines: await bundledResearch("taglines"),
  colors: await bundledResearch("colors"),
  logos: await bundledResearch("logo_styles"),
};

export const BENCHMARK_BRIEFS: readonly string[] = [
  "Solar lanterns and camp lights for hikers who travel light",
  "Bike repair shop in Lisbon fixing commuter and cargo bikes",
  "Invoicing software for freelancers and small agencies",
  "Vegan bakery making sourdough bread and plant-based pastries",
  "Paediatric dental clinic for children and anxious families",
  "Watchmaking atelier in Geneva restoring luxury mechanical watches",
  "Dog grooming and daycare for busy city pet owners",
  "Specialty coffee roaster selling single-origin beans online",
  "Yoga studio offering calm classes for beginners and seniors",
  "Cybersecurity consulting for hospitals and clinics",
  "Organic vegetable farm delivering weekly boxes to families",
  "Children's music school teaching piano and guitar",
];

const TARGETS = { marks: 10, names: 0.6, deltaE: 15, fonts: 6, collisions: 0 };

const STOP = new Set(stopwords);
const contentStems = (text: string) =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w))
    .map(stem);

/**
 * The brief's stems, the curated pictures of its abstract words (dental → tooth, cybersecurity
 * → shield), and the related words of concepts the brief itself names.
 */
function briefVocabulary(brief: string, analysis: BriefAnalysis): Set<string> {
  const own = new Set(contentStems(brief));
  const vocabulary = new Set(own);
  for (const word of brief.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const picture of DEPICTIONS.get(word) ?? []) {
      contentStems(picture).forEach((s) => vocabulary.add(s));
    }
  }
  for (const concept of analysis.concepts) {
    if (!contentStems(concept.term).some((s) => own.has(s))) continue;
    for (const word of concept.related) contentStems(word).forEach((s) => vocabulary.add(s));
  }
  return vocabulary;
}

/** The check documented above; returns the overlapping word, or undefined. */
export function markOnBrief(
  mark: LogoMark,
  vocabulary: ReadonlySet<string>,
  iconTags: (set: string, name: string) => readonly string[],
): string | undefined {
  const icon = mark.depicts.icon;
  if (!icon) return undefined;
  const words = [mark.depicts.concept, ...icon.name.split("-"), ...iconTags(icon.set, icon.name)];
  return words.flatMap(contentStems).find((s) => vocabulary.has(s));
}

/** A name is on-brief when a root it records comes from a word of the brief (or a relation). */
function nameOnBrief(
  name: { roots: readonly { root: string; from: string }[] },
  vocabulary: ReadonlySet<string>,
): boolean {
  return name.roots.some(({ from }) => contentStems(from).some((s) => vocabulary.has(s)));
}

/** Median time of one search for a brief's concepts, over the benchmark briefs, warm. */
function searchMedian(catalog: { icons: Parameters<typeof searchIcons>[0] }): string {
  const concepts = BENCHMARK_BRIEFS.map((b) => analyzeBrief({ description: b }).concepts);
  for (const c of concepts) searchIcons(catalog.icons, c);
  const times = concepts.flatMap((c) =>
    Array.from({ length: 10 }, () => {
      const start = performance.now();
      searchIcons(catalog.icons, c);
      return performance.now() - start;
    })
  ).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)].toFixed(2);
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { out: { type: "string", default: "out/quality" } },
  });
  const loadStart = performance.now();
  const catalog = await loadIcons();
  const loadMs = performance.now() - loadStart;
  const tagsOf = new Map(catalog.icons.map((i) => [`${i.set}:${i.name}`, i.tags]));
  const iconTags = (set: string, name: string) => tagsOf.get(`${set}:${name}`) ?? [];
  const rows: SheetRow[] = [];
  const totals = { marks: 0, names: 0, nameCount: 0, minDeltaE: Infinity, collisions: 0 };
  const families = new Set<string>();
  const timings: number[] = [];

  for (const [i, description] of BENCHMARK_BRIEFS.entries()) {
    const brief: Brief = { description };
    const analysis = analyzeBrief(brief);
    const vocabulary = briefVocabulary(description, analysis);
    const names = generateNamesOffline(
      NamesInputSchema.parse({ brief }),
      analysis,
      research.naming,
    );
    const chosen = names[0].name;
    const { rationale: _, ...spec } = offlinePaletteSpec(
      { ...brief, name: chosen, analysis },
      research.colors,
    );
    const built = buildPalette(spec);
    const palette = logoPalette(built);
    const type = chooseType(analysis);
    const { family, fonts } = await loadHeadingFonts(type.heading, chosen.toUpperCase() + chosen);
    const started = performance.now();
    const marks = await logoMarks(
      { brand_name: chosen, style: "minimal", brief, count: 4 },
      { analysis, palette, fonts, research: research.logos, ids: `b${i}` },
    );
    timings.push(performance.now() - started);
    const wordmark = wordmarkSvg(chosen, {
      font: fonts,
      color: palette.text,
      ...wordmarkStyle(family),
    });
    const taglines = generateTaglinesOffline(
      TaglinesInputSchema.parse({ brief, brand_name: chosen }),
      analysis,
      research.taglines,
    );

    const onBrief = markOnBrief(marks[0], vocabulary, iconTags);
    const namesOnBrief = names.filter((n) => nameOnBrief(n, vocabulary)).length;
    const deltaE = minRoleDeltaE(built);
    const grammatical = taglines.filter((t) => checkGrammar(t.text).ok).length;
    const collisions = names.filter((n) => n.collisions.length > 0);
    families.add(family.family);
    totals.marks += onBrief ? 1 : 0;
    totals.names += namesOnBrief;
    totals.nameCount += names.length;
    totals.minDeltaE = Math.min(totals.minDeltaE, deltaE);
    totals.collisions += collisions.length;

    const icon = marks[0].depicts.icon;
    console.log(`${String(i + 1).padStart(2)}. ${description}`);
    console.log(
      `    mark: ${marks[0].concept} depicting "${marks[0].depicts.concept}"` +
        (icon ? ` (${icon.set}:${icon.name}, ${icon.license})` : "") +
        ` — ${onBrief ? `on-brief via "${onBrief}"` : "OFF-BRIEF"}`,
    );
    console.log(
      `    names: ${namesOnBrief}/${names.length} on-brief; chosen "${chosen}"; ` +
        `collisions: ${collisions.map((n) => n.name).join(", ") || "none"}`,
    );
    console.log(
      `    palette min role ΔE2000 ${deltaE.toFixed(1)}; font ${family.family}; ` +
        `taglines grammatical ${grammatical}/${taglines.length} (e.g. "${taglines[0]?.text}")`,
    );

    const lockup = lockups(marks[0], wordmark, palette, lockupBox(marks[0].model))
      .horizontal.color;
    rows.push({
      label: `${i + 1}. ${description} — ${chosen}`,
      // The primary at favicon size (32 px of the 150 px row) shows whether it still reads.
      items: [
        ...marks,
        { ...marks[0], scale: 32 / 150 },
        { ...wordmark, scale: 0.4 },
        { ...lockup, scale: 0.7 },
      ],
    });
  }

  const share = totals.names / totals.nameCount;
  const line = (label: string, value: string, ok: boolean) =>
    console.log(`${ok ? "PASS" : "MISS"}  ${label.padEnd(28)} ${value}`);
  console.log("\nTotals vs targets");
  line("primary mark on-brief", `${totals.marks}/12 (≥ ${TARGETS.marks})`, totals.marks >= 10);
  line("names on-brief", `${(100 * share).toFixed(0)}% (≥ 60%)`, share >= TARGETS.names);
  line("min role ΔE2000", `${totals.minDeltaE.toFixed(1)} (≥ 15)`, totals.minDeltaE >= 15);
  line("font families", `${families.size} (≥ 6)`, families.size >= TARGETS.fonts);
  line("collisions in names", `${totals.collisions} (= 0)`, totals.collisions === 0);
  timings.sort((a, b) => a - b);
  const dataBytes = (await Deno.stat(new URL("../shared/marks/data/icons.json", import.meta.url)))
    .size;
  console.log(
    `\nicon data: ${catalog.icons.length} icons, ${(dataBytes / 1024).toFixed(0)} KiB, ` +
      `first load ${loadMs.toFixed(0)} ms`,
  );
  console.log(`icon search (warm, one brief's concepts): median ${searchMedian(catalog)} ms`);
  console.log(
    `4 marks per brief (search + composition): median ${timings[6].toFixed(1)} ms, ` +
      `max ${timings[11].toFixed(1)} ms (the max is the first brief: index build and JIT)`,
  );

  await Deno.mkdir(values.out, { recursive: true });
  const path = `${values.out}/contact-sheet.png`;
  const labelFonts = await loadBrandFonts(rows.map((r) => r.label).join(""), 500);
  await Deno.writeFile(path, await contactSheet(rows, labelFonts));
  console.log(`contact sheet → ${path}`);
}
