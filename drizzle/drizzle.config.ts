import { defineConfig } from "drizzle-kit";

// `deno task db:generate` writes Supabase-named migrations (<timestamp>_<name>.sql) that
// `supabase db push` applies as they are; the local migrator applies the same files.
export default defineConfig({
  dialect: "postgresql",
  schema: "./drizzle/schema.ts",
  out: "./supabase/migrations",
  migrations: { prefix: "supabase" },
  entities: { roles: { provider: "supabase" } },
});
