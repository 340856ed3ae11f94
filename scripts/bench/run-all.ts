/**
 * `npm run bench`: times the plan readers on generated plans of ~200 MB and ~1 GB.
 *
 * For each size, every contender counts `resource_changes` actions and prints one JSON line, which
 * must equal the reference's: JSON.parse's, or jq's where JSON.parse cannot hold the file (never
 * ours, so a miscount of ours is what gets flagged). The CLI's own output (the dry-run body) is
 * checked too: its resource_counts and PlannedChangesCount against the same rules worked out by
 * count-json-parse.ts --event (or jq). A contender that disagrees is marked WRONG COUNTS. Each contender runs in its own process,
 * interleaved with the others run after run; wall time is measured here, peak RSS by
 * `/usr/bin/time -v` (or, without it, by polling VmHWM in /proc/<pid>/status). A contender that
 * fails (ERR_STRING_TOO_LONG, out of memory, timeout) is reported as failed, and the run goes on.
 *
 *   npm run bench -- [--sizes 200,1000] [--runs 3,1] [--cmd 'name=command {file}']... [--no-cli]
 *                    [--reader-at <rev>]   (the reader alone at another commit beside today's: reader-at.ts)
 *
 * The contenders: the streaming reader alone (count-stream.ts), the CLI itself
 * (`iacm-report --plan <file> --dry-run`, dist/cli, built first when missing or older than src/),
 * the JSON.parse script and jq. Add others with --cmd, or in CONTENDERS below. Contenders whose
 * output is not the counts line are timed, not checked. At the end, one PASS/FAIL line per target
 * of the issue, for the reader and for the CLI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  baselineRevision,
  extractBaselineCli,
  pairedRatio,
  ratioLine,
  type PairedRatio,
} from './baseline.js';
import { BENCH_OUT, generatePlan } from './generate-plan.js';
import { ensureCliBundle as buildCliBundle } from './interleaved.js';
import { readerAt } from './reader-at.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const CLI_BUNDLE = join(ROOT, 'dist/cli/index.js');
const READER = 'ours (stream)';
const CLI = 'cli (iacm-report --dry-run)';

/** The issue's targets: wall time ratios at ~200 MB, peak RSS at ~200 MB and ~1 GB. */
const TARGETS = { vsJsonParse: 0.12, vsJq: 0.06, rss200MB: 64, rss1GB: 200 };
const BASELINE = 'cli @ baseline';
/** The name of the `--reader-at` contender: the reader alone at another commit. */
const READER_AT = 'ours @ rev';
const JQ_FILTER =
  '(.resource_changes // []) | map(.change.actions | join(",")) | {total: length, actions: (group_by(.) | map({key: .[0], value: length}) | from_entries)}';
/** count-json-parse.ts --event in jq, for plans JSON.parse cannot hold (docs/counting.md). */
const JQ_EVENT_FILTER = [
  '[(.resource_changes // [])[] | select((.mode // "managed") == "managed")',
  '| {a: .change.actions, i: ((.change.importing // null) != null)}] as $r',
  '| def n(f): $r | map(select(f)) | length;',
  '{resource_counts: {added: n(.a | index("create") != null), changed: n(.a == ["update"]),',
  'deleted: n(.a | index("delete") != null), unchanged: n(.a == ["no-op"] and (.i | not)),',
  'imported: n(.i), removed: n(.a | index("forget") != null)},',
  'PlannedChangesCount: n(.a != ["no-op"] or .i)}',
].join(' ');
/** The independent references, in order of preference: neither is our code. */
const REFERENCES = ['JSON.parse', 'jq'];

interface Contender {
  name: string;
  /** The command line; `{file}` is replaced by the plan's path. */
  argv: string[];
  /** Prints the counts line (checked against the others). */
  counts: boolean;
  available: () => boolean;
}

const hasCommand = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const CONTENDERS: Contender[] = [
  {
    name: 'ours (stream)',
    argv: ['node', join(BENCH_OUT, 'count-stream.mjs'), '{file}'],
    counts: true,
    available: () => true,
  },
  {
    name: CLI,
    argv: ['node', CLI_BUNDLE, '--plan', '{file}', '--dry-run'],
    counts: false,
    available: () => !process.argv.includes('--no-cli'),
  },
  {
    name: 'JSON.parse',
    argv: ['node', join(BENCH_OUT, 'count-json-parse.mjs'), '{file}'],
    counts: true,
    available: () => true,
  },
  { name: 'jq', argv: ['jq', '-c', JQ_FILTER, '{file}'], counts: true, available: () => hasCommand('jq') },
];

