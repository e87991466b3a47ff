CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"daily_units" integer NOT NULL,
	"monthly_units" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "profiles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" text DEFAULT 'free' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid DEFAULT auth.uid() NOT NULL,
	"name" text NOT NULL,
	"brief" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_owner_created_idx" ON "projects" USING btree ("owner_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE POLICY "plans are readable by users" ON "plans" AS PERMISSIVE FOR SELECT TO "authenticated" USING (true);--> statement-breakpoint
CREATE POLICY "users read their profile" ON "profiles" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("profiles"."id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users read their projects" ON "projects" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("projects"."owner_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users create their projects" ON "projects" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ("projects"."owner_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users update their projects" ON "projects" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ("projects"."owner_id" = (select auth.uid())) WITH CHECK ("projects"."owner_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users delete their projects" ON "projects" AS PERMISSIVE FOR DELETE TO "authenticated" USING ("projects"."owner_id" = (select auth.uid()));