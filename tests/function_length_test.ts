import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import plugin, { linesOf, MAX_FUNCTION_LINES } from "../scripts/lint/function_length.ts";

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const body = (lines: number) => Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`);
const fn = (lines: number) => ["export function f() {", ...body(lines - 2), "}"].join("\n");

Deno.test("function length: counts the lines a node spans, both ends included", () => {
  const text = "a\nbc\nd";
  assert.equal(linesOf(text, [0, text.length]), 3);
  assert.equal(linesOf(text, [2, 4]), 1);
});

Deno.test("function length: a function in shared/ over the limit is reported, one at it is not", () => {
  const over = Deno.lint.runPlugin(plugin, at("shared/x.ts"), fn(MAX_FUNCTION_LINES + 1));
  assert.equal(over.length, 1);
  assert.match(over[0].message, /function of 61 lines/);
  assert.deepEqual(Deno.lint.runPlugin(plugin, at("shared/x.ts"), fn(MAX_FUNCTION_LINES)), []);
  const arrow = `export const g = () => {\n${body(MAX_FUNCTION_LINES).join("\n")}\n};`;
  assert.equal(Deno.lint.runPlugin(plugin, at("supabase/functions/a/app.ts"), arrow).length, 1);
});

Deno.test("function length: tests and scripts are not held to it", () => {
  assert.deepEqual(Deno.lint.runPlugin(plugin, at("tests/x_test.ts"), fn(200)), []);
});
