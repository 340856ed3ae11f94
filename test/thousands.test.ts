/** thousands() writes what toLocaleString('en-US') writes for whole numbers, without loading ICU. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { thousands } from '../src/thousands.js';

describe('thousands', () => {
  it("matches toLocaleString('en-US') for whole numbers", () => {
    const samples = [0, 7, 999, 1000, 2759, 65_536, 1_000_000, 280_936, -1234, -999, Number.MAX_SAFE_INTEGER];
    for (const n of samples) expect(thousands(n), String(n)).toBe(n.toLocaleString('en-US'));
  });

  it('writes other numbers plainly', () => {
    expect(thousands(1.5)).toBe('1.5');
    expect(thousands(Number.NaN)).toBe('NaN');
  });

  it('maps no locale data (the first Intl call costs ~8 MB of resident memory)', () => {
    const module = fileURLToPath(new URL('../src/thousands.ts', import.meta.url));
    const script = `
      const { thousands } = await import(${JSON.stringify(module)});
      const rss = () => process.memoryUsage().rss;
      const a = rss(); thousands(2759); const b = rss(); (2759).toLocaleString('en-US'); const c = rss();
      console.log(JSON.stringify({ ours: b - a, intl: c - b }));`;
    // Resident memory is the process's: another thread (tsx's loader, V8's helpers) may grow it
    // during the call now and then, so three processes, and the least each call cost among them.
    // Loading the locale data costs megabytes in every process, so the least still shows it.
    const runs = [1, 2, 3].map(() => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
      });
      return JSON.parse(run.stdout) as { ours: number; intl: number };
    });
    expect(Math.min(...runs.map((r) => r.intl))).toBeGreaterThan(2 * 1024 * 1024);
    expect(Math.min(...runs.map((r) => r.ours))).toBeLessThan(512 * 1024);
  });
});
