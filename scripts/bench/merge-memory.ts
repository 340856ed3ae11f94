/**
 * Benchmark: peak memory of `iacm-report merge` against the number and the size of the partials
 * (issue 23: memory flat in the number of partials, bounded in their size).
 *
 * Partials are made of the real plans in test/fixtures/terragrunt, one Terragrunt unit each, each
 * unit under its own path (no two partials share a unit), written the way `--save-partial` writes
 * them (build-partial.ts). Two series, each run the CLI in its own process under
 * `/usr/bin/time -v` (peak RSS), `merge '<dir>/*.json' --dry-run -q`:
 *
 *   count   2, 8, 32 partials of the same size (--size MiB each, 8 by default)
 *   size    1 partial of each of --sizes MiB (16,64,256 by default; up to 512, the cap)
 *
 *   npx tsx scripts/bench/merge-memory.ts [--cli dist/cli/index.js] [--size 8] [--sizes 16,64,256]
 *       [--counts 2,8,32] [--heap MiB]
 *   npx tsx scripts/bench/merge-memory.ts --keep DIR --count 8 --size 8   (only write the partials)
 *
 * `--cli` takes any CLI bundle (an older commit's, to compare before and after a change).
 * `--counts` sets the count series (`--counts 4 --size 250 --sizes ''`: four partials of 250 MiB
 * alone); `--heap` runs the CLI under `--max-old-space-size` (Node's default heap otherwise).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm, mkdir, copyFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { buildPartial, serializePartial } from '../../src/partial/build-partial.js';
import { readTerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import { FIXTURES, PLANS } from './terragrunt-fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MIB = 1024 * 1024;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

/** One unit entry per fixture plan, as a partial holds it. */
async function unitTemplates(work: string): Promise<Record<string, unknown>[]> {
  const tree = join(work, 'tree');
  for (const plan of PLANS) {
    await mkdir(join(tree, plan), { recursive: true });
    await copyFile(join(FIXTURES, `${plan}.json`), join(tree, plan, 'tfplan.json'));
  }
  const read = await readTerragruntTree(tree);
  const partial = buildPartial(
    {
      plans: [],
      drifts: [],
      terragrunt: { units: read.units, plans: read.plans },
      warnings: [],
      overrides: {},
    },
    { leg: { name: 'template', status: 'success', sent: false } },
  );
  return partial.report.units ?? [];
}

/** Writes one partial of about `bytes`, its units under `leg/`. Streamed: a 512 MiB one too. */
async function writePartial(
  file: string,
  leg: string,
  bytes: number,
  templates: Record<string, unknown>[],
): Promise<number> {
  const envelope = serializePartial(
    buildPartial(
      { plans: [], drifts: [], terragrunt: { units: [], plans: new Map() }, warnings: [], overrides: {} },
      { leg: { name: leg, status: 'success', sent: false } },
    ),
  );
  const [head, tail] = envelope.split('"units":[]') as [string, string];
  const out = createWriteStream(file);
  let written = 0;
  const write = async (text: string): Promise<void> => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${head}"units":[`);
  for (let i = 0; written < bytes - tail.length - 4096; i++) {
    const template = templates[i % templates.length] as {
      unit: Record<string, unknown>;
      plan?: Record<string, unknown>;
    };
    const pathId = `${leg}/unit-${i}`;
    const entry = {
      unit: { ...template.unit, pathId, name: `unit-${i}` },
      ...(template.plan === undefined ? {} : { plan: { ...template.plan, file: `${pathId}/tfplan.json` } }),
    };
    await write(`${i === 0 ? '' : ','}${JSON.stringify(entry)}`);
  }
  await write(`]${tail}`);
  out.end();
  await once(out, 'finish');
  return written;
}

interface Run {
  code: number | null;
  peakMiB: number;
  wallS: number;
  error: string;
}

function runMerge(cli: string, dir: string, heap: string): Promise<Run> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(
      '/usr/bin/time',
      [
        '-v',
        'node',
        ...(heap === '' ? [] : [`--max-old-space-size=${heap}`]),
        cli,
        'merge',
        join(dir, '*.json'),
        '--dry-run',
        '-q',
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      const exit = Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code);
      const error = stderr.split('\n').find((line) => /error|Error|abort/.test(line)) ?? '';
      done({ code: exit, peakMiB: kb / 1024, wallS: (Date.now() - started) / 1000, error });
    });
  });
}

async function main(): Promise<void> {
  const cli = resolve(option('--cli', join(ROOT, 'dist/cli/index.js')));
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build:cli first, or pass --cli`);
  const size = Number(option('--size', '8')) * MIB;
  const list = (name: string, fallback: string): number[] =>
    option(name, fallback)
      .split(',')
      .filter((s) => s.trim() !== '')
      .map(Number);
  const sizes = list('--sizes', '16,64,256').map((s) => s * MIB);
  const counts = list('--counts', '2,8,32');
  const heap = option('--heap', '');
  console.log(
    `machine: ${cpus()[0]?.model.trim() ?? '?'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, node ${process.version}, load ${loadavg()[0]?.toFixed(1) ?? '?'}; cli ${cli}; heap ${heap === '' ? "Node's default" : `${heap} MiB`}`,
  );
  const work = await mkdtemp(join(tmpdir(), 'merge-memory-'));
  try {
    const templates = await unitTemplates(work);
    const cases: { name: string; count: number; bytes: number }[] = [
      ...counts.map((count) => ({ name: `${count} partials of ${size / MIB} MiB`, count, bytes: size })),
      ...sizes.map((bytes) => ({ name: `1 partial of ${bytes / MIB} MiB`, count: 1, bytes })),
    ];
    for (const c of cases) {
      const dir = join(work, c.name.replace(/\W+/g, '-'));
      await mkdir(dir, { recursive: true });
      let total = 0;
      for (let leg = 0; leg < c.count; leg++) {
        total += await writePartial(
          join(dir, `leg-${leg}.json`),
          `leg-${String(leg).padStart(3, '0')}`,
          c.bytes,
          templates,
        );
      }
      const run = await runMerge(cli, dir, heap);
      console.log(
        `${c.name.padEnd(26)} ${(total / MIB).toFixed(0).padStart(5)} MiB in all  peak RSS ${run.peakMiB.toFixed(0).padStart(5)} MiB (${(run.peakMiB / (total / MIB)).toFixed(1)} per MiB)  load ${loadavg()[0]?.toFixed(1) ?? '?'}  wall ${run.wallS.toFixed(1).padStart(6)} s  exit ${String(run.code)}${run.error ? `  ${run.error.trim().slice(0, 160)}` : ''}`,
      );
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv.includes('--keep')) {
  // Only write the partials (to look at them, or to profile one merge): --keep DIR --count N --size MiB.
  const dir = resolve(option('--keep', 'partials'));
  await mkdir(dir, { recursive: true });
  const templates = await unitTemplates(await mkdtemp(join(tmpdir(), 'merge-memory-')));
  for (let leg = 0; leg < Number(option('--count', '8')); leg++) {
    await writePartial(
      join(dir, `leg-${leg}.json`),
      `leg-${leg}`,
      Number(option('--size', '8')) * MIB,
      templates,
    );
  }
} else {
  await main();
}
