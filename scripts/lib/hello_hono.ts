// The baseline the benchmarks compare against: a Hono hello world, served the way our
// functions are (Deno.serve with the app's fetch).
import { Hono } from "hono";

const app = new Hono();
app.get("*", (c) => c.text("hello"));

Deno.serve(app.fetch);
