/**
 * `npx tsx scripts/bench/upload-stream.ts [--mb 200] [--runs 3]`: peak memory and time of one
 * workspace data upload (`/data`) of a large file, streamed from disk as the reporter does, against
 * the reference in the same run: the same upload with the file read into memory first. Each
 * upload runs in its own process (interleaved), peak RSS read from /proc/<pid>/status (VmHWM) by
 * polling; the sink is a local HTTP server that counts and discards the bytes. Prints medians.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const mb = flag('mb', 200);
const runs = flag('runs', 3);

async function makeFile(): Promise<string> {
  const file = join(tmpdir(), `iacm-bench-upload-${mb}mb.bin`);
  if (existsSync(file) && statSync(file).size === mb * 1024 * 1024) return file;
  const out = createWriteStream(file);
  const chunk = randomBytes(1024 * 1024);
  for (let i = 0; i < mb; i++)
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  return file;
}

function peakKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function once(mode: string, file: string, port: number): Promise<{ ms: number; rssMb: number }> {
  const tsx = join(HERE, '../../node_modules/.bin/tsx');
  const child = spawn(tsx, [join(HERE, 'upload-one.ts'), mode, file, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  // tsx starts node as a child of its own: watch the whole process group's largest member.
  let peak = 0;
  const timer = setInterval(() => {
    for (const pid of [child.pid ?? 0, ...childrenOf(child.pid ?? 0)]) peak = Math.max(peak, peakKb(pid));
  }, 20);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  return { ms: (JSON.parse(out.trim() || '{"ms":0}') as { ms: number }).ms, rssMb: Math.round(peak / 1024) };
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const file = await makeFile();
const server = createServer((req, res) => {
  let bytes = 0;
  req.on('data', (chunk: Buffer) => (bytes += chunk.length));
  req.on('end', () => {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ id: randomUUID(), bytes }));
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const results: Record<string, { ms: number[]; rss: number[] }> = {
  stream: { ms: [], rss: [] },
  buffer: { ms: [], rss: [] },
};
for (let i = 0; i < runs; i++) {
  for (const mode of ['stream', 'buffer']) {
    const r = await once(mode, file, port);
    results[mode]?.ms.push(r.ms);
    results[mode]?.rss.push(r.rssMb);
  }
}
server.close();
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, node ${process.version}; file ${mb} MB; ${runs} runs each`,
);
for (const [mode, r] of Object.entries(results)) {
  console.log(
    `${mode.padEnd(7)} median ${median(r.ms)} ms, peak RSS median ${median(r.rss)} MB  (runs: ${r.rss.join(', ')} MB)`,
  );
}
const s = results['stream'];
const b = results['buffer'];
if (s && b)
  console.log(
    `stream / buffer: time ${(median(s.ms) / median(b.ms)).toFixed(2)}, peak RSS ${(median(s.rss) / median(b.rss)).toFixed(2)}`,
  );
