/**
 * One settings table (src/config/settings.ts) drives the three readers; the places people read
 * about settings are generated from it (`iacm-report --help` at run time; action.yml's inputs and
 * docs/settings.md by `npm run docs:settings`) and checked here, so a row added to the table and
 * not regenerated fails with the name of the stale file.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import {
  applyActionInputs,
  applyRegions,
  expectedDocs,
  readActionMetadata,
} from '../../scripts/action-docs.js';
import { renderActionInputs, renderCliTable } from '../../scripts/settings-docs.js';
import { reportUsage } from '../../src/cli/report-command.js';
import { REPORT_ROWS } from '../../src/config/from-cli-flags.js';
import { actsOnMerge } from '../../src/config/merge-schema.js';
import { readActionInputs } from '../../src/config/from-action-inputs.js';
import { REPORT_FLAG_OPTIONS, reportConfigFromFlags } from '../../src/config/from-cli-flags.js';
import { configFromPluginEnv } from '../../src/config/from-plugin-env.js';
import {
  parseBooleanText,
  pluginKey,
  pluginVariable,
  SETTINGS,
  settingsOf,
  type Setting,
  type World,
} from '../../src/config/settings.js';
import { readActionMergeInputs } from '../../src/config/from-action-inputs.js';
import { mergeConfigFromPluginEnv } from '../../src/config/from-plugin-merge.js';
import { UsageError } from '../../src/errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Flags in --help that are other tools' (terragrunt's, infracost's) or the command line's own. */
const NOT_SETTINGS = new Set([
  '--all',
  '--json-out-dir',
  '--report-file',
  '--format',
  '--help',
  '--quiet',
  '--version',
]);

/** A value each world accepts for a row, as text; the expected config value follows from the kind. */
const SAMPLES: Readonly<Record<string, string>> = {
  'event-type': 'drifted',
  'activity-type': 'apply',
  'activity-status': 'incomplete',
  provisioner: 'opentofu',
  'base-url': 'https://example.harness.io/gateway',
  'max-monthly-cost-increase': '12.50',
  comment: 'always',
  'fail-on-policy': 'warning',
  'plan-text-name': 'tfplan.txt',
  'expect-legs': '3',
  forge: 'gitlab',
  'forge-url': 'https://gitlab.example.com',
  'markdown-budget': 'comment',
  'forge-timeout': '30',
  'upload-timeout': '45',
  'drift-issue': 'github',
  'drift-issue-scope': 'unit',
  'reader-threads': '3',
};

function sample(row: Setting): string {
  if (row.kind === 'boolean') return 'true';
  return SAMPLES[row.name] ?? `${row.name}-value`;
}

function expected(row: Setting): unknown {
  if (row.kind === 'boolean') return true;
  if (row.name === 'expect-legs') return 3;
  if (row.name === 'forge-timeout') return 30;
  if (row.name === 'upload-timeout') return 45;
  if (row.name === 'reader-threads') return 3;
  if (row.kind === 'list') return [sample(row)];
  return sample(row);
}

function at(object: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], object);
}

/**
 * Every row of a world set at once (a dry run, so no rule asks for more), read by that world. The
 * merge rows belong to the final step of a matrix, which has its own reader: `merge` reads them
 * with every row a merge step shares with a report (connection, event, delivery, gates).
 */
