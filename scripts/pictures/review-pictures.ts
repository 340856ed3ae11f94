/**
 * Renders the review's three views as a reader sees them, to HTML pages for a headless browser
 * (docs/pull-requests.md shows the PNGs):
 * - a GitHub pull request comment: GitHub Flavored Markdown (markdown-it with GitHub's alerts and
 *   raw HTML, as GitHub allows `<details>`), GitHub's own stylesheet (github-markdown-css);
 * - a GitLab merge request note: GitLab Flavored Markdown renders the same `> [!CAUTION]` alert
 *   syntax (GitLab 17.x docs, "Alerts") and `<details>`; drawn with GitLab's colours;
 * - a check run summary on GitHub's checks page (the same Markdown under the check's title);
 * - the 🛑 comment the Action leaves when no report could be built (the plan step failed, so
 *   there is no plan JSON): the reason is the Action's own wording of that error.
 * Run: npx tsx scripts/pictures/review-pictures.ts <out-dir>, then screenshot each page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import alerts from 'markdown-it-github-alerts';
import { reportConfigSchema } from '../../src/config/schema.js';
import { runReport } from '../../src/run/run-report.js';
import { checkConclusion, failureMarkdown, stickyBody } from '../../src/run/review.js';
import { describeError } from '../../src/errors.js';
import { SETTING_NAMES } from '../../src/config/settings.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import type { RunFacts } from '../../src/reporter/run-facts.js';
import { verdictOf } from '../../src/reporter/verdict.js';

const out = process.argv[2] ?? 'pictures';
const config = reportConfigSchema.parse({
  plans: ['test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/null_provider_delete/plan.json'],
  drifts: ['test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json'],
  dryRun: true,
});
const { model } = await runReport(config, { env: {}, cwd: process.cwd(), log: () => undefined });
const facts: RunFacts = {
  gates: [{ name: 'fail-on-destroy', reason: '1 resource would be destroyed (replacements included)' }],
  workspace: 'live-eu',
  commit: '3f2c9a1b7d4e5f6a7b8c9d0e1f2a3b4c5d6e7f80',
  runUrl: 'https://github.com/acme/infra/actions/runs/42',
  delivery: { kind: 'sent' },
};
// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- its types do not resolve under this module setting
const md = new MarkdownIt({ html: true, linkify: false }).use(alerts);
const css = await readFile('node_modules/github-markdown-css/github-markdown-light.css', 'utf8');
const alertCss = await readFile(
  'node_modules/markdown-it-github-alerts/styles/github-colors-light.css',
  'utf8',
).catch(() => '');
const alertBase = await readFile(
  'node_modules/markdown-it-github-alerts/styles/github-base.css',
  'utf8',
).catch(() => '');

function page(frame: string, style: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}\n${alertBase}\n${alertCss}\n${style}</style></head><body>${frame}</body></html>`;
}

const comment = stickyBody(model, 'Plan/terraform', facts, facts.commit);
/** A comment on a GitHub pull request, as GitHub draws it. */
function githubComment(markdown: string, edited = false): string {
  return page(
    `<div class="box"><div class="head"><b>github-actions</b> <span class="bot">bot</span> commented now${edited ? ' (edited)' : ''}</div><article class="markdown-body">${md.render(markdown)}</article></div>`,
    `body{background:#fff;padding:16px;width:880px;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif}
   .box{border:1px solid #d0d7de;border-radius:6px}.head{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:8px 16px;font-size:14px;color:#57606a}
   .bot{border:1px solid #d0d7de;border-radius:2em;padding:0 6px;font-size:12px}.markdown-body{padding:16px}`,
  );
}
const github = githubComment(comment);
const gitlab = page(
  `<div class="note"><div class="head"><b>IaCM bot</b> <span>@iacm-bot · just now</span></div><div class="md">${md.render(comment)}</div></div>`,
  `body{background:#fff;padding:16px;width:880px;font-family:"GitLab Sans",-apple-system,Segoe UI,Roboto,sans-serif;color:#333238}
   .note{border:1px solid #dcdcde;border-radius:4px}.head{padding:8px 16px;font-size:14px;border-bottom:1px solid #ececef}.head span{color:#737278}
   .md{padding:12px 16px;font-size:14px;line-height:20px}.md h3{font-size:1.25em;font-weight:600;margin:16px 0 8px}
   .md table{border-collapse:collapse}.md th,.md td{border:1px solid #dcdcde;padding:6px 12px}.md th{background:#fbfafd}
   .md code{background:#ececef;border-radius:4px;padding:2px 4px;font-size:90%}.md a{color:#1f75cb}
   .md .markdown-alert{border-left:4px solid;padding:8px 16px;margin:0 0 16px;border-radius:0 4px 4px 0}
   .md .markdown-alert-caution{border-color:#dd2b0e;background:#fcf1ef}.md .markdown-alert-warning{border-color:#ab6100;background:#fdf1dd}
   .md .markdown-alert-note{border-color:#1f75cb;background:#e9f3fc}.md .markdown-alert-title{font-weight:600}
   .md details{margin:8px 0}.md summary{cursor:pointer;font-weight:600}`,
);
const summary = renderMarkdownSummary(model, { budget: { maxChars: 65_535 }, facts });
const title = verdictOf(model, facts)
  .parts.map((p) => p.text)
  .join(' · ');
const icon = { failure: '❌', neutral: '◻️', success: '✅' }[checkConclusion(model, facts)];
const check = page(
  `<div class="box"><div class="head">${icon} <b>iacm-reporter / live-eu</b> <span>${checkConclusion(model, facts)}</span></div><h2 class="t">${md.renderInline(title)}</h2><article class="markdown-body">${md.render(summary)}</article></div>`,
  `body{background:#fff;padding:16px;width:880px;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif}
   .box{border:1px solid #d0d7de;border-radius:6px}.head{background:#f6f8fa;padding:12px 16px;border-bottom:1px solid #d0d7de}.head span{color:#57606a;margin-left:8px}
   .t{padding:0 16px;font-size:20px}.markdown-body{padding:0 16px 16px}`,
);
// The common failure: `terraform plan` failed, so the step that writes plan.json never ran.
const reason = await runReport(reportConfigSchema.parse({ plans: ['plan.json'], dryRun: true }), {
  env: {},
  cwd: process.cwd(),
  log: () => undefined,
}).then(
  () => 'unexpected: a report was built',
  (error: unknown) => describeError(error, SETTING_NAMES.action).split('\n')[0] ?? '',
);
const failureEnv = {
  GITHUB_SHA: facts.commit ?? '',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/infra',
  GITHUB_RUN_ID: '42',
};
const failure = githubComment(failureMarkdown(reason, failureEnv, []), true);
await mkdir(out, { recursive: true });
await writeFile(join(out, 'github-failure-comment.html'), failure);
await writeFile(join(out, 'github-comment.html'), github);
await writeFile(join(out, 'gitlab-note.html'), gitlab);
await writeFile(join(out, 'check-run.html'), check);
await writeFile(join(out, 'comment.md'), comment);
