import { and, eq, inArray, or } from "drizzle-orm";
import { assets, generations } from "../../drizzle/schema.ts";
import type { AuthUser } from "../auth/verify.ts";
import type { Db } from "../db/client.ts";
import { readAsUser } from "../db/scope.ts";
import type { Logger } from "../log.ts";
import type { NamesOutput } from "../names/schema.ts";
import type { PackageInput, PackageOutput } from "../package/schema.ts";
import type { AssetStore } from "../storage/assets.ts";
import { type AssetStorage, StorageError } from "../storage/types.ts";
import { buildBrandKit } from "./build.ts";
import { KitUnavailable } from "./errors.ts";
import type { KitExport, KitPending } from "./export_schema.ts";
import type { BrandKitInput } from "./input.ts";
import { RenderCache } from "./render_cache.ts";
import { kitRenders, RENDER_STEP_NAMES, type RenderStep } from "./renders.ts";

/** What exporting a kit uses. */
export interface KitDeps {
  database: { db: Db };
  storage: Pick<AssetStorage, "get" | "signedUrl">;
  assets: AssetStore;
  log: Logger;
  config: { SIGNED_URL_TTL_SECONDS: number };
}

type Row = typeof generations.$inferSelect;

/** Asset kinds of an export: the kit, and the renders kept between its first requests. */
const KIT = "brand-kit";
const RENDERS = "brand-kit-renders";
const rendersName = (step: RenderStep) => `${RENDERS}-${step}.zip`;
type FileRow = Pick<typeof assets.$inferSelect, "id" | "kind" | "path" | "sha256" | "size">;

interface PackageRead {
  pkg: Row;
  stages: Map<string, Pick<Row, "id" | "output">>;
  files: FileRow[];
}

/** The package, its stages, its logo files, any kit and renders kept before: one read. */
function readPackage(db: Db, user: AuthUser, id: string): Promise<PackageRead | undefined> {
  return readAsUser(db, user, async (tx) => {
    const [pkg] = await tx.select().from(generations).where(eq(generations.id, id));
    if (!pkg || pkg.kind !== "package" || pkg.status !== "succeeded") {
      return pkg && { pkg, stages: new Map(), files: [] };
    }
    const out = pkg.output as PackageOutput;
    const stageIds = out.stages.flatMap((s) => s.generation_id ? [s.generation_id] : []);
    const logoIds = out.logos.filter((l) => l.format === "svg").map((l) => l.id);
    const stages = stageIds.length === 0 ? [] : await tx
      .select({ id: generations.id, output: generations.output }).from(generations)
      .where(inArray(generations.id, stageIds));
    const kitOrLogo = or(
      and(eq(assets.generationId, pkg.id), inArray(assets.kind, [KIT, RENDERS])),
      logoIds.length === 0 ? undefined : inArray(assets.id, logoIds),
    );
    const files = await tx.select({
      id: assets.id,
      kind: assets.kind,
      path: assets.path,
      sha256: assets.sha256,
      size: assets.size,
    }).from(assets).where(kitOrLogo);
    return { pkg, stages: new Map(stages.map((s) => [s.id, s])), files };
  });
}

/** Provenance of every stage, and the names stage's candidates. */
function provenanceOf(read: PackageRead) {
  const out = read.pkg.output as PackageOutput;
  const provenance: BrandKitInput["provenance"] = {};
  let names: NamesOutput["names"] = [];
  for (const stage of out.stages) {
    const child = stage.generation_id ? read.stages.get(stage.generation_id) : undefined;
    const source = (child?.output as { source?: Record<string, string> } | null)?.source;
    provenance[stage.stage] = {
      provider: source?.provider ?? "unknown",
      model: source?.model ?? "unknown",
      ...(source?.prompt_version ? { prompt_version: source.prompt_version } : {}),
      ...(source?.research_version ? { research_version: source.research_version } : {}),
      fell_back: stage.fell_back,
    };
    if (stage.stage === "names" && child) names = (child.output as NamesOutput).names;
  }
  return { provenance, names };
}

const decoder = new TextDecoder();

/** Everything the kit builder needs; the vector logos are downloaded side by side. */
async function kitInput(deps: KitDeps, read: PackageRead): Promise<BrandKitInput> {
  const out = read.pkg.output as PackageOutput;
  const paths = new Map(
    read.files.filter((f) => f.kind !== KIT && f.kind !== RENDERS).map((f) => [f.id, f.path]),
  );
  const svgs = await Promise.all(
    out.logos.filter((l) => l.format === "svg").map(async (logo) => {
      const path = paths.get(logo.id);
      const bytes = path && await deps.storage.get(path);
      return bytes ? [{ logo, svg: decoder.decode(bytes) }] : [];
    }),
  );
  return {
    brand: {
      name: out.name,
      description: (read.pkg.input as PackageInput).brief.description,
      ...(out.tagline ? { tagline: out.tagline } : {}),
    },
    palette: out.palette,
    logos: svgs.flat().map(({ logo, svg }) => ({
      id: logo.id,
      concept: logo.concept,
      svg,
      provider: logo.provider,
      model: logo.model,
      prompt_version: logo.prompt_version,
      ...(logo.depicts ? { depicts: logo.depicts } : {}),
    })),
    domains: out.domains,
    taglines: out.taglines,
    // Packages made before typography was recorded get the brief's choice in the kit.
    ...(out.typography
      ? { typography: { heading: out.typography.heading.id, body: out.typography.body.id } }
      : {}),
    ...provenanceOf(read),
    generated_at: read.pkg.finishedAt!.toISOString(),
  };
}

