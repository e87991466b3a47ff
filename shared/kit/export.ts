import { and, desc, eq } from "drizzle-orm";
import { assets, generations } from "../../drizzle/schema.ts";
import type { AuthUser } from "../auth/verify.ts";
import { asUser } from "../db/scope.ts";
import type { Deps } from "../deps.ts";
import type { Envelope } from "../generation/envelope.ts";
import { getEnvelope } from "../generation/queries.ts";
import { ApiError } from "../http/errors.ts";
import type { NamesOutput } from "../names/handler.ts";
import type { PackageOutput } from "../package/handler.ts";
import type { PackageInput } from "../package/schema.ts";
import { storeAsset } from "../storage/assets.ts";
import type { BrandKitInput } from "./input.ts";

export interface KitExport {
  url: string;
  sha256: string;
  bytes: number;
  generation_id: string;
  expires_in: number;
  /** True when this exact kit had been built before and was served from Storage. */
  cached: boolean;
}

const decoder = new TextDecoder();

/** The newest finished package of a project of the caller's; undefined if none. */
export async function latestPackageOf(
  deps: Deps,
  user: AuthUser,
  projectId: string,
): Promise<string | undefined> {
  const [row] = await asUser(
    deps.database.db,
    user,
    (tx) =>
      tx.select({ id: generations.id }).from(generations)
        .where(
          and(
            eq(generations.projectId, projectId),
            eq(generations.kind, "package"),
            eq(generations.status, "succeeded"),
          ),
        )
        .orderBy(desc(generations.finishedAt)).limit(1),
  );
  return row?.id;
}

/** Everything the kit builder needs, read as the user from the package and its stages. */
async function kitInput(deps: Deps, user: AuthUser, pkg: Envelope): Promise<BrandKitInput> {
  const db = deps.database.db;
  const out = pkg.output as PackageOutput;
  const input = pkg.input as PackageInput;
  const provenance: BrandKitInput["provenance"] = {};
  let names: NamesOutput["names"] = [];
  for (const stage of out.stages) {
    const child = stage.generation_id
      ? await getEnvelope(db, user, stage.generation_id)
      : undefined;
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
  const logos = [];
  for (const logo of out.logos.filter((l) => l.format === "svg")) {
    const [asset] = await asUser(
      db,
      user,
      (tx) => tx.select({ path: assets.path }).from(assets).where(eq(assets.id, logo.id)),
    );
    const bytes = asset && await deps.storage.get(asset.path);
    if (!bytes) continue;
    logos.push({
      id: logo.id,
      concept: logo.concept,
      svg: decoder.decode(bytes),
      provider: logo.provider,
      model: logo.model,
      prompt_version: logo.prompt_version,
    });
  }
  return {
    brand: {
      name: out.name,
      description: input.brief.description,
      ...(out.tagline ? { tagline: out.tagline } : {}),
    },
    palette: out.palette,
    logos,
    names,
    domains: out.domains,
    taglines: out.taglines,
    provenance,
    generated_at: pkg.finished_at!,
  };
}

/**
 * The brand kit of a finished package: built once (deterministic, so the same package always
 * gives the same bytes and hash), stored under the owner's folder, answered with a signed URL.
 */
export async function exportPackage(
  deps: Deps,
  user: AuthUser,
  packageId: string,
): Promise<KitExport> {
  const db = deps.database.db;
  const pkg = await getEnvelope(db, user, packageId);
  if (!pkg) throw new ApiError(404, "not_found", "generation not found");
  if (pkg.kind !== "package" || pkg.status !== "succeeded") {
    throw new ApiError(404, "not_found", "only a finished brand package can be exported", {
      generation_id: pkg.id,
      kind: pkg.kind,
      status: pkg.status,
    });
  }
  const expires = deps.config.SIGNED_URL_TTL_SECONDS;
  const [existing] = await asUser(
    db,
    user,
    (tx) =>
      tx.select().from(assets).where(
        and(eq(assets.generationId, pkg.id), eq(assets.kind, "brand-kit")),
      ).limit(1),
  );
  if (existing && await deps.storage.get(existing.path)) {
    return {
      url: await deps.storage.signedUrl(existing.path, expires),
      sha256: existing.sha256,
      bytes: existing.size,
      generation_id: pkg.id,
      expires_in: expires,
      cached: true,
    };
  }
  const input = await kitInput(deps, user, pkg);
  if (input.logos.length === 0) {
    throw new ApiError(404, "not_found", "this package has no vector logo to build a kit from", {
      generation_id: pkg.id,
    });
  }
  const started = performance.now();
  // Loaded on the first export only: the builder pulls in satori, pdf-lib and fontkit, which
  // every other route of the function would otherwise pay for at cold start.
  const { buildBrandKit } = await import("./build.ts");
  const kit = await buildBrandKit(input);
  deps.log.log("info", "brand kit built", {
    generation_id: pkg.id,
    ms: Math.round(performance.now() - started),
    bytes: kit.zip.byteLength,
  });
  const stored = await storeAsset(deps, {
    ownerId: user.id,
    generationId: pkg.id,
    projectId: pkg.project_id,
    kind: "brand-kit",
    name: `brand-kit-${kit.sha256.slice(0, 12)}.zip`,
    bytes: kit.zip,
    mime: "application/zip",
    metadata: { files: kit.files.length },
  });
  return {
    url: stored.url,
    sha256: kit.sha256,
    bytes: stored.size,
    generation_id: pkg.id,
    expires_in: expires,
    cached: false,
  };
}
