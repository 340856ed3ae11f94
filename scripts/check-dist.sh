#!/usr/bin/env bash
# Rebuild the bundles and fail when they differ from what is committed: dist/ is what the Action
# and the plugin image run, so a stale dist/ would ship code that no test saw. The build also
# writes dist/bundles.sha256 (scripts/bundle-stamp.ts), the stamp the tests trust: it is checked
# here with the rest of dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
if ! git diff --quiet --exit-code -- dist || [ -n "$(git ls-files --others --exclude-standard -- dist)" ]; then
  echo "dist/ is stale: run 'npm run build' and commit dist/." >&2
  git status --short -- dist >&2
  exit 1
fi
echo "dist/ matches the sources."
