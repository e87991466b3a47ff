/** The shapes of the projects API: a named folder for a brand's brief and generations. */
import { z } from "../zod.ts";
import type { projects } from "../../drizzle/schema.ts";
import { BriefSchema } from "../brief.ts";

export const ProjectSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  brief: BriefSchema.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
}).openapi("Project");

export type Project = z.output<typeof ProjectSchema>;

const ProjectName = z.string().trim().min(1).max(120);

export const CreateProjectSchema = z.object({ name: ProjectName, brief: BriefSchema.optional() })
  .strict().openapi("CreateProject");

export const UpdateProjectSchema = z.object({
  name: ProjectName.optional(),
  brief: BriefSchema.nullable().optional(),
})
  .strict()
  .refine((v) => v.name !== undefined || v.brief !== undefined, "give name or brief")
  .openapi("UpdateProject");

export const ProjectListSchema = z.object({
  items: z.array(ProjectSchema),
  next_cursor: z.string().nullable(),
}).openapi("ProjectList");

export type ProjectRow = typeof projects.$inferSelect;

export const toProject = (r: ProjectRow): Project => ({
  id: r.id,
  name: r.name,
  brief: r.brief ?? null,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});
