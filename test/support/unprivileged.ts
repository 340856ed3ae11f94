/**
 * Running a child process as the unprivileged `nobody` (uid/gid 65534), wherever the checkout is.
 *
 * Root reads every file and enters every folder, so a test of "permission denied" must show the
 * file to someone else. That someone cannot reach a checkout in a private folder (root's home, a
 * `mktemp -d`): the bundle, the node binary (Node 24 lives in tools/node24 inside the checkout)
 * and the working folder are copied once per test process to a folder under the system's temp
 * folder that everyone may read, and the paths the child is given are rewritten to point there.
 * (The node binary is copied too when it lives where nobody can reach it.)
 * Where dropping privileges is impossible (root without `setpriv`), `nobodyUnavailable()` says why,
 * and the tests skip with that reason in their title.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
const DROP = ['--reuid=65534', '--regid=65534', '--clear-groups'];

export const isRoot = (): boolean => process.getuid?.() === 0;

/** Why running as `nobody` is impossible here, or undefined when it works (or is not needed). */
export function nobodyUnavailable(): string | undefined {
  if (!isRoot()) return undefined; // not root: chmod 000 is enough on its own
  if (SETPRIV === undefined) return 'running as root and setpriv is not installed';
  if (spawnSync(SETPRIV, [...DROP, 'true']).status !== 0) return 'setpriv cannot drop to uid 65534 here';
  return undefined;
}

/** Can `nobody` run this binary where it is? */
function nobodyCanRun(binary: string): boolean {
  return spawnSync(SETPRIV!, [...DROP, binary, '-e', '0']).status === 0;
}

let mirror: { dir: string } | undefined;
const binaries = new Map<string, string>();

/**
 * The copy `nobody` can reach: dist/, action.yml, package.json, examples/ and test/fixtures/ of
 * this checkout. Made on first use (after the bundles are built), removed when the process exits.
 */
function reachableMirror(): { dir: string } {
  if (mirror !== undefined) return mirror;
  // Inside the run's folder when vitest's global setup made one (it removes it at the end).
  const runRoot = process.env['IACM_NOBODY_ROOT'];
  const dir = mkdtempSync(runRoot ? join(runRoot, 'p-') : join(tmpdir(), 'iacm-nobody-'));
  for (const part of ['dist', 'action.yml', 'package.json', 'examples', 'test/fixtures']) {
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  // Readable and enterable by all, as a checkout in /home/runner/work is.
  spawnSync('chmod', ['-R', 'a+rX', dir]);
  chmodSync(dir, 0o755);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  mirror = { dir };
  return mirror;
}

/** `binary` itself when `nobody` can run it there, else a copy in the mirror (Node 24 in tools/). */
function reachableBinary(binary: string): string {
  const known = binaries.get(binary);
  if (known !== undefined) return known;
  let path = binary;
  if (!nobodyCanRun(binary)) {
    const bin = join(reachableMirror().dir, 'bin', String(binaries.size));
    mkdirSync(bin, { recursive: true });
    path = join(bin, 'node');
    cpSync(binary, path);
    spawnSync('chmod', ['-R', 'a+rX', join(reachableMirror().dir, 'bin')]);
  }
  binaries.set(binary, path);
  return path;
}

/** A path into the checkout, pointed at the reachable copy; any other text is left alone. */
function remap(text: string, dir: string): string {
  if (text === ROOT || text === `${ROOT}${sep}`) return dir;
  return text.split(`${ROOT}${sep}`).join(`${dir}${sep}`);
}

export interface NobodyCommand {
  readonly file: string;
  readonly args: string[];
  readonly cwd: string;
  readonly env: Record<string, string>;
}

/**
 * `command args` as `nobody` runs it: through setpriv, with the checkout's paths (in the command,
 * the arguments, the working folder and the environment) moved to the reachable copy.
 */
export function asNobody(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>>,
): NobodyCommand {
  const reason = nobodyUnavailable();
  if (reason !== undefined) throw new Error(`cannot run as nobody: ${reason}`);
  const { dir } = reachableMirror();
  // A command that is a node binary (the suite's, or Node 24 from tools/node24) is run where
  // nobody can reach it; any other command in the checkout is taken from the copy.
  const file = /(^|\/)node$/.test(command) ? reachableBinary(command) : remap(command, dir);
  return {
    file: SETPRIV!,
    args: [...DROP, file, ...args.map((arg) => remap(arg, dir))],
    cwd: remap(cwd, dir),
    env: Object.fromEntries(Object.entries(env).map(([name, value]) => [name, remap(value, dir)])),
  };
}

/**
 * A module of src/ bundled (esbuild, as tsx uses) into one file `nobody` can import: the tests
 * that call a parser function as `nobody` run it from there, not from the private checkout.
 */
export async function bundleForNobody(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const { dir } = reachableMirror();
  const out = join(dir, 'modules', `${entry.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  spawnSync('chmod', ['-R', 'a+rX', join(dir, 'modules')]);
  return out;
}

/** Runs `node <bundled module> -e script args` as nobody; the script's stdout, as text. */
export async function runModuleAsNobody(
  entry: string,
  script: string,
  args: readonly string[],
): Promise<string> {
  const module = await bundleForNobody(entry);
  const { dir } = reachableMirror();
  const node = reachableBinary(process.execPath);
  const code = script.replaceAll('__MODULE__', JSON.stringify(`file://${module}`));
  const child = spawnSync(SETPRIV!, [...DROP, node, '--input-type=module', '-e', code, ...args], {
    encoding: 'utf8',
    cwd: dir,
  });
  if (child.status !== 0) throw new Error(`as nobody: exit ${child.status}: ${child.stderr}`);
  return child.stdout;
}
