DROP INDEX "ai_attempts_generation_idx";--> statement-breakpoint
CREATE INDEX "profiles_plan_idx" ON "profiles" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "ai_attempts_generation_idx" ON "ai_attempts" USING btree ("generation_id");