/**
 * PLACEHOLDER for h11a's offline brief analysis (the lead takes h11a's module at merge): a
 * keyword reading of the brief, just enough for the type and palette stages to be wired.
 */
import type { Brief } from "../brief.ts";
import { matchIndustry, words } from "../colors/associations.ts";
import type { BriefAnalysis, Personality } from "./schema.ts";

const CUES: readonly (readonly [Personality, readonly string[]])[] = [
  ["playful", ["child", "children", "kid", "kids", "play", "toy", "fun", "music", "school"]],
  ["caring", ["care", "clinic", "dental", "health", "family", "families", "anxious", "pet"]],
  ["calm", ["calm", "yoga", "spa", "quiet", "senior", "seniors", "meditation"]],
  ["natural", ["organic", "farm", "vegan", "plant", "garden", "vegetable", "eco"]],
  ["artisanal", ["bakery", "roaster", "craft", "handmade", "atelier", "sourdough", "coffee"]],
  ["rugged", ["hiker", "hikers", "camp", "outdoor", "repair", "bike", "trail"]],
  ["premium", ["luxury", "atelier", "premium", "bespoke", "watch", "watches", "fine"]],
  ["classic", ["restoring", "heritage", "traditional", "law", "legal", "mechanical"]],
  ["technical", ["software", "security", "cybersecurity", "data", "cloud", "app", "invoicing"]],
  ["modern", ["online", "platform", "digital", "startup", "saas"]],
  ["friendly", ["friendly", "community", "neighbourhood", "beginners", "busy", "dog"]],
];

export function analyzeBrief(brief: Brief): BriefAnalysis {
  const text = [brief.description, brief.industry, brief.tone, ...(brief.keywords ?? [])]
    .filter(Boolean).join(" ");
  const tokens = words(text);
  const personality = CUES
    .map(([trait, cues]) => ({ trait, hits: tokens.filter((t) => cues.includes(t)).length }))
    .filter((c) => c.hits > 0)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, 3)
    .map((c) => c.trait);
  const nouns = tokens.filter((t) => t.length > 3).slice(0, 6);
  return {
    version: "placeholder-0",
    source: "offline",
    industry: matchIndustry(brief)?.association.id ?? "general",
    offerings: [brief.description.slice(0, 80)],
    benefits: [],
    audience: brief.audience ? [brief.audience.slice(0, 80)] : [],
    place: null,
    personality: personality.length > 0 ? personality : ["modern"],
    concepts: (nouns.length > 0 ? nouns : ["brand"]).map((term, i) => ({
      term,
      related: [],
      weight: 1 - i * 0.1,
    })),
  };
}
