# Harness IaCM reporter as a Harness pipeline plugin (a `type: Plugin` step).
#
# Build the bundle first, then the image; the image holds only the bundle:
#   npm ci && npm run build:plugin
#   docker build -t ghcr.io/owner/iacm-reporter-plugin:<version> .   (owner: yours, lower case)
# .github/workflows/plugin-image.yml builds it for linux/amd64 and linux/arm64, runs it once as
# Harness would, and pushes it to GHCR on a release tag.
#
# The base is pinned by tag AND digest: the tag says which Node and Alpine, the digest (of the
# multi-platform index, so one line serves amd64 and arm64) makes every rebuild start from the same
# bytes even when Docker Hub re-publishes the tag. To bump it:
#   1. pick the newest `24.x.y-alpine3.NN` tag (https://hub.docker.com/_/node/tags?name=24.);
#   2. docker buildx imagetools inspect node:24.x.y-alpine3.NN   (the first "Digest:" line is the
#      index digest);
#   3. change the FROM line below (tag and digest together), then run `npx vitest run test/plugin`
#      and let the plugin image workflow build and smoke-test both platforms.
FROM node:24.21.0-alpine3.24@sha256:ebfe2f90462722a7a4de65e91990e97fe0d401c70e0e762c5b53302f905ec1c1 AS runtime

# The bundle needs nothing but node at run time: drop npm, npx, corepack, yarn and the C headers,
# so the image carries less to pull, to patch and for a scanner to flag.
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx \
      /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-* \
      /usr/local/include/node /usr/local/share/doc/node /usr/local/share/man /usr/local/share/systemtap

# A deletion in a later layer of the same image would not make it smaller (the base layer still
# holds the files), so the trimmed file system is copied whole into an empty image: one layer.
FROM scratch
COPY --from=runtime / /
# `FROM scratch` keeps none of the base image's settings: restate the one the entry needs.
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    NODE_ENV=production

# ncc's output: index.js (the whole program and its dependencies) and whatever files it emits
# beside it. No node_modules, no sources, no dev dependencies.
COPY --chown=0:0 dist/plugin/ /app/dist/plugin/

# The `node` user of the official image, by number, so a runtime that forbids root
# (runAsNonRoot) can verify it. Harness runs the step in the checkout (/harness), not here.
USER 1000:1000

ENTRYPOINT ["node", "/app/dist/plugin/index.js"]
