/**
 * The database schema. drizzle-kit turns it into supabase/migrations; grants, RPCs and
 * seeds Drizzle cannot express live in the custom migrations beside them.
 * RLS is on for every table: users read their own rows; writes go through column grants
 * or SECURITY DEFINER RPCs, never through owner/plan/status columns.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
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
  // Deleting or re-keying a plan scans profiles by plan_id.
  index("profiles_plan_idx").on(t.planId),
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

export const generationKind = pgEnum("generation_kind", [
  "names",
  "domains",
  "logos",
  "colors",
  "taglines",
  "package",
]);
export const generationStatus = pgEnum("generation_status", [
  "queued",
  "running",
  "succeeded",
  "failed",
  "canceled",
]);
export const quotaPeriod = pgEnum("quota_period", ["day", "month"]);
export const ledgerState = pgEnum("ledger_state", ["reserved", "committed", "refunded"]);

/** What each kind of generation costs. Only this table decides; callers never pass units. */
export const generationKinds = pgTable("generation_kinds", {
  kind: generationKind().primaryKey(),
  units: integer().notNull(),
}, () => [
  pgPolicy("kinds are readable by users", {
    for: "select",
    to: authenticatedRole,
    using: sql`true`,
  }),
]).enableRLS();

export interface Progress {
  stage: string;
  completed: number;
  total: number;
}

export interface GenerationErrorBody {
  code: string;
  message: string;
}

export const generations = pgTable("generations", {
  id: uuid().primaryKey().defaultRandom(),
  ownerId: uuid("owner_id").notNull(),
  projectId: uuid("project_id").references(() => projects.id, { onDelete: "set null" }),
  parentId: uuid("parent_id").references((): AnyPgColumn => generations.id, {
    onDelete: "cascade",
  }),
  kind: generationKind().notNull(),
  status: generationStatus().notNull().default("queued"),
  input: jsonb().notNull(),
  output: jsonb(),
  error: jsonb().$type<GenerationErrorBody>(),
  progress: jsonb().$type<Progress>(),
  /** Worker state that survives a lost lease (submitted provider jobs, finished stages). */
  checkpoint: jsonb(),
  units: integer().notNull(),
  idempotencyKey: text("idempotency_key"),
  requestHash: text("request_hash"),
  idempotencyExpiresAt: timestamp("idempotency_expires_at", { withTimezone: true }),
  leaseToken: uuid("lease_token"),
  leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
  attempts: integer().notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp("started_at", { withTimezone: true }),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex("generations_idempotency_key_idx").on(t.ownerId, t.idempotencyKey)
    .where(sql`${t.idempotencyKey} is not null`),
  index("generations_owner_created_idx").on(t.ownerId, t.createdAt.desc(), t.id.desc()),
  index("generations_project_idx").on(t.projectId),
  index("generations_parent_idx").on(t.parentId),
  index("generations_lease_idx").on(t.status, t.leaseExpiresAt),
  pgPolicy("users read their generations", {
    for: "select",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
  }),
]).enableRLS();

/** Units used per user and window (UTC day, UTC month); always equal to the ledger's live sum. */
export const quotaCounters = pgTable("quota_counters", {
  ownerId: uuid("owner_id").notNull(),
  period: quotaPeriod().notNull(),
  windowStart: date("window_start").notNull(),
  used: integer().notNull().default(0),
}, (t) => [
  primaryKey({ columns: [t.ownerId, t.period, t.windowStart] }),
  pgPolicy("users read their counters", {
    for: "select",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
  }),
]).enableRLS();

