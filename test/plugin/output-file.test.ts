import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  B64_PREFIX,
  formatOutputFile,
  MAX_LINE_BYTES,
  OUTPUT_NAMES,
  outputFilePath,
  outputVariables,
  SUMMARY_MAX_BYTES,
  writeOutputFile,
} from '../../src/plugin/output-file.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { counts, makeReportModel, makeUnit } from '../support/report-model-factory.js';
import { parseOutputFile } from './support/output-file-parse.js';

describe('output variables', () => {
  const model = makeReportModel({
    resourceCounts: counts({ added: 3, changed: 1, deleted: 2, imported: 1, removed: 1, unchanged: 9 }),
    driftedCount: 4,
    hasChanges: true,
    hasDrift: true,
    cost: { currency: 'USD', diffTotalMonthly: '-12.50' },
  });

  it('holds the counts, flags, cost and event type, and the summary base64-encoded', () => {
    const summary = renderTextSummary(model);
    const vars = outputVariables(model, { event_type: 'drifted' }, summary);
    expect(Object.keys(vars)).toEqual([...OUTPUT_NAMES]);
    expect(vars).toMatchObject({
      ADDED: '3',
      CHANGED: '1',
      DELETED: '2',
      IMPORTED: '1',
      REMOVED: '1',
      UNCHANGED: '9',
      DRIFTED: '4',
      HAS_CHANGES: 'true',
      HAS_DRIFT: 'true',
      COST_DIFF_MONTHLY: '-12.50',
      EVENT_TYPE: 'drifted',
    });
    expect(vars.SUMMARY.startsWith(B64_PREFIX)).toBe(true);
    expect(parseOutputFile(formatOutputFile(vars))['SUMMARY']).toBe(summary);
  });

  it('leaves COST_DIFF_MONTHLY empty when no cost is known', () => {
    const vars = outputVariables(makeReportModel(), { event_type: 'plan' }, '');
    expect(vars.COST_DIFF_MONTHLY).toBe('');
    expect(vars.HAS_CHANGES).toBe('false');
  });

  it('writes one line per variable, never a newline inside a value', () => {
    const text = formatOutputFile({ A: 'one\ntwo\r\nthree', B: 'x=y' });
    expect(text).toBe('A=one two  three\nB=x=y\n');
  });

  it('keeps the SUMMARY line under 64 KiB for a huge Terragrunt tree', () => {
    const units = Array.from({ length: 5000 }, (_, i) =>
      makeUnit(`live/region-${i}/ünit-${'x'.repeat(40)}`, { resourceCounts: counts({ added: i }) }),
    );
    const big = makeReportModel({
      units,
      warnings: Array.from({ length: 500 }, (_, i) => `warning ${i} ${'w'.repeat(200)}`),
    });
    const summary = renderTextSummary(big, { maxBytes: SUMMARY_MAX_BYTES });
    const text = formatOutputFile(outputVariables(big, { event_type: 'plan' }, summary));
    for (const line of text.split('\n'))
      expect(Buffer.byteLength(line) + 1).toBeLessThanOrEqual(MAX_LINE_BYTES);
    const decoded = parseOutputFile(text)['SUMMARY'] ?? '';
    expect(decoded).toMatch(/… \d+ more units not shown/);
    expect(Buffer.byteLength(decoded)).toBeGreaterThan(SUMMARY_MAX_BYTES - 1000);
  });

  it('refuses to write a line the runner would reject', () => {
    expect(() => formatOutputFile({ BIG: 'x'.repeat(MAX_LINE_BYTES) })).toThrow(/line limit/);
  });

  it('appends to the file the runner created', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iacm-out-'));
    const file = join(dir, 'output.env');
    await writeFile(file, 'EARLIER=1\n');
    await writeOutputFile(file, { ADDED: '2' });
    expect(await readFile(file, 'utf8')).toBe('EARLIER=1\nADDED=2\n');
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the file in HARNESS_OUTPUT_FILE, else DRONE_OUTPUT', () => {
    expect(outputFilePath({ HARNESS_OUTPUT_FILE: '/a', DRONE_OUTPUT: '/b' })).toBe('/a');
    expect(outputFilePath({ HARNESS_OUTPUT_FILE: '', DRONE_OUTPUT: '/b' })).toBe('/b');
    expect(outputFilePath({})).toBeUndefined();
  });
});
