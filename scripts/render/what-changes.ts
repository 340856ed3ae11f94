/**
 * Renders the picture of docs/what-changes.md (issue 24): a job summary with values shown
 * (docs/pictures/job-summary-values-shown.png). The summary is the tool's own: the CLI, in-process,
 * reads the real Terraform plans of test/fixtures/terraform (attribute roles, outputs) with
 * --show-values and the deny list the canary tests use, as a dry run from a folder outside git
 * (so no commit line), and scripts/render/job-summary.ts photographs it as GitHub shows it.
 *
 *   npx tsx scripts/render/what-changes.ts        (needs `chromium` on the PATH)
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASES = ['attribute-roles', 'outputs-only'];

async function render(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'render-what-changes-'));
  try {
    for (const name of CASES) {
      await mkdir(join(work, name));
      await copyFile(join(ROOT, 'test/fixtures/terraform', name, 'plan.json'), join(work, name, 'plan.json'));
    }
    const io: CliIo = { env: {}, cwd: work, stdout: () => undefined, stderr: () => undefined };
    const plans = CASES.flatMap((name) => ['--plan', `${name}/plan.json`]);
    const values = ['--show-values', '--hide-values-of', 'input.internal_*'];
    const code = await main([...plans, ...values, '--dry-run', '--quiet', '--markdown', 'summary.md'], io);
    if (code !== 0) throw new Error(`the CLI exited ${code}`);
    const png = join(ROOT, 'docs/pictures/job-summary-values-shown.png');
    execFileSync(
      'npx',
      ['tsx', join(ROOT, 'scripts/render/job-summary.ts'), join(work, 'summary.md'), png, '880'],
      {
        stdio: 'inherit',
      },
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await render();