function readAll(world: World, merge = false): Record<string, unknown> {
  const rows = settingsOf(world).filter((row) => (merge ? actsOnMerge(row) : row.section !== 'merge'));
  if (merge && world === 'action') {
    const env: Record<string, string> = {};
    for (const row of rows) env[`INPUT_${row.name.toUpperCase()}`] = sample(row);
    const { merge: config, options } = readActionMergeInputs(env);
    return { ...config, action: options };
  }
  if (merge) {
    const env: Record<string, string> = {};
    for (const row of rows) env[pluginVariable(row)] = sample(row);
    return mergeConfigFromPluginEnv(env).config;
  }
  if (world === 'cli') {
    const flags: Record<string, unknown> = {};
    for (const row of rows)
      flags[row.name] = row.kind === 'boolean' ? true : row.kind === 'list' ? [sample(row)] : sample(row);
    return reportConfigFromFlags(flags, {});
  }
  if (world === 'action') {
    const env: Record<string, string> = {};
    for (const row of rows) env[`INPUT_${row.name.toUpperCase()}`] = sample(row);
    const { config, options } = readActionInputs(env);
    return { ...config, action: options };
  }
  const env: Record<string, string> = {};
  for (const row of rows) env[pluginVariable(row)] = sample(row);
  return configFromPluginEnv(env).config;
}

