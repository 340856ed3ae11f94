/**
 * OpenTofu's equivalence scenarios hold, for one run, the human plan text (`plan`) and the
 * `show -json` of the same plan (`plan.json`). What the tool printed for people is the expected
 * answer: the `Plan: N to add, M to change, K to destroy.` line (with `to import` / `to forget`
 * when there are any), and the `# <address> will be created` / `has changed` ... lines.
 */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { planFixture } from '../support/plan-oracle.js';

const SCENARIOS_DIR = planFixture('opentofu/testing/equivalence-tests/outputs');

const SCENARIOS = readdirSync(SCENARIOS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter(
    (name) =>
      existsSync(path.join(SCENARIOS_DIR, name, 'plan')) &&
      existsSync(path.join(SCENARIOS_DIR, name, 'plan.json')),
  )
  .sort();

interface TextPlan {
  /** From the `Plan:` line; all zero when the text says there is nothing to do. */
  add: number;
  change: number;
  destroy: number;
  import: number;
  forget: number;
  refreshOnly: boolean;
  /** Addresses by what the `# <address> ...` lines say will happen. */
  created: string[];
  replaced: string[];
  updated: string[];
  destroyed: string[];
  drifted: string[];
}

const RESOURCE_LINE =
  /^\s*# (.+?) (will be created|must be replaced|will be updated in-place|will be destroyed|has changed|has been deleted|will be read during apply|has moved to .+)$/;

function parseTextPlan(text: string): TextPlan {
  const plan: TextPlan = {
    add: 0,
    change: 0,
    destroy: 0,
    import: 0,
    forget: 0,
    refreshOnly: text.includes('This is a refresh-only plan'),
    created: [],
    replaced: [],
    updated: [],
    destroyed: [],
    drifted: [],
  };
  const summary = /^Plan: (.+)\.$/m.exec(text);
  if (summary?.[1]) {
    for (const part of summary[1].split(', ')) {
      const match = /^(\d+) to (add|change|destroy|import|forget)$/.exec(part);
      if (!match?.[1] || !match[2]) throw new Error(`unrecognised Plan: part "${part}"`);
      plan[match[2] as 'add' | 'change' | 'destroy' | 'import' | 'forget'] = Number(match[1]);
    }
  } else if (
    !plan.refreshOnly &&
    !text.includes('No changes.') &&
    !text.includes('without changing any real infrastructure')
  ) {
    throw new Error('the plan text has no Plan: line and does not say there is nothing to do');
  }
  for (const line of text.split('\n')) {
    const match = RESOURCE_LINE.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const [address, what] = [match[1], match[2]];
    if (what === 'will be created') plan.created.push(address);
    else if (what === 'must be replaced') plan.replaced.push(address);
    else if (what === 'will be updated in-place') plan.updated.push(address);
    else if (what === 'will be destroyed') plan.destroyed.push(address);
    else if (what === 'has changed' || what === 'has been deleted') plan.drifted.push(address);
  }
  return plan;
}

describe('OpenTofu equivalence scenarios', () => {
  it('are all here', () => {
    expect(SCENARIOS.length).toBe(49);
  });

  describe.each(SCENARIOS)('%s', (name) => {
    const text = readFileSync(path.join(SCENARIOS_DIR, name, 'plan'), 'utf8');
    const expected = parseTextPlan(text);

    it('counts what the plan text says', async () => {
      const summary = await readPlanFile(path.join(SCENARIOS_DIR, name, 'plan.json'));
      expect({
        add: summary.resourceCounts.added,
        change: summary.resourceCounts.changed,
        destroy: summary.resourceCounts.deleted,
        import: summary.resourceCounts.imported,
        forget: summary.resourceCounts.removed,
      }).toEqual({
        add: expected.add,
        change: expected.change,
        destroy: expected.destroy,
        import: expected.import,
        forget: expected.forget,
      });
      expect(summary.isDriftCheck).toBe(expected.refreshOnly);
    });

    it('lists the addresses the plan text names', async () => {
      const summary = await readPlanFile(path.join(SCENARIOS_DIR, name, 'plan.json'));
      const sorted = (list: readonly string[]): string[] => [...list].sort();
      expect(sorted(summary.addresses.created.items)).toEqual(sorted(expected.created));
      expect(sorted(summary.addresses.replaced.items)).toEqual(sorted(expected.replaced));
      expect(sorted(summary.addresses.updated.items)).toEqual(sorted(expected.updated));
      expect(sorted(summary.addresses.deleted.items)).toEqual(sorted(expected.destroyed));
      // A normal plan's text shows only the drift relevant to its changes (relevant_attributes);
      // `resource_drift`, which we count, has all of it. A refresh-only plan's text shows it all.
      if (expected.refreshOnly) {
        expect(sorted(summary.addresses.drifted.items)).toEqual(sorted(expected.drifted));
      } else {
        for (const address of expected.drifted) expect(summary.addresses.drifted.items).toContain(address);
      }
    });
  });
});
