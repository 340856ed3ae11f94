/**
 * Renders a drift issue as GitHub shows it, to docs/pictures/drift-issue.png: a Terragrunt tree of
 * two real plans with drift (a unit whose resources were deleted outside, from the Terraform plan
 * test/fixtures/terragrunt/drift-and-outputs.json, and one changed outside, from OpenTofu's
 * refresh-only equivalence test), read by the reporter, the body built as the drift issue builds
 * it, the picture taken by scripts/render/job-summary.ts (headless Chromium).
 *
 *   npx tsx scripts/render/drift-issue.ts        (needs `chromium` on the PATH)
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportConfigSchema } from '../../src/config/schema.js';
import { renderDriftIssueBody } from '../../src/reporter/drift-issue-body.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { resourcesOf } from '../../src/run/drift-issues.js';
import { runReport } from '../../src/run/run-report.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = await mkdtemp(join(tmpdir(), 'drift-issue-'));
try {
  const units = { 'live/github': 'drift-and-outputs.json', 'live/app': 'refresh-only.json' };
  for (const [unit, plan] of Object.entries(units)) {
    await mkdir(join(work, unit), { recursive: true });
    await copyFile(join(ROOT, 'test/fixtures/terragrunt', plan), join(work, unit, 'tfplan.json'));
  }
  const config = reportConfigSchema.parse({
    terragruntDir: work,
    dryRun: true,
    connection: { workspace: 'network-prod' },
  });
  const { model, facts } = await runReport(config, { env: {}, cwd: work, log: () => undefined });
  const resources = (model.addressGroups ?? []).flatMap(resourcesOf).map((r, i) => ({
    ...r,
    since: i % 2 === 0 ? '2026-12-01' : '2026-12-06',
  }));
  const body = renderDriftIssueBody(
    {
      subject: 'network-prod',
      verdict: renderTextSummary(model, { facts }).split('\n')[0] ?? '',
      resources,
      total: resources.length,
      checkedAt: new Date('2026-12-07T03:00:00Z'),
      runLink: 'https://github.com/acme/infra/actions/runs/123',
    },
    65_000,
  );
  const markdown = join(work, 'issue.md');
  await writeFile(markdown, `# Drift: network-prod\n\n${body}\n`);
  execFileSync(
    'npx',
    [
      'tsx',
      join(ROOT, 'scripts/render/job-summary.ts'),
      markdown,
      join(ROOT, 'docs/pictures/drift-issue.png'),
      '900',
    ],
    {
      stdio: 'inherit',
    },
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
