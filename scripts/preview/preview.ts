/**
 * Shows a summary as GitHub shows it: the Markdown job summary / PR comment rendered with GitHub's
 * own CSS (github-markdown-css) and alerts (markdown-it-github-alerts) into preview/summary.html,
 * and optionally a picture of it taken by a headless Chromium.
 *
 *   npm run preview -- --plan plan.json --drift drift.json --infracost costs.json --fail-on-destroy
 *   npm run preview -- --markdown summary.md --screenshot docs/summary-preview.png --width 900 --height 600
 *
 * Any report flag of the CLI is accepted; the run is always a dry run (nothing is sent, no
 * credentials needed). `--out <file>` writes the page elsewhere (default preview/summary.html).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import MarkdownIt from 'markdown-it';
import githubAlerts from 'markdown-it-github-alerts';
import { REPORT_FLAG_OPTIONS, reportConfigFromFlags } from '../../src/config/from-cli-flags.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { runReport } from '../../src/run/run-report.js';

// GitHub renders the HTML the summaries use (<details>, <code>); the summaries escape what they quote.
const require = createRequire(import.meta.url);
const OWN_OPTIONS = {
  markdown: { type: 'string' },
  screenshot: { type: 'string' },
  width: { type: 'string', default: '1000' },
  height: { type: 'string', default: '800' },
  out: { type: 'string', default: 'preview/summary.html' },
  browser: { type: 'string' },
} as const;

/** The Markdown to show: a file as given, or the summary of a dry run over the report flags. */
async function markdownOf(flags: Record<string, unknown>, file: string | undefined): Promise<string> {
  if (file !== undefined) return readFileSync(file, 'utf8');
  const config = reportConfigFromFlags({ ...flags, 'dry-run': true }, process.env);
  const outcome = await runReport(config, {
    env: process.env,
    cwd: process.cwd(),
    log: (line) => console.error(line),
  });
  return renderMarkdownSummary(outcome.model, { facts: outcome.facts });
}

function css(specifier: string): string {
  return readFileSync(require.resolve(specifier), 'utf8');
}

function page(markdown: string): string {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- tsc reads the plugin's .d.mts, the linter's project service does not
  const html = new MarkdownIt({ html: true, linkify: true }).use(githubAlerts).render(markdown);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>iacm-reporter summary preview</title>
<style>
${css('github-markdown-css/github-markdown-light.css')}
${css('markdown-it-github-alerts/styles/github-colors-light.css')}
${css('markdown-it-github-alerts/styles/github-base.css')}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 32px; }
</style>
</head>
<body><article class="markdown-body">
${html}
</article></body>
</html>
`;
}

function screenshot(htmlFile: string, png: string, width: string, height: string, browser: string): void {
  mkdirSync(dirname(resolve(png)), { recursive: true });
  execFileSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--window-size=${width},${height}`,
      `--screenshot=${resolve(png)}`,
      `file://${resolve(htmlFile)}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { ...REPORT_FLAG_OPTIONS, ...OWN_OPTIONS }, strict: true });
  const { markdown: markdownFile, screenshot: png, width, height, out, browser, ...flags } = values;
  const markdown = await markdownOf(flags, markdownFile);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, page(markdown));
  console.log(`wrote ${out}`);
  if (png !== undefined) {
    screenshot(out, png, width, height, browser ?? 'chromium');
    console.log(`wrote ${png}`);
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`preview: error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
