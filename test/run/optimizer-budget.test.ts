/**
 * Every entry keeps TurboFan from inlining (src/run/optimizer-budget.ts): the CPU its compiler
 * threads spend on a large plan. Each case runs in a process of its own (a V8 flag set in the
 * test's worker would outlive the test) with V8's inlining trace on, makes a small function hot
 * inside a larger one, and counts how often the trace reports it inlined: V8 inlines it without
 * the setting, and inlines nothing with it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../../src/run/optimizer-budget.ts', import.meta.url));

function inliningTraceLines(limited: boolean): number {
  const script = [
    limited ? `(await import(${JSON.stringify(MODULE)})).limitOptimizerInlining();` : '',
    'const add = (a, b) => (a + b) | 0;',
    'function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = add(s, i); return s; }',
    'let total = 0;',
    'for (let k = 0; k < 2000; k++) total = (total + sum(10000)) | 0;',
    'console.log(total);',
  ].join('\n');
  const child = spawnSync(
    process.execPath,
    ['--trace-turbo-inlining', '--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  expect(child.status).toBe(0);
  // Only the script's own functions: tsx's code is compiled before the flag is set.
  return child.stdout.split('\n').filter((line) => /^Inlining .*<SharedFunctionInfo add>/.test(line)).length;
}

describe('limitOptimizerInlining', () => {
  it('stops TurboFan from inlining the calls of the functions it optimizes', () => {
    expect(inliningTraceLines(false)).toBeGreaterThan(0);
    expect(inliningTraceLines(true)).toBe(0);
  });
});
