/**
 * A stand-in for the `docker` command, for the test of scripts/plugin-image-smoke.sh on a machine
 * with no container engine. It answers the two calls the script makes, from the repository's
 * Dockerfile and the plugin bundle laid out as the image has it (DOCKER_STUB_ROOT):
 *   docker image inspect --format '{{.Config.User}}' <image>
 *   docker run [--rm] [--platform p] [--volume host:ctr] [--workdir d] [--env K=V] [--entrypoint e] <image> [args]
 * `run` starts the entry with only the given variables, container paths mapped to host paths, as
 * the image's USER when this process may switch user, and refuses a platform it cannot be.
 * DOCKER_STUB_USER replaces the Dockerfile's USER (to show the script refuses root).
 */
import { spawn } from 'node:child_process';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entrypoint, parseDockerfile } from '../../plugin/support/dockerfile.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const root = process.env['DOCKER_STUB_ROOT'] ?? '';
const dockerfile = parseDockerfile(readFileSync(join(REPO, 'Dockerfile'), 'utf8'));
const user =
  process.env['DOCKER_STUB_USER'] ?? dockerfile.filter((i) => i.keyword === 'USER').at(-1)?.args ?? '';

function refuse(message: string): never {
  process.stderr.write(`docker stub: ${message}\n`);
  process.exit(125);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'image' && rest[0] === 'inspect') {
  if (!rest.includes('{{.Config.User}}')) refuse(`unsupported: image ${rest.join(' ')}`);
  process.stdout.write(`${user}\n`);
  process.exit(0);
}
if (command !== 'run') refuse(`unsupported command: ${command ?? ''}`);

const volumes: [string, string][] = [];
const env: Record<string, string> = {};
let workdir = '/';
let platform = '';
let entry: string | undefined;
let i = 0;
for (; i < rest.length; i++) {
  const arg = rest[i] ?? '';
  if (!arg.startsWith('--')) break;
  const value = (): string => rest[++i] ?? refuse(`${arg} needs a value`);
  if (arg === '--rm') continue;
  else if (arg === '--platform') platform = value();
  else if (arg === '--workdir') workdir = value();
  else if (arg === '--entrypoint') entry = value();
  else if (arg === '--env') {
    const [name = '', ...text] = value().split('=');
    env[name] = text.join('=');
  } else if (arg === '--volume') {
    const [host = '', container = ''] = value().split(':');
    volumes.push([container, host]);
  } else refuse(`unsupported flag ${arg}`);
}
const args = rest.slice(i + 1);

const hostArch = { x64: 'linux/amd64', arm64: 'linux/arm64' }[process.arch as 'x64' | 'arm64'];
if (platform !== hostArch) refuse(`cannot run platform ${platform} on ${process.arch} (no emulation here)`);

/** A path inside the "container" -> where it is on this machine: a volume, else the image's root. */
function hostPath(path: string): string {
  for (const [container, host] of volumes) {
    if (path === container || path.startsWith(`${container}/`)) return host + path.slice(container.length);
  }
  return path.startsWith('/app/') ? join(root, path) : path;
}

const argv = entry !== undefined ? [entry, ...args] : [...entrypoint(dockerfile), ...args];
const [program = '', ...programArgs] = argv.map((arg) => (arg.startsWith('/') ? hostPath(arg) : arg));
if (program !== 'node') refuse(`the stub runs node entries only, not ${program}`);

const [uid, gid] = user.split(':').map(Number);
const asUser = process.getuid?.() === 0 && uid !== undefined && Number.isInteger(uid);
if (asUser) {
  // A bind mount reaches its folder whatever the modes of the host folders above it: let the
  // image's user through the folders above each volume (temporary folders of the test).
  for (const [, host] of volumes) {
    for (let dir = dirname(host); dir.startsWith(`${tmpdir()}/`); dir = dirname(dir)) {
      const mode = statSync(dir).mode & 0o7777;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    }
  }
}

const child = spawn(process.execPath, programArgs, {
  cwd: hostPath(workdir),
  env: {
    ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.startsWith('/') ? hostPath(v) : v])),
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
  },
  stdio: 'inherit',
  ...(asUser ? { uid, gid: gid ?? uid } : {}),
});
child.on('close', (code) => process.exit(code ?? 1));
