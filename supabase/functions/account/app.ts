import { z } from "../../../shared/zod.ts";
import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { jsonContent, userRoute } from "../../../shared/http/openapi.ts";
import { accountUsage } from "../../../shared/generation/lifecycle.ts";

const Window = z.object({
  window: z.enum(["day", "month"]),
  limit: z.number().int(),
  used: z.number().int(),
  remaining: z.number().int(),
  resets_at: z.string(),
});
const Account = z.object({ plan: z.string(), windows: z.array(Window) }).openapi("Account");

/** The caller's plan and quota windows (UTC day and month). */
export function createAccountApp(options?: AppOptions) {
  const app = createApp("account", options);
  app.openapi(
    userRoute({
      method: "get",
      path: "/",
      responses: { 200: jsonContent(Account, "plan and remaining units") },
    }),
    async (c) => c.json(await accountUsage(c.var.deps.database.db, currentUser(c)), 200),
  );
  return app;
}

export default createAccountApp();
