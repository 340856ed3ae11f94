/**
 * The annotations card writer on a worst case: names that look like HTML and Markdown, names far
 * past any sensible length, thousands of units, more workspaces than lite-engine takes cards, and
 * a key that must not reach a card. Each file is read back as lite-engine reads it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redact } from '../../src/api/redact.js';
import { annotationsDocument, annotationsProblem, writeAnnotationsFile } from '../../src/run/annotations.js';
import { mergeEnding, reportEnding } from '../../src/run/ending.js';
import type { MergeOutcome } from '../../src/run/run-merge.js';
import type { ReportOutcome } from '../../src/run/run-report.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import type { UnitReport } from '../../src/model/unit-report.js';
import { readAnnotationsFile } from '../support/annotations-contract.js';
import { counts, makeReportModel } from '../support/report-model-factory.js';

const dir = mkdtempSync(join(tmpdir(), 'annotations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = 'pat.acct.SeCrEtKeY0123456789';
const ENV = {
  HARNESS_ANNOTATIONS_FILE: join(dir, 'annotations.json'),
  HARNESS_ACCOUNT_ID: 'acct_1',
  HARNESS_ORG_ID: 'default',
  HARNESS_PROJECT_ID: 'infra',
  HARNESS_PIPELINE_ID: 'iacm_plan',
  HARNESS_EXECUTION_ID: 'exec-42',
  HARNESS_STAGE_ID: 'plan_stage',
};

const EVIL = `<script>alert(1)</script><img src=x onerror=alert(2)><!-- x -->${KEY}`;
const LONG = `module.${'very_long_module_name_'.repeat(400)}.null_resource.x`;

function units(n: number): UnitReport[] {
  return Array.from({ length: n }, (_, i) => ({
    pathId: `live/${i % 7 === 0 ? EVIL : 'region'}/${i}/${'deep/'.repeat(50)}unit`,
    name: `unit${i}`,
    status: i % 13 === 0 ? 'failure' : 'success',
    resourceCounts: counts({ added: i % 3, deleted: i % 5 === 0 ? 1 : 0 }),
  }));
}

function worstModel(): ReportModel {
  const many = (prefix: string): string[] =>
    Array.from({ length: 5000 }, (_, i) => `${prefix}${i}${i % 2 === 0 ? EVIL : LONG}`);
  return makeReportModel({
    resourceCounts: counts({ added: 5000, deleted: 5000 }),
    driftedCount: 5000,
    hasDrift: true,
    hasChanges: true,
    addresses: { deleted: many('del'), replaced: many('rep'), drifted: many('drift') },
    units: units(3000),
    warnings: [EVIL],
  });
}

function reportOutcome(model: ReportModel): ReportOutcome {
  return {
    model,
    facts: {
      gates: [{ name: `fail_on_destroy${EVIL}`, reason: EVIL }],
      delivery: { kind: 'spooled', file: `/tmp/${EVIL}` },
      org: 'default',
      project: 'infra',
      workspace: 'ws',
    },
    gates: [],
    body: '',
  } as unknown as ReportOutcome;
}

async function written(doc: ReturnType<typeof annotationsDocument>): Promise<string> {
  const file = ENV.HARNESS_ANNOTATIONS_FILE;
  await writeAnnotationsFile(file, doc, (text) => redact(text, [KEY]));
  return readFileSync(file, 'utf8');
}

describe('the annotations card', () => {
  it('keeps a worst-case report within lite-engine limits, without HTML or the key', async () => {
    const ending = reportEnding(reportOutcome(worstModel()), 'ws<b>x</b>');
    const text = await written(annotationsDocument(ending, ENV, 1_700_000_000_000));
    const doc = readAnnotationsFile(text);
    expect(text).not.toContain(KEY);
    expect(doc).toMatchObject({
      accountId: 'acct_1',
      orgId: 'default',
      projectId: 'infra',
      pipelineId: 'iacm_plan',
      planExecutionId: 'exec-42',
      stageExecutionId: 'plan_stage',
    });
    expect(doc.annotations).toHaveLength(1);
    const [card] = doc.annotations;
    expect(card).toMatchObject({ contextId: 'iacm-report-ws-ws_b_x__b_', mode: 'replace', style: 'error' });
    expect(card?.summary).toMatch(/^### 🛑 /);
    expect(card?.summary).toContain('**To destroy:**');
    expect(card?.summary).toContain('&lt;script&gt;');
    // 3000 units: the first 50 that need eyes, then how many more.
    expect(card?.summary).toMatch(/- and \d+ more/);
    expect(Buffer.byteLength(card?.summary ?? '', 'utf8')).toBeLessThanOrEqual(64 * 1024);
  });

  it('gives each workspace of a comment-only merge its own card, 50 at most', async () => {
    const sections = Array.from({ length: 120 }, (_, i) => ({
      workspace: `ws-${i}${i === 3 ? EVIL : ''}`,
      model: i % 2 === 0 ? worstModel() : makeReportModel(),
    }));
    const outcome = {
      kind: 'comment-only',
      model: makeReportModel({ resourceCounts: counts({ deleted: 1 }) }),
      sections,
      notes: [],
      legs: [],
      gates: [],
      facts: { gates: [] },
    } as unknown as MergeOutcome;
    const doc = readAnnotationsFile(await written(annotationsDocument(mergeEnding(outcome), ENV, 1)));
    expect(doc.annotations).toHaveLength(50);
    expect(doc.annotations[0]?.contextId).toBe('iacm-report-ws-ws-0');
    expect(doc.annotations[1]).toMatchObject({ contextId: 'iacm-report-ws-ws-1', style: 'success' });
    expect(doc.annotations[0]?.style).toBe('error');
    expect(doc.annotations.at(-1)?.contextId).toBe('iacm-report-all');
    expect(doc.annotations.at(-1)?.summary).toContain('120 workspaces (71 not carded)');
  });

  it('uses one card for a merged report, a dry run as information', () => {
    const outcome = {
      kind: 'merge',
      model: makeReportModel({ resourceCounts: counts({ deleted: 2 }) }),
      facts: { gates: [], delivery: { kind: 'dry-run' } },
      legs: [],
      gates: [],
      body: '',
    } as unknown as MergeOutcome;
    const doc = annotationsDocument(mergeEnding(outcome, 'prod'), ENV, 1);
    expect(doc.annotations.map((a) => [a.contextId, a.style])).toEqual([['iacm-report-merged-prod', 'info']]);
  });

  it('says why no card is written', () => {
    expect(annotationsProblem({ ...ENV, HARNESS_ANNOTATIONS_FILE: '' })).toMatch(
      /HARNESS_ANNOTATIONS_FILE is not set/,
    );
    expect(annotationsProblem({ ...ENV, HARNESS_EXECUTION_ID: undefined })).toMatch(/HARNESS_EXECUTION_ID/);
    expect(annotationsProblem(ENV)).toBeUndefined();
  });
});
