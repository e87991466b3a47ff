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
import type { KitExport } from "./export_schema.ts";
import type { BrandKitInput } from "./input.ts";

/** What exporting a kit uses. */
export interface KitDeps {
  database: { db: Db };
  storage: Pick<AssetStorage, "get" | "signedUrl">;
  assets: AssetStore;
  log: Logger;
  config: { SIGNED_URL_TTL_SECONDS: number };
}

type Row = typeof generations.$inferSelect;
type FileRow = Pick<typeof assets.$inferSelect, "id" | "kind" | "path" | "sha256" | "size">;

interface PackageRead {
  pkg: Row;
  stages: Map<string, Pick<Row, "id" | "output">>;
  files: FileRow[];
}

/** The package, its stages, its logo files and any kit built before: one read as the user. */
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
      and(eq(assets.generationId, pkg.id), eq(assets.kind, "brand-kit")),
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
    read.files.filter((f) => f.kind !== "brand-kit").map((f) => [f.id, f.path]),
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

/**
 * The brand kit of a finished package: built once (deterministic, so the same package always
 * gives the same bytes and hash), stored under the owner's folder, answered with a signed URL.
 */
export async function exportPackage(
  deps: KitDeps,
  user: AuthUser,
  packageId: string,
): Promise<KitExport> {
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
  const built = read.files.find((f) => f.kind === "brand-kit");
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
  const started = performance.now();
  const kit = await buildBrandKit(input);
  deps.log.log("info", "brand kit built", {
    generation_id: pkg.id,
    ms: Math.round(performance.now() - started),
    bytes: kit.zip.byteLength,
  });
  const stored = await deps.assets.store({
    ownerId: user.id,
    generationId: pkg.id,
    projectId: pkg.projectId,
    kind: "brand-kit",
    name: `brand-kit-${kit.sha256.slice(0, 12)}.zip`,
    bytes: kit.zip,
    mime: "application/zip",
    metadata: { files: kit.files.length },
  });
  return { url: stored.url, sha256: kit.sha256, bytes: stored.size, ...answer, cached: false };
}