interface RunResult {
  ok: boolean;
  wallMs: number;
  /** User + system CPU of the process (GNU time), undefined without it. */
  cpuMs: number | undefined;
  peakRssMB: number | undefined;
  output: string;
  error: string;
}

function option(name: string): string[] {
  const values: string[] = [];
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name && args[i + 1] !== undefined) values.push(args[++i]!);
    else if (args[i]!.startsWith(`${name}=`)) values.push(args[i]!.slice(name.length + 1));
  }
  return values;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const USE_GNU_TIME = existsSync('/usr/bin/time');

/** Runs one command; never throws. */
function runOnce(argv: string[], timeoutMs: number): Promise<RunResult> {
  const command = USE_GNU_TIME ? ['/usr/bin/time', '-v', ...argv] : argv;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polledPeakKB = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Without GNU time: poll the high-water mark (kept by the kernel, so polling misses nothing).
    const poll = USE_GNU_TIME
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) polledPeakKB = Math.max(polledPeakKB, Number(m[1]));
          } catch {
            // The process has exited.
          }
        }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({
        ok: false,
        wallMs: 0,
        cpuMs: undefined,
        peakRssMB: undefined,
        output: '',
        error: error.message,
      });
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const gnuPeak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const peakKB = gnuPeak ? Number(gnuPeak[1]) : polledPeakKB;
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined;
      // GNU time reports "Command exited with non-zero status" / "terminated by signal".
      const childFailed =
        code !== 0 ||
        signal !== null ||
        /Command (exited with non-zero status|terminated by signal)/.test(stderr);
      const message = stderr
        .split('\n')
        .filter((l) => l.trim() !== '' && !/^\t/.test(l) && !/^Command /.test(l))
        .slice(-2)
        .join(' | ');
      resolve({
        ok: !childFailed,
        wallMs,
        cpuMs,
        peakRssMB: peakKB > 0 ? peakKB / 1024 : undefined,
        output: stdout.trim(),
        error: childFailed
          ? signal === 'SIGKILL'
            ? `killed (timeout ${timeoutMs / 1000} s?)`
            : message || `exit ${code}`
          : '',
      });
    });
  });
}

