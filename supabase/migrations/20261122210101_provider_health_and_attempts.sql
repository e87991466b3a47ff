CREATE TABLE "ai_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"generation_id" uuid,
	"owner_id" uuid,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"capability" text NOT NULL,
	"outcome" text NOT NULL,
	"http_status" integer,
	"latency_ms" integer NOT NULL,
	"input_tokens" integer,
	"output_tokens" integer,
	"cost_state" text NOT NULL,
	"cost_usd" numeric(12, 6),
	"probe" boolean DEFAULT false NOT NULL,
	"request_id" text,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_attempts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "provider_health" (
	"key" text PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'closed' NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp (3) with time zone NOT NULL,
	"window_calls" integer DEFAULT 0 NOT NULL,
	"window_failures" integer DEFAULT 0 NOT NULL,
	"open_until" timestamp (3) with time zone,
	"cooldown_ms" integer NOT NULL,
	"last_failure_at" timestamp (3) with time zone,
	"probe_lease_until" timestamp (3) with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provider_health" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "ai_attempts" ADD CONSTRAINT "ai_attempts_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_attempts_generation_idx" ON "ai_attempts" USING btree ("generation_id","started_at");--> statement-breakpoint
CREATE POLICY "users read attempts of their generations" ON "ai_attempts" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("ai_attempts"."owner_id" = (select auth.uid()));