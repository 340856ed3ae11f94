# Harness IaCM reporter as a Harness pipeline plugin (a `type: Plugin` step).
#
# Build the bundle first, then the image; the image holds only the bundle:
#   npm ci && npm run build:plugin
#   docker build -t <registry>/iacm-reporter-plugin:<version> .
#
# The base is pinned to an exact Node 24 LTS release on a fixed Alpine. To bump it, pick the newest
# `24.x.y-alpine3.NN` tag listed at https://hub.docker.com/_/node/tags?name=24. (or the Node
# release schedule), change the FROM line, rebuild and run `npx vitest run test/plugin`. Pinning a
# digest as well (`node:24.11.1-alpine3.22@sha256:...`) makes rebuilds byte-for-byte repeatable.
FROM node:24.11.1-alpine3.22

# The bundle needs nothing but node at run time: drop npm, npx, corepack and yarn, so the image
# carries less to patch and less for a scanner to flag.
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx \
      /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-*

ENV NODE_ENV=production

# ncc's output: index.js (the whole program and its dependencies) and whatever files it emits
# beside it. No node_modules, no sources, no dev dependencies.
COPY --chown=0:0 dist/plugin/ /app/dist/plugin/

# The `node` user of the official image, by number, so a runtime that forbids root
# (runAsNonRoot) can verify it. Harness runs the step in the checkout (/harness), not here.
USER 1000:1000

ENTRYPOINT ["node", "/app/dist/plugin/index.js"]
