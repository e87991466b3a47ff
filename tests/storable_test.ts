import assert from "node:assert/strict";
import { MAX_JSON_DEPTH, storableProblem } from "../shared/storable.ts";
import { test } from "./helpers/test.ts";

const nested = (depth: number) => JSON.parse("[".repeat(depth) + "]".repeat(depth));

test("nesting up to the limit passes; one more level, or any depth at all, is too_deep", () => {
  assert.equal(MAX_JSON_DEPTH, 64);
  assert.equal(storableProblem(nested(64)), undefined);
  assert.equal(storableProblem(nested(65)), "too_deep");
  assert.equal(
    storableProblem(JSON.parse(`{"a":{"b":${JSON.stringify(nested(63))}}}`)),
    "too_deep",
  );
  // Deeper than any call stack: the walk is iterative.
  assert.equal(storableProblem(nested(200_000)), "too_deep");
  assert.equal(storableProblem(Array(200_000).fill("x")), undefined);
});

test("NUL and lone surrogates anywhere, keys included, are unstorable_text", () => {
  assert.equal(storableProblem({ name: "Lumen 🚀", n: 1, ok: true, none: null }), undefined);
  assert.equal(storableProblem("a\u0000b"), "unstorable_text");
  assert.equal(storableProblem({ deep: [{ x: "\ud800" }] }), "unstorable_text");
  assert.equal(storableProblem({ ["k\u0000"]: 1 }), "unstorable_text");
  assert.equal(storableProblem(["\udc00x"]), "unstorable_text");
});