async function bundleSubjects(): Promise<void> {
  // Plain node on bundled JS: no tsx start-up cost in the timings (jq has none either).
  for (const name of ['count-stream', 'count-json-parse']) {
    await build({
      entryPoints: [join(HERE, `${name}.ts`)],
      outfile: join(BENCH_OUT, `${name}.mjs`),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  }
}

/** The CLI contender runs the bundle as users get it (interleaved.ts builds it when stale). */
async function ensureCliBundle(): Promise<void> {
  if (!process.argv.includes('--no-cli')) await buildCliBundle(ROOT);
}

async function warmPageCache(file: string): Promise<void> {
  for await (const chunk of createReadStream(file, { highWaterMark: 4 << 20 })) void chunk;
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const jq = hasCommand('jq') ? spawnSync('jq', ['--version']).stdout.toString().trim() : 'no jq';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, node ${process.version}, ${jq}, peak RSS by ${USE_GNU_TIME ? '/usr/bin/time -v' : '/proc VmHWM polling'}`;
}

const fmtS = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const fmtMB = (mb: number | undefined): string => (mb === undefined ? '?' : `${mb.toFixed(0)} MB`);

interface Summary {
  name: string;
  ok: boolean;
  medianMs: number;
  cpuMedianMs: number | undefined;
  walls: number[];
  peakRssMB: number | undefined;
  note: string;
}

interface SizeReport {
  sizeMB: number;
  file: string;
  bytes: number;
  info: string;
  summaries: Summary[];
  counts: string | undefined;
  /** Today's CLI over the baseline's, run by run. */
  vsBaseline: { cpu: PairedRatio | undefined; wall: PairedRatio | undefined } | undefined;
}

/**
 * What the CLI's event must count for `file`, worked out independently of our reader: by
 * count-json-parse.ts --event, or by jq when JSON.parse cannot hold the file. Not timed.
 */
async function eventReference(
  file: string,
  timeoutMs: number,
): Promise<{ source: string; line: string } | undefined> {
  const parse = await runOnce(['node', join(BENCH_OUT, 'count-json-parse.mjs'), '--event', file], timeoutMs);
  if (parse.ok) return { source: 'JSON.parse', line: parse.output };
  if (!hasCommand('jq')) return undefined;
  const jq = await runOnce(['jq', '-c', JQ_EVENT_FILTER, file], timeoutMs);
  return jq.ok ? { source: 'jq', line: jq.output } : undefined;
}

/** The CLI's dry-run body (stdout) as the reference's line: resource_counts and PlannedChangesCount. */
function eventCountsOf(body: string): string {
  try {
    const metadata = (JSON.parse(body) as { metadata?: Record<string, unknown> }).metadata ?? {};
    const counts = (metadata['resource_counts'] ?? {}) as Record<string, unknown>;
    const keys = ['added', 'changed', 'deleted', 'unchanged', 'imported', 'removed'];
    return JSON.stringify({
      resource_counts: Object.fromEntries(keys.map((key) => [key, counts[key]])),
      PlannedChangesCount: metadata['PlannedChangesCount'],
    });
  } catch {
    return '(not a JSON body)';
  }
}

async function main(): Promise<void> {
  const sizes = (option('--sizes')[0] ?? '200,1000').split(',').map(Number);
  const runs = (option('--runs')[0] ?? '3,1').split(',').map(Number);
  const timeoutMs = Number(option('--timeout')[0] ?? 900) * 1000;
  const contenders = [...CONTENDERS];
  for (const spec of option('--cmd')) {
    const eq = spec.indexOf('=');
    contenders.push({
      name: spec.slice(0, eq),
      argv: spec
        .slice(eq + 1)
        .split(' ')
        .filter(Boolean),
      counts: false,
      available: () => true,
    });
  }
  console.log(`machine: ${machine()}`);
  await bundleSubjects();
  await ensureCliBundle();
  const baselineRev = baselineRevision(ROOT, option('--baseline')[0]);
  if (!process.argv.includes('--no-cli') && !process.argv.includes('--no-baseline')) {
    const base = extractBaselineCli(ROOT, BENCH_OUT, baselineRev);
    if ('error' in base) console.log(`baseline ${baselineRev}: not run (${base.error})`);
    else {
      console.log(
        `baseline: the CLI bundle of ${baselineRev} (${base.sha.slice(0, 12)}), from git, run right after today's`,
      );
      // Right after today's CLI, run for run: the pair sees the same load.
      contenders.splice(contenders.findIndex((c) => c.name === CLI) + 1, 0, {
        name: BASELINE,
        argv: ['node', base.entry, '--plan', '{file}', '--dry-run'],
        counts: false,
        available: () => true,
      });
    }
  }
  const readerRev = option('--reader-at')[0];
  if (readerRev !== undefined) {
    const at = await readerAt(ROOT, BENCH_OUT, readerRev);
    if ('error' in at) throw new Error(`--reader-at ${readerRev}: ${at.error}`);
    console.log(`reader at ${readerRev} (${at.sha.slice(0, 12)}): run right after today's reader`);
    contenders.splice(1, 0, {
      name: READER_AT,
      argv: ['node', at.bundle, '{file}'],
      counts: true,
      available: () => true,
    });
  }
  const report: SizeReport[] = [];
  for (const [s, sizeMB] of sizes.entries()) {
    const n = runs[s] ?? runs[runs.length - 1] ?? 1;
    const started = performance.now();
    const file = generatePlan(sizeMB);
    const info = readFileSync(`${file}.done`, 'utf8').trim();
    console.log(
      `\n== ${(statSync(file).size / 1e6).toFixed(0)} MB plan (${info}), ${n} run${n === 1 ? '' : 's'} each ` +
        `(generated/cached in ${fmtS(performance.now() - started)}): ${file}`,
    );
    await warmPageCache(file);
    const active = contenders.filter((c) => {
      if (c.available()) return true;
      console.log(`   ${c.name}: skipped (not installed)`);
      return false;
    });
    const results = new Map<string, RunResult[]>(active.map((c) => [c.name, []]));
    const failed = new Set<string>();
    for (let run = 0; run < n; run++) {
      for (const c of active) {
        // A contender that failed once (string too long, out of memory) would fail again.
        if (failed.has(c.name)) continue;
        const r = await runOnce(
          c.argv.map((a) => a.replace('{file}', file)),
          timeoutMs,
        );
        results.get(c.name)!.push(r);
        console.log(
          `   run ${run + 1} ${c.name}: ${r.ok ? `${fmtS(r.wallMs)}, peak RSS ${fmtMB(r.peakRssMB)}` : `FAILED after ${fmtS(r.wallMs)} (${r.error})`}`,
        );
        if (!r.ok) failed.add(c.name);
      }
    }
    // The reference counts are JSON.parse's (jq's when JSON.parse cannot hold the file), never
    // ours: if we miscounted, we must be the one flagged.
    const referenceName = REFERENCES.find((name) => results.get(name)?.some((r) => r.ok));
    const reference = referenceName && results.get(referenceName)!.find((r) => r.ok)?.output;
    const expectedEvent = active.some((c) => c.name === CLI)
      ? await eventReference(file, timeoutMs)
      : undefined;
    const summaries: Summary[] = active.map((c) => {
      const rs = results.get(c.name)!;
      const ok = rs.length > 0 && rs.every((r) => r.ok);
      const wrong =
        ok &&
        (c.name === CLI
          ? rs.some((r) => expectedEvent === undefined || eventCountsOf(r.output) !== expectedEvent.line)
          : c.counts && rs.some((r) => reference === undefined || r.output !== reference));
      const rss = rs.map((r) => r.peakRssMB).filter((x): x is number => x !== undefined);
      const cpu = rs.map((r) => r.cpuMs).filter((x): x is number => x !== undefined);
      return {
        name: c.name,
        ok: ok && !wrong,
        medianMs: median(rs.map((r) => r.wallMs)),
        cpuMedianMs: cpu.length ? median(cpu) : undefined,
        walls: rs.map((r) => r.wallMs),
        peakRssMB: rss.length ? Math.max(...rss) : undefined,
        note: !ok ? `failed: ${rs.find((r) => !r.ok)?.error ?? ''}` : wrong ? 'WRONG COUNTS' : '',
      };
    });
    const ours = summaries[0]!;
    const cli = summaries.find((x) => x.name === CLI);
    const ratio = (a: Summary | undefined, b: Summary): string =>
      a === undefined || a === b || !a.ok || !b.ok ? '' : `${(a.medianMs / b.medianMs).toFixed(3)}×`;
    console.log(`\n   | contender | median wall | median CPU | runs | peak RSS | ours / this | cli / this |`);
    console.log(`   |---|---:|---:|---|---:|---:|---:|`);
    for (const sm of summaries) {
      const walls = sm.walls.map((w) => (w / 1000).toFixed(2)).join(' / ');
      const cpu = sm.cpuMedianMs === undefined ? '?' : fmtS(sm.cpuMedianMs);
      console.log(
        `   | ${sm.name} | ${sm.ok ? fmtS(sm.medianMs) : sm.note} | ${cpu} | ${walls} | ${fmtMB(sm.peakRssMB)} | ${ratio(ours, sm)} | ${ratio(cli, sm)} |`,
      );
    }
    const todayRuns = results.get(CLI);
    const baseRuns = results.get(BASELINE);
    const vsBaseline =
      todayRuns && baseRuns
        ? {
            cpu: pairedRatio(
              todayRuns.map((r) => (r.ok ? r.cpuMs : undefined)),
              baseRuns.map((r) => (r.ok ? r.cpuMs : undefined)),
            ),
            wall: pairedRatio(
              todayRuns.map((r) => (r.ok ? r.wallMs : undefined)),
              baseRuns.map((r) => (r.ok ? r.wallMs : undefined)),
            ),
          }
        : undefined;
    if (vsBaseline) {
      console.log(`   today's CLI / baseline (${baselineRev}), run by run:`);
      console.log(`      ${ratioLine('CPU', vsBaseline.cpu)}`);
      console.log(`      ${ratioLine('wall', vsBaseline.wall)}`);
    }
    const atRuns = results.get(READER_AT);
    if (atRuns) {
      const ourRuns = results.get(READER)!;
      const paired = (pick: (r: RunResult) => number | undefined) =>
        pairedRatio(
          ourRuns.map((r) => (r.ok ? pick(r) : undefined)),
          atRuns.map((r) => (r.ok ? pick(r) : undefined)),
        );
      console.log(`   today's reader / the reader at ${readerRev}, run by run:`);
      console.log(
        `      ${ratioLine(
          'CPU',
          paired((r) => r.cpuMs),
        )}`,
      );
      console.log(
        `      ${ratioLine(
          'wall',
          paired((r) => r.wallMs),
        )}`,
      );
    }
    console.log(`   counts (${referenceName ?? 'no independent reference ran'}): ${reference ?? '(none)'}`);
    console.log(
      `   event counts (${expectedEvent?.source ?? 'no independent reference ran'}): ${expectedEvent?.line ?? '(none)'}`,
    );
    report.push({ sizeMB, file, bytes: statSync(file).size, info, summaries, counts: reference, vsBaseline });
  }
  const verdicts = targetVerdicts(report, baselineRev);
  console.log('\ntargets:');
  for (const line of verdicts) console.log(`   ${line}`);
  const out = join(BENCH_OUT, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    out,
    JSON.stringify({ machine: machine(), baseline: baselineRev, report, verdicts }, null, 2),
  );
  console.log(`\nresults: ${out}`);
}

