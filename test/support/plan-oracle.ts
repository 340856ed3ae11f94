/**
 * The reference reading of a plan file for tests: decode, JSON.parse, walk, count. Kept apart from
 * `readPlanFile` on purpose: when the streaming byte reader replaces the JSON.parse path there,
 * tests compare it with this.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { walkPlanDocument } from './plan-document-walker.js';
import type { PlanSummary } from '../../src/model/plan-summary.js';

/** `test/fixtures/plans`: real files, laid out as `<source>/<path in the source repository>`. */
export const PLAN_FIXTURES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/plans',
);

export function planFixture(relativePath: string): string {
  return path.join(PLAN_FIXTURES_DIR, relativePath);
}

/** Every JSON document under test/fixtures/plans (relative paths, sorted); not the text plans or SOURCES.md. */
export function listPlanFixtureDocuments(): string[] {
  return fg
    .sync('**/*', { cwd: PLAN_FIXTURES_DIR })
    .filter((file) => file.endsWith('.json') || file.endsWith('.golden') || file.endsWith('.tfstate'))
    .sort();
}

/** UTF-8 with or without a byte-order mark, or UTF-16LE with one. */
export function decodeFixture(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** A fixture parsed with JSON.parse (relative to test/fixtures/plans, or absolute). */
export function loadFixtureDocument(file: string): unknown {
  const absolute = path.isAbsolute(file) ? file : planFixture(file);
  return JSON.parse(decodeFixture(readFileSync(absolute))) as unknown;
}

/** The summary of an already parsed document, as the reference reader sees it. */
export function summarizeDocument(doc: unknown, label = 'plan.json'): PlanSummary {
  const accumulator = new PlanAccumulator(label);
  walkPlanDocument(doc, accumulator, label);
  return accumulator.finish();
}

/** The reference summary of a fixture file; `label` defaults to the relative path. */
export function oracleSummary(file: string, label = file): PlanSummary {
  return summarizeDocument(loadFixtureDocument(file), label);
}
