/** A user's brand projects. Every query runs as the caller, so RLS decides what exists. */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { generations, projects } from "../../drizzle/schema.ts";
import type { AuthUser } from "../auth/verify.ts";
import type { Db } from "../db/client.ts";
import { afterCursor, type Cursor } from "../db/keyset.ts";
import { asUser, readAsUser, readOneAsUser } from "../db/scope.ts";
import type { Brief } from "../brief.ts";
import type { ProjectRow } from "./schema.ts";

export async function createProject(
  db: Db,
  user: AuthUser,
  input: { name: string; brief?: Brief },
): Promise<ProjectRow> {
  const [row] = await asUser(
    db,
    user,
    (tx) => tx.insert(projects).values({ name: input.name, brief: input.brief }).returning(),
  );
  return row;
}

/** A page of the caller's projects, newest first (limit + 1 rows, for the next-page check). */
export function listProjects(
  db: Db,
  user: AuthUser,
  page: { cursor?: Cursor; limit: number },
): Promise<ProjectRow[]> {
  return readOneAsUser(db, user, (tx) =>
    tx.select().from(projects)
      .where(afterCursor(projects.createdAt, projects.id, page.cursor))
      .orderBy(desc(projects.createdAt), desc(projects.id))
      .limit(page.limit + 1));
}

export async function getProject(db: Db, user: AuthUser, id: string) {
  const [row] = await readOneAsUser(
    db,
    user,
    (tx) => tx.select().from(projects).where(eq(projects.id, id)),
  );
  return row as ProjectRow | undefined;
}

export async function updateProject(
  db: Db,
  user: AuthUser,
  id: string,
  input: { name?: string; brief?: Brief | null },
): Promise<ProjectRow | undefined> {
  const [row] = await asUser(
    db,
    user,
    (tx) =>
      tx.update(projects).set({ name: input.name, brief: input.brief })
        .where(eq(projects.id, id)).returning(),
  );
  return row;
}

/** The caller's generations in this project that have not finished (top level only). */
export async function unfinishedIn(db: Db, user: AuthUser, projectId: string): Promise<string[]> {
  const rows = await readOneAsUser(
    db,
    user,
    (tx) =>
      tx.select({ id: generations.id }).from(generations).where(and(
        eq(generations.projectId, projectId),
        isNull(generations.parentId),
        inArray(generations.status, ["queued", "running"]),
      )),
  );
  return rows.map((r) => r.id);
}

/** True when the project existed (and was the caller's). */
export async function deleteProject(db: Db, user: AuthUser, id: string): Promise<boolean> {
  const deleted = await asUser(
    db,
    user,
    (tx) => tx.delete(projects).where(eq(projects.id, id)).returning({ id: projects.id }),
  );
  return deleted.length > 0;
}

/**
 * The project's newest finished package, in one read: undefined when the project is not the
 * caller's, null when it has no finished package yet.
 */
export function latestPackageOf(
  db: Db,
  user: AuthUser,
  projectId: string,
): Promise<string | null | undefined> {
  return readAsUser(db, user, async (tx) => {
    const [project] = await tx.select({ id: projects.id }).from(projects)
      .where(eq(projects.id, projectId));
    if (!project) return undefined;
    const [pkg] = await tx.select({ id: generations.id }).from(generations)
      .where(and(
        eq(generations.projectId, projectId),
        eq(generations.kind, "package"),
        eq(generations.status, "succeeded"),
      ))
      .orderBy(desc(generations.finishedAt)).limit(1);
    return pkg?.id ?? null;
  });
}