/**
 * One PASS/FAIL line per target, for the reader and for the CLI: the ratios at the size nearest
 * 200 MB, RSS there and at the size nearest 1 GB. A target whose size or baseline was not run
 * (jq missing, --sizes 200 only) says so instead.
 */
function targetVerdicts(report: SizeReport[], baselineRev: string): string[] {
  const nearest = (mb: number): SizeReport | undefined =>
    report.find((r) => Math.abs(r.sizeMB - mb) <= mb / 2);
  const small = nearest(200);
  const large = nearest(1000);
  const lines: string[] = [];
  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  const at200 = `at ${small?.sizeMB ?? 200} MB`;
  lines.push(ratioLine(`${CLI}: CPU <= 1.0x baseline ${baselineRev} ${at200}`, small?.vsBaseline?.cpu));
  lines.push(ratioLine(`${CLI}: wall vs baseline ${baselineRev} ${at200}`, small?.vsBaseline?.wall));
  for (const who of [READER, CLI]) {
    const at = (r: typeof small, name: string): Summary | undefined =>
      r?.summaries.find((x) => x.name === name);
    const me = at(small, who);
    for (const [baseline, limit] of [
      ['JSON.parse', TARGETS.vsJsonParse],
      ['jq', TARGETS.vsJq],
    ] as const) {
      const base = at(small, baseline);
      const label = `${who}: wall <= ${limit}x ${baseline} at ${small?.sizeMB ?? 200} MB`;
      if (me === undefined || base === undefined || !base.ok) lines.push(`n/a  ${label} (not run)`);
      else if (!me.ok) lines.push(`FAIL ${label} (${me.note})`);
      else {
        const ratio = me.medianMs / base.medianMs;
        lines.push(
          `${verdict(ratio <= limit)} ${label}: ${ratio.toFixed(3)}x (${fmtS(me.medianMs)} / ${fmtS(base.medianMs)})`,
        );
      }
    }
    const rssLine = (r: typeof small, limit: number, what: string): string => {
      const s = at(r, who);
      const label = `${who}: ${what}, peak RSS < ${limit} MB`;
      if (r === undefined || s === undefined) return `n/a  ${label} (not run)`;
      if (!s.ok) return `FAIL ${label} (${s.note})`;
      if (s.peakRssMB === undefined) return `n/a  ${label} (RSS not measured)`;
      return `${verdict(s.peakRssMB < limit)} ${label}: ${fmtMB(s.peakRssMB)}`;
    };
    lines.push(rssLine(small, TARGETS.rss200MB, `${small?.sizeMB ?? 200} MB plan`));
    lines.push(rssLine(large, TARGETS.rss1GB, `${large?.sizeMB ?? 1000} MB plan completes`));
  }
  return lines;
}

await main();
