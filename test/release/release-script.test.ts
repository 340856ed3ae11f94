/**
 * scripts/release.ts: what the release workflow publishes as notes, which tags it accepts, and
 * when it moves the major tag. Run on the repository's own CHANGELOG.md and package.json, and as
 * the workflow runs it (a process through tsx).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { changelogSection, majorTagFor, parseReleaseTag } from '../../scripts/release.js';
import { ROOT } from '../support/bundles.js';

const exec = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/release.ts');
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const changelog = await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8');

async function script(args: string[], input?: string) {
  const child = exec(TSX, [SCRIPT, ...args], { cwd: ROOT });
  if (input !== undefined) child.child.stdin?.end(input);
  else child.child.stdin?.end();
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const SAMPLE = `# Changelog

## [Unreleased]

- Nothing yet.

## [1.3.0] - 2027-02-01

### Added

- \`--budget\` flag.

### Fixed

- A drift count.

## 1.2.0 - 2027-01-01

### Removed

- The \`plan-file\` input (breaking).

[Unreleased]: https://example.invalid/compare/v1.3.0...HEAD
[1.3.0]: https://example.invalid/compare/v1.2.0...v1.3.0
`;

describe('changelogSection', () => {
  it('takes one version, subsections included, up to the next version', () => {
    expect(changelogSection(SAMPLE, '1.3.0')).toBe(
      '### Added\n\n- `--budget` flag.\n\n### Fixed\n\n- A drift count.\n',
    );
  });

  it('stops at the link references at the end, and reads an unbracketed heading', () => {
    expect(changelogSection(SAMPLE, '1.2.0')).toBe('### Removed\n\n- The `plan-file` input (breaking).\n');
  });

  it('does not take 1.3.0 for 1.3.01 or 1x3x0, and refuses a missing or empty section', () => {
    expect(() => changelogSection(SAMPLE, '1.3.01')).toThrow(/no section for 1\.3\.01/);
    expect(() => changelogSection(SAMPLE.replace('1.3.0]', '1x3x0]'), '1.3.0')).toThrow(/no section/);
    expect(() => changelogSection('## [2.0.0]\n\n## [1.0.0]\n- a\n', '2.0.0')).toThrow(/is empty/);
  });

  it('reads Windows line ends', () => {
    expect(changelogSection(SAMPLE.replace(/\n/g, '\r\n'), '1.2.0')).toContain('plan-file');
  });

  it("has a non-empty section for this package's version in the repository's CHANGELOG.md", () => {
    const notes = changelogSection(changelog, pkg.version);
    expect(notes).toMatch(/^### Added$/m);
    expect(notes).toContain('iacm-report');
  });
});

describe('parseReleaseTag', () => {
  it('reads v + a semantic version', () => {
    expect(parseReleaseTag('v1.2.3')).toMatchObject({ version: '1.2.3', major: 1, prerelease: '' });
    expect(parseReleaseTag('v2.0.0-rc.1')).toMatchObject({ major: 2, prerelease: 'rc.1' });
    expect(parseReleaseTag('v0.10.0+build.5')).toMatchObject({ major: 0, minor: 10, prerelease: '' });
  });

  it.each(['1.2.3', 'v1.2', 'v1', 'v01.2.3', 'v1.2.3.4', 'v1.2.3-', 'release-1.2.3', 'v1.2.3 '])(
    'refuses %j',
    (tag) => {
      expect(parseReleaseTag(tag)).toBeUndefined();
    },
  );
});

describe('majorTagFor', () => {
  it('moves v1 to the newest v1 release', () => {
    expect(majorTagFor('v1.3.0', ['v1.0.0', 'v1.2.9', 'v0.9.0', 'v2.0.0'])).toBe('v1');
    expect(majorTagFor('v2.0.0', [])).toBe('v2');
  });

  it('never moves it backwards, to a fix of an older minor', () => {
    expect(majorTagFor('v1.2.4', ['v1.2.3', 'v1.3.0'])).toBeUndefined();
    // 1.10 is newer than 1.9: numbers, not text.
    expect(majorTagFor('v1.9.0', ['v1.10.0'])).toBeUndefined();
    expect(majorTagFor('v1.10.0', ['v1.9.0'])).toBe('v1');
  });

  it('never moves it to a pre-release, nor because of one', () => {
    expect(majorTagFor('v2.0.0-rc.1', [])).toBeUndefined();
    expect(majorTagFor('v1.3.0', ['v1.4.0-beta.1'])).toBe('v1');
  });
});

describe('scripts/release.ts as the workflow runs it', () => {
  it("check-tag accepts v + package.json's version and refuses another", async () => {
    expect(await script(['check-tag', `v${pkg.version}`])).toMatchObject({ code: 0, stderr: '' });
    const wrong = await script(['check-tag', 'v99.0.0']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      `release: tag v99.0.0 does not match package.json version ${pkg.version}: bump it first\n`,
    );
    expect((await script(['check-tag', 'latest'])).stderr).toMatch(/^release: latest is not a release tag/);
  });

  it("notes prints the version's section; a missing one fails with one line", async () => {
    const notes = await script(['notes', pkg.version]);
    expect(notes.code).toBe(0);
    expect(notes.stdout).toBe(changelogSection(changelog, pkg.version));
    const missing = await script(['notes', '99.0.0']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('major-tag reads the existing tags (git tag --list) on stdin', async () => {
    expect((await script(['major-tag', 'v1.3.0'], 'v1.0.0\nv1.2.0\n')).stdout).toBe('v1\n');
    expect((await script(['major-tag', 'v1.2.1'], 'v1.0.0\nv1.3.0\n')).stdout).toBe('');
  });
});
