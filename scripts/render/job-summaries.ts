/**
 * Renders the job summaries of issue 22 as GitHub shows them, to PNG pictures under docs/:
 *   - a merge with a missing leg (docs/summary-merge-missing-leg.png);
 *   - a merge with a failed leg and destroys (docs/summary-merge-failed-leg.png).
 * The partial reports are real: written by the tool (in-process CLI) from the real Terraform plans
 * in test/fixtures/terraform, the failed leg by a leg whose plan file was never written. The
 * Markdown is rendered and photographed by scripts/render/job-summary.ts (headless Chromium).
 *
 *   npx tsx scripts/render/job-summaries.ts        (needs `chromium` on the PATH)
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { mergeConfigSchema } from '../../src/config/merge-schema.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { runMerge } from '../../src/run/run-merge.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASES = join(ROOT, 'test/fixtures/terraform');

/** One leg's partial report, written by the CLI as a CI leg would (exit code kept: 2 for a failed leg). */
async function leg(work: string, name: string, plan: string | undefined): Promise<void> {
  const file = join(work, name, 'plan.json');
  await mkdir(join(work, name), { recursive: true });
  if (plan !== undefined) await copyFile(join(CASES, plan, 'plan.json'), file);
  const io: CliIo = { env: {}, cwd: work, stdout: () => undefined, stderr: () => undefined };
  await main(['--plan', `${name}/plan.json`, '--save-partial', `partials/${name}.json`, '--leg', name], io);
}

async function summary(work: string, partials: string[], expectLegs: number): Promise<string> {
  const config = mergeConfigSchema.parse({ dryRun: true, merge: { partials, expectLegs } });
  const outcome = await runMerge(config, { env: {}, cwd: work, log: () => undefined });
  return renderMarkdownSummary(outcome.model, { facts: outcome.facts });
}

/** The picture, as scripts/render/job-summary.ts takes every job-summary picture. */
function screenshot(markdown: string, png: string): void {
  execFileSync('npx', ['tsx', join(ROOT, 'scripts/render/job-summary.ts'), markdown, png, '880'], {
    stdio: 'inherit',
  });
}

async function render(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'render-summaries-'));
  try {
    await leg(work, 'dev', 'add-and-change');
    await leg(work, 'qa', 'update-and-replace');
    await leg(work, 'prod', 'destroy-two-of-three');
    await leg(work, 'staging', undefined);
    const pictures = [
      { name: 'summary-merge-missing-leg', partials: ['partials/dev.json'], legs: 2 },
      {
        name: 'summary-merge-failed-leg',
        partials: ['partials/qa.json', 'partials/prod.json', 'partials/staging.json'],
        legs: 3,
      },
    ];
    for (const picture of pictures) {
      const markdown = await summary(work, picture.partials, picture.legs);
      const file = join(work, `${picture.name}.md`);
      await writeFile(file, markdown);
      screenshot(file, join(ROOT, 'docs', `${picture.name}.png`));
      console.log(`wrote docs/${picture.name}.png`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await render();
