/**
 * The database schema. drizzle-kit turns it into supabase/migrations; grants, RPCs and
 * seeds Drizzle cannot express live in the custom migrations beside them.
 * RLS is on for every table: users read their own rows; writes go through column grants
 * or SECURITY DEFINER RPCs, never through owner/plan/status columns.
 */
import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { authenticatedRole, authUid } from "drizzle-orm/supabase";
import type { Brief } from "../shared/brief.ts";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const plans = pgTable("plans", {
  id: text().primaryKey(),
  dailyUnits: integer("daily_units").notNull(),
  monthlyUnits: integer("monthly_units").notNull(),
}, () => [
  pgPolicy("plans are readable by users", {
    for: "select",
    to: authenticatedRole,
    using: sql`true`,
  }),
]).enableRLS();

export const profiles = pgTable("profiles", {
  // The auth.users id. No foreign key: locally minted users exist only in their token;
  // a trigger on auth.users removes the rows of a deleted user instead.
  id: uuid().primaryKey(),
  planId: text("plan_id").notNull().default("free").references(() => plans.id),
  ...timestamps,
}, (t) => [
  pgPolicy("users read their profile", {
    for: "select",
    to: authenticatedRole,
    using: sql`${t.id} = ${authUid}`,
  }),
]).enableRLS();

export const projects = pgTable("projects", {
  id: uuid().primaryKey().defaultRandom(),
  ownerId: uuid("owner_id").notNull().default(sql`auth.uid()`),
  name: text().notNull(),
  brief: jsonb().$type<Brief>(),
  ...timestamps,
}, (t) => [
  index("projects_owner_created_idx").on(t.ownerId, t.createdAt.desc(), t.id.desc()),
  pgPolicy("users read their projects", {
    for: "select",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
  }),
  pgPolicy("users create their projects", {
    for: "insert",
    to: authenticatedRole,
    withCheck: sql`${t.ownerId} = ${authUid}`,
  }),
  pgPolicy("users update their projects", {
    for: "update",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
    withCheck: sql`${t.ownerId} = ${authUid}`,
  }),
  pgPolicy("users delete their projects", {
    for: "delete",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
  }),
]).enableRLS();
