/**
 * Renders the job summaries of issue 22 as GitHub shows them, to PNG pictures under docs/:
 *   - a merge with a missing leg (docs/summary-merge-missing-leg.png);
 *   - a merge with a failed leg and destroys (docs/summary-merge-failed-leg.png).
 * The partial reports are real: written by the tool (in-process CLI) from the real Terraform plans
 * in test/fixtures/terraform, the failed leg by a leg whose plan file was never written. The
 * Markdown goes through markdown-it (html on, as GitHub allows <details> and <code>) with
 * markdown-it-github-alerts and github-markdown-css, and headless Chromium takes the picture.
 *
 *   npx tsx scripts/render/job-summaries.ts        (needs `chromium` on the PATH)
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import githubAlerts from 'markdown-it-github-alerts';
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

async function page(markdown: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- the plugin's types do not resolve here
  const md = new MarkdownIt({ html: true, linkify: false }).use(githubAlerts);
  const css = await readFile(
    join(ROOT, 'node_modules/github-markdown-css/github-markdown-light.css'),
    'utf8',
  );
  const alerts = await readFile(
    join(ROOT, 'node_modules/markdown-it-github-alerts/styles/github-colors-light.css'),
    'utf8',
  );
  const base = await readFile(
    join(ROOT, 'node_modules/markdown-it-github-alerts/styles/github-base.css'),
    'utf8',
  );
  return `<!doctype html><meta charset="utf-8"><style>${css}\n${alerts}\n${base}
body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; max-width: 880px; padding: 24px; }
</style><article class="markdown-body">${md.render(markdown)}</article>`;
}

function screenshot(html: string, png: string, height: number): void {
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--window-size=880,${height}`,
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  );
}

async function render(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'render-summaries-'));
  try {
    await leg(work, 'dev', 'add-and-change');
    await leg(work, 'qa', 'update-and-replace');
    await leg(work, 'prod', 'destroy-two-of-three');
    await leg(work, 'staging', undefined);
    const pictures = [
      { name: 'summary-merge-missing-leg', partials: ['partials/dev.json'], legs: 2, height: 620 },
      {
        name: 'summary-merge-failed-leg',
        partials: ['partials/qa.json', 'partials/prod.json', 'partials/staging.json'],
        legs: 3,
        height: 900,
      },
    ];
    for (const picture of pictures) {
      const markdown = await summary(work, picture.partials, picture.legs);
      const html = join(work, `${picture.name}.html`);
      await writeFile(html, await page(markdown));
      await writeFile(join(work, `${picture.name}.md`), markdown);
      screenshot(html, join(ROOT, 'docs', `${picture.name}.png`), picture.height);
      console.log(`wrote docs/${picture.name}.png`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await render();
