/**
 * A `deno lint` rule: no function in shared/ or supabase/ longer than 60 lines (nested
 * functions count toward the function around them). Registered in deno.json.
 */
export const MAX_FUNCTION_LINES = 60;

const ROOT = new URL("../../", import.meta.url).pathname;

/** Whether a file (absolute path) is held to the limit. */
export const isChecked = (filename: string) =>
  ["shared/", "supabase/"].some((dir) => filename.replaceAll("\\", "/").startsWith(ROOT + dir));

/** Lines a node spans in `text`, both ends included. */
export function linesOf(text: string, range: readonly [number, number]): number {
  const count = (until: number) => text.slice(0, until).split("\n").length;
  return count(range[1]) - count(range[0]) + 1;
}

const plugin: Deno.lint.Plugin = {
  name: "bpg",
  rules: {
    "max-function-lines": {
      create(context) {
        if (!isChecked(context.filename)) return {};
        const check = (node: Deno.lint.Node) => {
          const lines = linesOf(context.sourceCode.text, node.range);
          if (lines > MAX_FUNCTION_LINES) {
            context.report({
              node,
              message: `function of ${lines} lines; split it (at most ${MAX_FUNCTION_LINES})`,
            });
          }
        };
        return {
          FunctionDeclaration: check,
          FunctionExpression: check,
          ArrowFunctionExpression: check,
        };
      },
    },
  },
};

export default plugin;