/** One reservation per generation: reserved, then committed (success) or refunded, once. */
export const quotaLedger = pgTable("quota_ledger", {
  generationId: uuid("generation_id").primaryKey().references(() => generations.id, {
    onDelete: "cascade",
  }),
  ownerId: uuid("owner_id").notNull(),
  units: integer().notNull(),
  state: ledgerState().notNull().default("reserved"),
  dayStart: date("day_start").notNull(),
  monthStart: date("month_start").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  settledAt: timestamp("settled_at", { withTimezone: true }),
}, (t) => [
  index("quota_ledger_owner_idx").on(t.ownerId, t.dayStart),
  pgPolicy("users read their ledger", {
    for: "select",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
  }),
]).enableRLS();

/**
 * Circuit breaker state per "provider:model", shared by every isolate. The columns mirror
 * shared/ai/circuit.ts's CircuitState; private.record_provider_outcome is its SQL twin.
 */
export const providerHealth = pgTable("provider_health", {
  key: text().primaryKey(),
  status: text().notNull().default("closed"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  windowStart: timestamp("window_start", { withTimezone: true, precision: 3 }).notNull(),
  windowCalls: integer("window_calls").notNull().default(0),
  windowFailures: integer("window_failures").notNull().default(0),
  openUntil: timestamp("open_until", { withTimezone: true, precision: 3 }),
  cooldownMs: integer("cooldown_ms").notNull(),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true, precision: 3 }),
  probeLeaseUntil: timestamp("probe_lease_until", { withTimezone: true, precision: 3 }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}).enableRLS();

/** One row per provider call: what it cost, how long it took, how it ended. */
export const aiAttempts = pgTable("ai_attempts", {
  id: uuid().primaryKey().defaultRandom(),
  generationId: uuid("generation_id").references(() => generations.id, { onDelete: "cascade" }),
  ownerId: uuid("owner_id"),
  provider: text().notNull(),
  model: text().notNull(),
  capability: text().notNull(),
  outcome: text().notNull(),
  httpStatus: integer("http_status"),
  latencyMs: integer("latency_ms").notNull(),
  inputTokens: integer("input_tokens"),
  outputTokens: integer("output_tokens"),
  costState: text("cost_state").notNull(),
  costUsd: numeric("cost_usd", { precision: 12, scale: 6, mode: "number" }),
  probe: boolean().notNull().default(false),
  requestId: text("request_id"),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
}, (t) => [
  // Exactly the foreign key's column: the index the linter (and ON DELETE CASCADE) looks for.
  index("ai_attempts_generation_idx").on(t.generationId),
  pgPolicy("users read attempts of their generations", {
    for: "select",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
  }),
]).enableRLS();

/** Files in Storage that belong to a generation (logos, exported kits). */
export const assets = pgTable("assets", {
  id: uuid().primaryKey().defaultRandom(),
  ownerId: uuid("owner_id").notNull(),
  generationId: uuid("generation_id").references(() => generations.id, { onDelete: "cascade" }),
  projectId: uuid("project_id").references(() => projects.id, { onDelete: "cascade" }),
  kind: text().notNull(),
  path: text().notNull().unique(),
  mime: text().notNull(),
  size: integer().notNull(),
  sha256: text().notNull(),
  metadata: jsonb().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index("assets_generation_idx").on(t.generationId),
  index("assets_project_idx").on(t.projectId),
  pgPolicy("users read their assets", {
    for: "select",
    to: authenticatedRole,
    using: sql`${t.ownerId} = ${authUid}`,
  }),
]).enableRLS();

/** RDAP verdicts shared by all users (a domain's availability is no one's secret). */
export const domainChecks = pgTable("domain_checks", {
  domain: text().primaryKey(),
  status: text().notNull(),
  source: text().notNull(),
  server: text(),
  detail: text(),
  checkedAt: timestamp("checked_at", { withTimezone: true }).notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
}, (t) => [index("domain_checks_expires_idx").on(t.expiresAt)]).enableRLS();

/** Research pattern overrides (naming strategies, tagline formulas …) replacing bundled data. */
export const researchOverrides = pgTable("research_overrides", {
  name: text().primaryKey(),
  version: text().notNull(),
  data: jsonb().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}).enableRLS();
