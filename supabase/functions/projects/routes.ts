import { IdParam, jsonBody, jsonContent, userRoute } from "../../../shared/http/openapi.ts";
import { PageQuery } from "../../../shared/http/pagination.ts";
import { kitExportRoute } from "../../../shared/http/kit_export.ts";
import {
  CreateProjectSchema,
  ProjectListSchema,
  ProjectSchema,
  UpdateProjectSchema,
} from "../../../shared/projects/schema.ts";

export const create = userRoute({
  method: "post",
  path: "/",
  request: { body: jsonBody(CreateProjectSchema) },
  responses: { 201: jsonContent(ProjectSchema, "the new project") },
});

export const list = userRoute({
  method: "get",
  path: "/",
  request: { query: PageQuery },
  responses: { 200: jsonContent(ProjectListSchema, "the caller's projects, newest first") },
});

export const get = userRoute({
  method: "get",
  path: "/{id}",
  request: { params: IdParam },
  responses: { 200: jsonContent(ProjectSchema, "the project") },
});

export const update = userRoute({
  method: "patch",
  path: "/{id}",
  request: { params: IdParam, body: jsonBody(UpdateProjectSchema) },
  responses: { 200: jsonContent(ProjectSchema, "the updated project") },
});

export const remove = userRoute({
  method: "delete",
  path: "/{id}",
  request: { params: IdParam },
  responses: { 204: { description: "deleted" } },
});

export const exportKit = kitExportRoute("the brand kit of the project's newest finished package");
