/**
 * `npm run bench:entries`: peak memory against the number of entries, not their size. Plans of
 * many small entries (10 M resource changes, 5 M outputs, 1 M drift entries with their prior-state
 * resources) are generated into bench/out/ and read by the CLI (`--dry-run`), timed, with peak RSS
 * by `/usr/bin/time -v` (or /proc VmHWM polling). The reference run is the same CLI on a plan of
 * 1,000 entries of the same shape: the ratio shows how much memory the extra millions cost.
 *
 *   npm run bench:entries -- [--scale 1] [--runs 3] [--only resources|outputs|outputs-unsorted|drift]
 *
 * `--scale 0.1` makes every plan ten times smaller (a quick check). Target: peak RSS under 150 MB,
 * for plans as Terraform writes them; the unsorted outputs (which no tool writes) are measured to
 * show what an index of every name costs, not held to it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_OUT } from './generate-plan.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const OUT = BENCH_OUT;
const CLI_BUNDLE = join(ROOT, 'dist/cli/index.js');
const TARGET_RSS_MB = 150;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

type Kind = 'resources' | 'outputs' | 'outputs-unsorted' | 'drift';

/** Writes `count` entries of one kind as a plan, in 4 MB pieces (flat memory here too). */
async function generate(kind: Kind, count: number): Promise<string> {
  const file = join(OUT, `entries-${kind}-${count}.json`);
  if (existsSync(file) && statSync(file).size > 0) return file;
  mkdirSync(OUT, { recursive: true });
  const out = createWriteStream(file);
  const write = (text: string): Promise<void> =>
    out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', () => resolve()));
  const head = '{"format_version":"1.2","terraform_version":"1.9.5",';
  const list = async (key: string, each: (i: number) => string, open = '[', close = ']'): Promise<void> => {
    await write(`"${key}":${open}`);
    let piece = '';
    for (let i = 0; i < count; i++) {
      piece += (i === 0 ? '' : ',') + each(i);
      if (piece.length > 4_000_000) {
        await write(piece);
        piece = '';
      }
    }
    await write(piece + close);
  };
  const change = (i: number, action: string): string =>
    `{"address":"null_resource.r${i}","mode":"managed","type":"null_resource","name":"r${i}",` +
    `"provider_name":"registry.terraform.io/hashicorp/null","change":{"actions":["${action}"],` +
    `"before":${action === 'create' ? 'null' : `{"id":"${i}"}`},"after":{"id":"${i}"},"after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}`;
  await write(head);
  if (kind === 'resources') {
    await list('resource_changes', (i) => change(i, 'create'));
  } else if (kind === 'outputs' || kind === 'outputs-unsorted') {
    // Terraform and OpenTofu write output names sorted (Go sorts a map's keys): zero-padded names
    // in order. The unsorted plan (names in a scrambled order, a permutation since 7919 is prime)
    // is what no tool writes, and makes the reader keep an index of every name.
    const name = (i: number): string =>
      kind === 'outputs' ? `o${String(i).padStart(8, '0')}` : `o${(i * 7919) % count}`;
    await list(
      'output_changes',
      (i) =>
        `"${name(i)}":{"actions":["create"],"before":null,"after":"value-${i}","after_unknown":false,"before_sensitive":false,"after_sensitive":false}`,
      '{',
      '}',
    );
  } else {
    await list('resource_drift', (i) => change(i, 'update'));
    await write(',"prior_state":{"format_version":"1.0","values":{"root_module":{');
    await list(
      'resources',
      (i) =>
        `{"address":"null_resource.r${i}","mode":"managed","type":"null_resource","name":"r${i}","values":{"id":"${i}"}}`,
    );
    await write('}}}');
  }
  await write('}\n');
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return file;
}

const USE_GNU_TIME = existsSync('/usr/bin/time');

function measure(argv: string[]): Promise<{ ok: boolean; wallMs: number; rssMB: number; error: string }> {
  const command = USE_GNU_TIME ? ['/usr/bin/time', '-v', ...argv] : argv;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKB = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = USE_GNU_TIME
      ? undefined
      : setInterval(() => {
          const m = /VmHWM:\s+(\d+) kB/.exec(
            (() => {
              try {
                return readFileSync(`/proc/${child.pid}/status`, 'utf8');
              } catch {
                return '';
              }
            })(),
          );
          if (m) peakKB = Math.max(peakKB, Number(m[1]));
        }, 20);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        ok: code === 0,
        wallMs: performance.now() - started,
        rssMB: (gnu ? Number(gnu[1]) : peakKB) / 1024,
        error:
          code === 0
            ? ''
            : stderr
                .split('\n')
                .filter((l) => l.includes('error'))
                .join(' | '),
      });
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  const scale = option('scale', 1);
  const runs = option('runs', 3);
  if (!existsSync(CLI_BUNDLE)) throw new Error('build the CLI first: npm run build:cli');
  const cases: { name: string; kind: Kind; count: number; flag: string; target?: false }[] = [
    { name: 'small resources', kind: 'resources', count: Math.round(10_000_000 * scale), flag: '--plan' },
    { name: 'outputs', kind: 'outputs', count: Math.round(5_000_000 * scale), flag: '--plan' },
    {
      name: 'outputs, unsorted',
      kind: 'outputs-unsorted',
      count: Math.round(5_000_000 * scale),
      flag: '--plan',
      target: false,
    },
    { name: 'drift entries', kind: 'drift', count: Math.round(1_000_000 * scale), flag: '--drift' },
  ];
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, node ${process.version}`,
  );
  console.log(
    '| plan | entries | file | median wall | peak RSS | reference RSS (1,000 entries) | ratio | target |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  for (const c of cases.filter((x) => only === undefined || x.kind === only)) {
    const file = await generate(c.kind, c.count);
    const reference = await generate(c.kind, 1000);
    const sizeMB = statSync(file).size / 2 ** 20;
    const results = [];
    const refs = [];
    for (let i = 0; i < runs; i++) {
      refs.push(await measure(['node', CLI_BUNDLE, c.flag, reference, '--dry-run', '--quiet']));
      results.push(await measure(['node', CLI_BUNDLE, c.flag, file, '--dry-run', '--quiet']));
    }
    const failed = results.find((r) => !r.ok);
    const rss = median(results.map((r) => r.rssMB));
    const refRss = median(refs.map((r) => r.rssMB));
    const verdict = failed
      ? `FAIL (${failed.error})`
      : 'target' in c
        ? `not a target (${rss < TARGET_RSS_MB ? 'under' : 'over'} ${TARGET_RSS_MB} MB)`
        : rss < TARGET_RSS_MB
          ? 'PASS'
          : 'FAIL';
    console.log(
      `| ${c.name} | ${c.count.toLocaleString('en-US')} | ${sizeMB.toFixed(0)} MB | ${(median(results.map((r) => r.wallMs)) / 1000).toFixed(1)} s | ${rss.toFixed(0)} MB | ${refRss.toFixed(0)} MB | ${(rss / refRss).toFixed(2)}× | < ${TARGET_RSS_MB} MB: ${verdict} |`,
    );
  }
}

await main();
