import { describe, expect, it } from 'vitest';
import { actionOutputs } from '../../src/action/outputs.js';
import { ACTION_INPUTS } from '../../src/config/from-action-inputs.js';
import { expectedDocs, readActionMetadata } from '../../scripts/action-docs.js';
import { makeReportModel } from '../support/report-model-factory.js';

describe('action.yml', () => {
  it('runs the bundle on node24 and has branding', async () => {
    const action = await readActionMetadata();
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.branding?.icon).toBeTruthy();
    expect(action.branding?.color).toBeTruthy();
  });

  it('declares exactly the inputs the Action reads, each documented, none required', async () => {
    const action = await readActionMetadata();
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(ACTION_INPUTS).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(input.required ?? false, name).toBe(false);
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(action.inputs['comment']?.default).toBe('off');
    expect(action.inputs['dry-run']?.default).toBe('false');
  });

  it('declares exactly the outputs the Action sets, each documented', async () => {
    const action = await readActionMetadata();
    const set = Object.keys(actionOutputs(makeReportModel(), { payloadFile: 'p', summaryFile: 's' }));
    expect(Object.keys(action.outputs).sort()).toEqual(set.sort());
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description, name).toBeTruthy();
  });
});

describe('generated Action docs', () => {
  it('agree with action.yml and the settings table (fix: npm run docs:settings)', async () => {
    const docs = await expectedDocs();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(doc.current, doc.file).toBe(doc.expected);
  });
});