/** A signed URL for a kit stored before; null when its object is gone (then it is rebuilt). */
async function signedIfStored(deps: KitDeps, path: string): Promise<string | null> {
  try {
    return await deps.storage.signedUrl(path, deps.config.SIGNED_URL_TTL_SECONDS);
  } catch (err) {
    if (err instanceof StorageError && err.kind === "not_found") return null;
    throw err;
  }
}

/** The files of the render steps kept for this package, by step (their objects may be gone). */
function keptFiles(read: PackageRead): Map<RenderStep, FileRow> {
  return new Map(RENDER_STEP_NAMES.flatMap((step) => {
    const file = read.files.find((f) =>
      f.kind === RENDERS && f.path.endsWith(`/${rendersName(step)}`)
    );
    return file ? [[step, file] as const] : [];
  }));
}

/** Each kept step's renders; a step whose object is gone is left out. */
async function downloadKept(
  deps: KitDeps,
  files: Map<RenderStep, FileRow>,
): Promise<Map<RenderStep, Uint8Array>> {
  const zips = await Promise.all(
    [...files].map(async ([step, file]) => [step, await deps.storage.get(file.path)] as const),
  );
  return new Map(zips.flatMap(([step, zip]) => zip ? [[step, zip] as const] : []));
}

/**
 * The first render step not in `kept`, run and its renders kept; none when every step is
 * kept (then the kit is built from them).
 */
async function renderStep(
  deps: KitDeps,
  user: AuthUser,
  read: PackageRead,
  input: BrandKitInput,
  kept: ReadonlySet<RenderStep>,
): Promise<KitPending | undefined> {
  const index = RENDER_STEP_NAMES.findIndex((step) => !kept.has(step));
  if (index < 0) return undefined;
  const step = RENDER_STEP_NAMES[index];
  const started = performance.now();
  const renders = await kitRenders(input, [step]);
  await deps.assets.store({
    ownerId: user.id,
    generationId: read.pkg.id,
    projectId: read.pkg.projectId,
    kind: RENDERS,
    name: rendersName(step),
    bytes: renders.toZip(),
    mime: "application/zip",
    metadata: { step, renders: renders.size },
  });
  deps.log.log("info", "brand kit renders kept", {
    generation_id: read.pkg.id,
    step,
    renders: renders.size,
    ms: Math.round(performance.now() - started),
  });
  const steps = RENDER_STEP_NAMES.length + 1;
  return { generation_id: read.pkg.id, status: "building", step: index + 1, steps };
}

/** The kit built from every step's kept renders, stored; its answer but for the common part. */
async function buildFromKept(
  deps: KitDeps,
  user: AuthUser,
  read: PackageRead,
  input: BrandKitInput,
  zips: Map<RenderStep, Uint8Array>,
) {
  const { pkg } = read;
  const started = performance.now();
  const kit = await buildBrandKit(input, RenderCache.fromZips([...zips.values()]));
  deps.log.log("info", "brand kit built", {
    generation_id: pkg.id,
    ms: Math.round(performance.now() - started),
    bytes: kit.zip.byteLength,
  });
  const stored = await deps.assets.store({
    ownerId: user.id,
    generationId: pkg.id,
    projectId: pkg.projectId,
    kind: KIT,
    name: `brand-kit-${kit.sha256.slice(0, 12)}.zip`,
    bytes: kit.zip,
    mime: "application/zip",
    metadata: { files: kit.files.length },
  });
  return { url: stored.url, sha256: kit.sha256, bytes: stored.size, cached: false };
}

/**
 * The brand kit of a finished package: built once (deterministic, so the same package always
 * gives the same bytes and hash), stored under the owner's folder, answered with a signed URL.
 * A cold isolate cannot build it inside one request's CPU budget, so the first export runs one
 * render step per request (answered 202, with the steps done) and keeps each step's renders;
 * the request after the last builds the kit from them.
 */
export async function exportPackage(
  deps: KitDeps,
  user: AuthUser,
  packageId: string,
): Promise<KitExport | KitPending> {
  const read = await readPackage(deps.database.db, user, packageId);
  if (!read) throw new KitUnavailable("generation not found");
  const { pkg } = read;
  if (pkg.kind !== "package" || pkg.status !== "succeeded") {
    throw new KitUnavailable("only a finished brand package can be exported", {
      generation_id: pkg.id,
      kind: pkg.kind,
      status: pkg.status,
    });
  }
  const answer = { generation_id: pkg.id, expires_in: deps.config.SIGNED_URL_TTL_SECONDS };
  const built = read.files.find((f) => f.kind === KIT);
  const url = built && await signedIfStored(deps, built.path);
  if (built && url) {
    return { url, sha256: built.sha256, bytes: built.size, ...answer, cached: true };
  }
  const input = await kitInput(deps, read);
  if (input.logos.length === 0) {
    throw new KitUnavailable("this package has no vector logo to build a kit from", {
      generation_id: pkg.id,
    });
  }
  const files = keptFiles(read);
  const pending = await renderStep(deps, user, read, input, new Set(files.keys()));
  if (pending) return pending;
  // A step whose kept object is gone is made again first: still one step per request.
  const zips = await downloadKept(deps, files);
  const lost = await renderStep(deps, user, read, input, new Set(zips.keys()));
  if (lost) return lost;
  return { ...await buildFromKept(deps, user, read, input, zips), ...answer };
}
