import { z } from "../../../shared/zod.ts";
import { jsonContent, userRoute } from "../../../shared/http/openapi.ts";

const Window = z.object({
  window: z.enum(["day", "month"]),
  limit: z.number().int(),
  used: z.number().int(),
  remaining: z.number().int(),
  resets_at: z.string(),
});
const Account = z.object({ plan: z.string(), windows: z.array(Window) }).openapi("Account");

export const usage = userRoute({
  method: "get",
  path: "/",
  responses: { 200: jsonContent(Account, "plan and remaining units") },
});
