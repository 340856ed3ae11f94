/**
 * The names of the attributes an update or replacement changes, on real plans: OpenTofu's
 * equivalence scenarios hold each plan twice, as JSON and as the text `tofu plan` printed, and the
 * text marks every changed top-level attribute or block with `~`, `+` or `-`. The streaming
 * reader's names must be exactly those (the JSON.parse oracle agrees with it on every fixture: see
 * plan-stream-reader.test.ts), and no value may reach the summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { boundAttributeNames } from '../../src/plan/attribute-diff.js';
import {
  MAX_ATTRIBUTE_NAME,
  MAX_ATTRIBUTE_NAMES,
  type ChangedAttributes,
} from '../../src/model/plan-summary.js';
import { pathSteps } from '../../src/plan/attribute-paths.js';
import { PLAN_FIXTURES_DIR, loadFixtureDocument, summarizeDocument } from '../support/plan-oracle.js';

const SCENARIOS = path.join(PLAN_FIXTURES_DIR, 'opentofu/testing/equivalence-tests/outputs');

/** Scenario folders with both the JSON plan and the human plan text. */
const scenarios = fg
  .sync('*/plan.json', { cwd: SCENARIOS })
  .map((file) => path.dirname(file))
  .filter((dir) => existsSync(path.join(SCENARIOS, dir, 'plan')))
  .sort();

/**
 * From the plan text: for each resource "will be updated in-place" or "must be replaced", the
 * top-level names marked as changing (six spaces in, then `~`, `+` or `-`, then the name).
 */
function namesInPlanText(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const header =
      /^ {2}# (\S+) (?:will be updated in-place|must be replaced|is tainted, so must be replaced)$/.exec(
        line,
      );
    if (header) {
      current = [];
      out.set(header[1]!, current);
      continue;
    }
    // Another resource (not the "(moved from ...)" line under a header) or the end of the list.
    if ((/^ {2}# /.test(line) && !/^ {2}# \(/.test(line)) || /^Plan:/.test(line)) current = undefined;
    const attribute = /^ {6}[~+-] ([A-Za-z0-9_-]+)(?: |$)/.exec(line);
    if (current && attribute) current.push(attribute[1]!);
  }
  return out;
}

describe('changed attribute names on OpenTofu equivalence scenarios', () => {
  it('has scenarios with updates and replacements to check', () => {
    expect(scenarios.length).toBeGreaterThan(20);
  });

  let compared = 0;
  it.each(scenarios)('%s: the names the plan text marks as changing', async (dir) => {
    const file = path.join(SCENARIOS, dir, 'plan.json');
    const expected = namesInPlanText(readFileSync(path.join(SCENARIOS, dir, 'plan'), 'utf8'));
    const summary = await readPlanFile(file);
    // The plan text marks top-level names; the reader's paths in every role start with them.
    const firstSteps = (c: ChangedAttributes): string[] =>
      boundAttributeNames([...c.names, ...(c.unknown ?? [])].map((p) => String(pathSteps(p)[0] ?? p)))
        .names as string[];
    const got = new Map(
      [...(summary.changedAttributes ?? [])].map(([address, c]) => [address, firstSteps(c)]),
    );
    const want = new Map(
      [...expected].map(([address, names]) => [address, boundAttributeNames(names).names]),
    );
    expect(got).toEqual(new Map([...want].filter(([, names]) => names.length > 0)));
    // The JSON.parse reading agrees.
    expect(summarizeDocument(loadFixtureDocument(file)).changedAttributes).toEqual(summary.changedAttributes);
    compared += expected.size;
  });

  it('compared names for many updated and replaced resources', () => {
    expect(compared).toBeGreaterThan(25);
  });
});

describe('changed attribute names are names only', () => {
  it('never carry a value of the plan', async () => {
    for (const dir of scenarios) {
      const file = path.join(SCENARIOS, dir, 'plan.json');
      const text = readFileSync(file, 'utf8');
      const summary = await readPlanFile(file);
      for (const { names, unknown, values } of summary.changedAttributes?.values() ?? []) {
        expect(values).toBeUndefined();
        for (const path of [...names, ...(unknown ?? [])]) {
          // Every key step of a path is a key of `before`/`after`: in the JSON as `"name":`.
          for (const step of pathSteps(path))
            if (typeof step === 'string') expect(text, `${dir}: ${path}`).toContain(`"${step}":`);
        }
      }
    }
  });

  it('are sorted, at most MAX_ATTRIBUTE_NAMES, cut to MAX_ATTRIBUTE_NAME characters, with the exact total', () => {
    const many = Array.from({ length: 30 }, (_, i) => `attr_${String(i).padStart(2, '0')}`);
    const long = 'x'.repeat(200);
    const bounded = boundAttributeNames([...many.reverse(), long, 'attr_00']);
    expect(bounded.total).toBe(31);
    expect(bounded.names).toHaveLength(MAX_ATTRIBUTE_NAMES);
    expect(bounded.names[0]).toBe('attr_00');
    const cut = boundAttributeNames([long]).names[0]!;
    expect(cut).toHaveLength(MAX_ATTRIBUTE_NAME);
    expect(cut.endsWith('…')).toBe(true);
  });
});