describe('the settings table', () => {
  it('has unique kebab-case names, and in each world unique paths', () => {
    const names = SETTINGS.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    // Rows may share a path only as one setting's names in different worlds (the Action's
    // github-token is the CLI's and plugin's forge-token): within a world, one row per field.
    for (const world of ['cli', 'action', 'plugin'] as const) {
      const paths = settingsOf(world).map((row) => row.path);
      expect(new Set(paths).size, `${world} paths`).toBe(paths.length);
    }
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const world of ['cli', 'action', 'plugin'] as const) {
    it(`drives the ${world} reader: every row's value reaches its config field`, () => {
      // The CLI's merge rows are the merge command's flags (test/cli/commands-and-merge-settings.test.ts).
      const rows = world === 'cli' ? REPORT_ROWS : settingsOf(world);
      expect(rows.length).toBeGreaterThan(20);
      const config = readAll(world);
      const merge = world === 'cli' ? undefined : readAll(world, true);
      for (const row of rows) {
        const read = row.section === 'merge' ? merge : config;
        expect(at(read, row.path), `${world} ${row.name}`).toEqual(expected(row));
      }
    });
  }

  it('one boolean grammar: true/false in any case, nothing else, in the Action and the plugin', () => {
    for (const text of ['true', 'True', 'TRUE', 'tRuE']) expect(parseBooleanText(text)).toBe(true);
    for (const text of ['false', 'False', 'FALSE']) expect(parseBooleanText(text)).toBe(false);
    for (const text of ['yes', '1', 'on', 'no', '0', 'off', 't'])
      expect(parseBooleanText(text)).toBeUndefined();
    const base = {
      INPUT_PLAN: 'p.json',
      PLUGIN_PLAN: 'p.json',
      'INPUT_DRY-RUN': 'true',
      PLUGIN_DRY_RUN: 'True',
    };
    for (const [text, value] of [
      ['TRUE', true],
      ['False', false],
    ] as const) {
      expect(readActionInputs({ ...base, 'INPUT_FAIL-ON-DRIFT': text }).config.gates.failOnDrift).toBe(value);
      expect(configFromPluginEnv({ ...base, PLUGIN_FAIL_ON_DRIFT: text }).config.gates.failOnDrift).toBe(
        value,
      );
    }
    expect(() => readActionInputs({ ...base, 'INPUT_FAIL-ON-DRIFT': 'yes' })).toThrow(UsageError);
    expect(() => configFromPluginEnv({ ...base, PLUGIN_FAIL_ON_DRIFT: 'yes' })).toThrow(UsageError);
  });

  it("cross-field rules are the schema's: every world raises the same code, in its own words", () => {
    const nothing = [
      () => reportConfigFromFlags({ 'dry-run': true }, {}),
      () => readActionInputs({ 'INPUT_DRY-RUN': 'true' }),
      () => configFromPluginEnv({ PLUGIN_DRY_RUN: 'true' }),
    ];
    const messages = nothing.map((read) => {
      try {
        read();
      } catch (error) {
        expect((error as UsageError).code).toBe('NOTHING_TO_REPORT');
        return (error as UsageError).message;
      }
      throw new Error('expected a UsageError');
    });
    expect(messages).toEqual([
      'nothing to report: set --plan, --drift or --terragrunt-dir',
      'nothing to report: set input "plan", input "drift" or input "terragrunt-dir"',
      'nothing to report: set settings.plan (PLUGIN_PLAN), settings.drift (PLUGIN_DRIFT) or settings.terragrunt_dir (PLUGIN_TERRAGRUNT_DIR)',
    ]);
  });
});

describe('agree with the table', () => {
  it('iacm-report --help lists exactly the CLI rows, each connection flag with its variables', () => {
    const listed = new Set([...reportUsage().matchAll(/--[a-z]+(?:-[a-z]+)*/g)].map((m) => m[0]));
    for (const flag of NOT_SETTINGS) listed.delete(flag);
    const rows = REPORT_ROWS.map((row) => `--${row.name}`);
    expect([...listed].sort()).toEqual([...rows].sort());
    // The parser accepts exactly those (and -q/--quiet).
    expect(Object.keys(REPORT_FLAG_OPTIONS).sort()).toEqual(REPORT_ROWS.map((row) => row.name).sort());
    for (const row of settingsOf('cli')) {
      for (const variable of row.env?.cli ?? []) {
        // A long flag puts its help on the next line (settings-usage.ts): read the two together.
        const lines = reportUsage().split('\n');
        const at = lines.findIndex((text) => text.includes(`--${row.name} `));
        expect(at, `--${row.name} in --help`).toBeGreaterThanOrEqual(0);
        const entry =
          lines[at]!.trim().startsWith('--') && lines[at]!.trim().split(/\s+/).length <= 2
            ? `${lines[at]} ${lines[at + 1] ?? ''}`
            : lines[at];
        expect(entry, `--${row.name} in --help`).toContain(variable);
      }
    }
  });

  it('action.yml declares exactly the Action rows, with their descriptions and defaults', async () => {
    const action = await readActionMetadata();
    const rows = settingsOf('action');
    expect(Object.keys(action.inputs)).toEqual(rows.map((row) => row.name));
    for (const row of rows) {
      const input = action.inputs[row.name];
      expect(input?.description?.replace(/\s+/g, ' ').trim(), row.name).toBe(row.description);
      expect(input?.default ?? '', row.name).toBe(row.default ?? '');
    }
  });

  it('action.yml and the docs/settings.md tables are what `npm run docs:settings` writes from the table', async () => {
    const docs = await expectedDocs();
    expect(docs.map((doc) => doc.file)).toEqual(['action.yml', 'docs/settings.md']);
    for (const doc of docs) expect(doc.current, `${doc.file}: run npm run docs:settings`).toBe(doc.expected);
    // The generated tables name every row of their world.
    const readme = docs[1]?.current ?? '';
    for (const row of REPORT_ROWS) expect(readme).toContain(`| \`--${row.name}`);
    for (const row of settingsOf('plugin')) expect(readme).toContain(`| \`${pluginKey(row)}\``);
  });

  it('a row added to the table makes the docs stale until they are regenerated', async () => {
    const extra: Setting = {
      name: 'brand-new',
      path: 'brandNew',
      kind: 'boolean',
      section: 'gates',
      description: 'A setting nobody documented yet.',
      help: 'not documented yet',
    };
    const readme = (await expectedDocs())[1]?.expected ?? '';
    const rows = [...REPORT_ROWS, extra];
    const regenerated = await applyRegions(
      readme,
      [{ start: '<!-- cli-flags:start -->', end: '<!-- cli-flags:end -->', content: renderCliTable(rows) }],
      `${ROOT}docs/settings.md`,
    );
    expect(regenerated).not.toBe(readme);
    expect(regenerated).toContain('`--brand-new`');
    const yaml = applyActionInputs('inputs:\n  x: {}\noutputs:\n', renderActionInputs([extra]));
    expect(load(yaml)).toEqual({
      inputs: {
        'brand-new': { description: extra.description, required: false, default: '' },
      },
      outputs: null,
    });
  });
});
