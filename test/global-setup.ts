/**
 * Builds the three bundles (dist/cli, dist/action, dist/plugin) once per test run, and only when
 * their sources changed since the last build: tests run the bundles the way users' runners,
 * Harness and npx do, so they must be the bundles of the code under test.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STAMP = join(ROOT, 'node_modules/.cache/iacm-reporter/bundles.sha256');
const BUNDLES = ['dist/cli/index.js', 'dist/action/index.js', 'dist/plugin/index.js'];

async function sourceHash(): Promise<string> {
  const entries = await readdir(join(ROOT, 'src'), { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  files.push(join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json'));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex');
}

export default async function setup(): Promise<void> {
  const hash = await sourceHash();
  const built = BUNDLES.every((b) => existsSync(join(ROOT, b)));
  const stamp = existsSync(STAMP) ? await readFile(STAMP, 'utf8') : '';
  if (built && stamp === hash) return;
  await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  await mkdir(join(STAMP, '..'), { recursive: true });
  await writeFile(STAMP, hash);
}
