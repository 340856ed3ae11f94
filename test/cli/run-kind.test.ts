/** The kind of run that picks the code cache's file (src/cli/run-kind.ts). */
import { describe, expect, it } from 'vitest';
import { cacheFileName } from '../../src/cli/code-cache.js';
import { runKind } from '../../src/cli/run-kind.js';

describe('runKind', () => {
  it('is the command, with -dry for a dry run; report when no command is named', () => {
    expect(runKind(['--plan', 'plan.json', '--dry-run'])).toBe('report-dry');
    expect(runKind(['report', '--plan', 'plan.json', '--dry-run'])).toBe('report-dry');
    expect(runKind(['--plan', 'plan.json'])).toBe('report');
    expect(runKind(['merge', '--partials', 'legs/*.json'])).toBe('merge');
    expect(runKind(['merge', '--partials', 'legs/*.json', '--dry-run'])).toBe('merge-dry');
    expect(runKind(['send', '--payload', '-'])).toBe('send');
    expect(runKind([])).toBe('report');
  });

  it('never puts a path or other characters into a file name', () => {
    expect(runKind(['plan.json'])).toBe('report');
    expect(runKind(['../x'])).toBe('report');
    expect(runKind(['A'])).toBe('report');
    expect(cacheFileName('h1', {}, runKind(['ttl']))).toMatch(
      /^cli-h1-ttl-nodev\d+\.\d+\.\d+-\w+-[0-9a-f]{8}\.v8cache$/,
    );
  });
});
