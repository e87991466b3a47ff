CREATE TYPE "public"."generation_kind" AS ENUM('names', 'domains', 'logos', 'colors', 'taglines', 'package');--> statement-breakpoint
CREATE TYPE "public"."generation_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'canceled');--> statement-breakpoint
CREATE TYPE "public"."ledger_state" AS ENUM('reserved', 'committed', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."quota_period" AS ENUM('day', 'month');--> statement-breakpoint
CREATE TABLE "generation_kinds" (
	"kind" "generation_kind" PRIMARY KEY NOT NULL,
	"units" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "generation_kinds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "generations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"project_id" uuid,
	"parent_id" uuid,
	"kind" "generation_kind" NOT NULL,
	"status" "generation_status" DEFAULT 'queued' NOT NULL,
	"input" jsonb NOT NULL,
	"output" jsonb,
	"error" jsonb,
	"progress" jsonb,
	"units" integer NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"idempotency_expires_at" timestamp with time zone,
	"lease_token" uuid,
	"lease_expires_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "generations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "quota_counters" (
	"owner_id" uuid NOT NULL,
	"period" "quota_period" NOT NULL,
	"window_start" date NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "quota_counters_owner_id_period_window_start_pk" PRIMARY KEY("owner_id","period","window_start")
);
--> statement-breakpoint
ALTER TABLE "quota_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "quota_ledger" (
	"generation_id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"units" integer NOT NULL,
	"state" "ledger_state" DEFAULT 'reserved' NOT NULL,
	"day_start" date NOT NULL,
	"month_start" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "quota_ledger" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_parent_id_generations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_ledger" ADD CONSTRAINT "quota_ledger_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "generations_idempotency_key_idx" ON "generations" USING btree ("owner_id","idempotency_key") WHERE "generations"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "generations_owner_created_idx" ON "generations" USING btree ("owner_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "generations_project_idx" ON "generations" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "generations_parent_idx" ON "generations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "generations_lease_idx" ON "generations" USING btree ("status","lease_expires_at");--> statement-breakpoint
CREATE INDEX "quota_ledger_owner_idx" ON "quota_ledger" USING btree ("owner_id","day_start");--> statement-breakpoint
CREATE POLICY "kinds are readable by users" ON "generation_kinds" AS PERMISSIVE FOR SELECT TO "authenticated" USING (true);--> statement-breakpoint
CREATE POLICY "users read their generations" ON "generations" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("generations"."owner_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users read their counters" ON "quota_counters" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("quota_counters"."owner_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users read their ledger" ON "quota_ledger" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("quota_ledger"."owner_id" = (select auth.uid()));