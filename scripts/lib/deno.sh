# Sourced by every script: puts a pinned Deno on PATH, installing it from the npm
# package `deno` into .tools/ when no deno is on PATH.
DENO_VERSION="2.9.6"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v deno >/dev/null 2>&1; then
  if [ ! -x "$ROOT/.tools/node_modules/deno/deno" ]; then
    echo "installing deno $DENO_VERSION into .tools/ (npm package deno)" >&2
    npm install --silent --no-audit --no-fund --prefix "$ROOT/.tools" "deno@$DENO_VERSION" >&2
  fi
  export PATH="$ROOT/.tools/node_modules/deno:$PATH"
fi
cd "$ROOT"
