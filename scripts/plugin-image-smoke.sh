#!/usr/bin/env bash
# Runs the plugin image once the way a Harness Plugin step runs it, and fails unless it behaves:
#   bash scripts/plugin-image-smoke.sh <image> [platform]     (platform default linux/amd64)
# The image's own user (never root, and not overridden here), a checkout mounted as /harness and
# made the working folder, only PLUGIN_* / HARNESS_* / DRONE_* variables, a dry run of a real
# fixture plan. Checks: exit 0, nothing on stderr, the version line, the event body, the output
# variables, the CPU architecture the platform asked for, and a writable temp folder (where an
# undeliverable event is spooled).
set -euo pipefail

image="${1:?usage: plugin-image-smoke.sh <image> [platform]}"
platform="${2:-linux/amd64}"
root="$(cd "$(dirname "$0")/.." && pwd)"
fixture="$root/test/fixtures/plans/terraform-json/testdata/110_basic/plan.json"
version="$(node -p 'require(process.argv[1]).version' "$root/package.json")"
# The Node the Dockerfile's base promises (`FROM node:24.21.0-alpine...` -> v24.21.0).
# EXPECT_NODE_VERSION replaces it for the repository's own test of this script, which stands a
# stub in for docker and so runs the machine's node.
node_expected="${EXPECT_NODE_VERSION:-v$(sed -nE 's/^FROM node:([0-9]+\.[0-9]+\.[0-9]+)-.*/\1/p' "$root/Dockerfile")}"
[ "$node_expected" != v ] || { echo "no FROM node:<version> line in the Dockerfile" >&2; exit 1; }

fail() {
  echo "plugin image smoke test ($platform): $*" >&2
  exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/harness/plans" "$work/out"
cp "$fixture" "$work/harness/plans/tfplan.json"
: > "$work/out/output.env"
# Harness's volumes are writable by the step's user; here the checkout belongs to the runner's
# user, so open up what the image's user (uid 1000) must read and write.
chmod -R a+rX "$work/harness"
chmod a+rwx "$work/out"
chmod a+rw "$work/out/output.env"

user="$(docker image inspect --format '{{.Config.User}}' "$image")"
case "${user%%:*}" in
  '' | 0 | root) fail "the image runs as root (USER \"$user\")" ;;
esac

status=0
docker run --rm --platform "$platform" \
  --volume "$work/harness:/harness" --volume "$work/out:/harness-out" --workdir /harness \
  --env HARNESS_WORKSPACE=/harness \
  --env HARNESS_OUTPUT_FILE=/harness-out/output.env \
  --env DRONE_OUTPUT=/harness-out/output.env \
  --env HARNESS_ACCOUNT_ID=smoke-account \
  --env HARNESS_ORG_ID=default \
  --env HARNESS_PROJECT_ID=smoke \
  --env HARNESS_PIPELINE_ID=smoke_pipeline \
  --env HARNESS_EXECUTION_ID=smoke-execution \
  --env HARNESS_STAGE_ID=plan \
  --env HARNESS_BUILD_ID=1 \
  --env DRONE_COMMIT_SHA=0123456789abcdef0123456789abcdef01234567 \
  --env DRONE_COMMIT_BRANCH=main \
  --env PLUGIN_PLAN=plans/tfplan.json \
  --env PLUGIN_WORKSPACE=smoke_workspace \
  --env PLUGIN_DRY_RUN=true \
  --env PLUGIN_SPOOL_DIR=/harness-out \
  "$image" > "$work/stdout" 2> "$work/stderr" || status=$?

if [ "$status" -ne 0 ] || [ -s "$work/stderr" ]; then
  cat "$work/stdout" "$work/stderr" >&2
  fail "the dry run exited $status (stderr above)"
fi

grep -qx "iacm-reporter $version" "$work/stdout" || fail "no \"iacm-reporter $version\" line in the log"
grep -qx 'ADDED=7' "$work/out/output.env" || fail 'output ADDED is not 7'
grep -qx 'EVENT_TYPE=plan' "$work/out/output.env" || fail 'output EVENT_TYPE is not plan'
grep -qx 'HAS_CHANGES=true' "$work/out/output.env" || fail 'output HAS_CHANGES is not true'

# The "Dry run: ..." line names the file holding the body that would have been sent, in the spool
# folder (/harness-out). The file is the image user's, mode 0600: read it as that user.
body_file="$(sed -n 's|^Dry run: .* is in \(/[^ ]*\) (.*|\1|p' "$work/stdout")"
[ -n "$body_file" ] || fail "no body file named on the log's \"Dry run:\" line"
docker run --rm --platform "$platform" --volume "$work/out:/harness-out" --entrypoint node "$image" \
  -e 'process.stdout.write(require("node:fs").readFileSync(process.argv[1]))' "$body_file" \
  > "$work/body.json" || fail "could not read $body_file"
node - "$work/body.json" "$version" <<'EOF' || fail 'the event body is wrong (above)'
const [file, version] = process.argv.slice(2);
const event = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
const trigger = event.metadata?.trigger ?? {};
const ok =
  event.event_type === 'plan' &&
  event.metadata?.resource_counts?.added === 7 &&
  event.metadata?.pipeline_execution_id === 'smoke-execution' &&
  trigger.reporter === 'iacm-reporter' &&
  trigger.reporter_version === version;
if (!ok) {
  console.error(JSON.stringify(event, null, 2));
  process.exit(1);
}
EOF

# The architecture the platform asked for (QEMU runs the arm64 image on an amd64 runner), a user
# that is not root, and a temp folder that user can write to.
expected_arch="$(case "$platform" in linux/amd64) echo x64 ;; linux/arm64) echo arm64 ;; *) echo "?" ;; esac)"
inside="$(docker run --rm --platform "$platform" --entrypoint node "$image" -e '
  const fs = require("node:fs"), os = require("node:os"), path = require("node:path");
  fs.rmSync(fs.mkdtempSync(path.join(os.tmpdir(), "spool-")), { recursive: true });
  console.log(`${process.arch} ${process.getuid()} ${process.version}`);
')"
read -r arch uid node_version <<< "$inside"
[ "$arch" = "$expected_arch" ] || fail "node reports arch $arch, expected $expected_arch"
[ "$uid" != 0 ] || fail 'the entry runs as root'
[ "$node_version" = "$node_expected" ] || fail "node is $node_version, the Dockerfile's base has $node_expected"


echo "plugin image smoke test ($platform): passed ($inside)"
