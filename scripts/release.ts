/**
 * The decisions of the release workflow (.github/workflows/release.yml), as functions a test can
 * hold to account rather than shell in YAML:
 *
 *   npx tsx scripts/release.ts check-tag v1.2.3   exit 1 unless the tag is `v` + package.json's version
 *   npx tsx scripts/release.ts notes 1.2.3        print that version's CHANGELOG.md section
 *   git tag --list 'v*' | npx tsx scripts/release.ts major-tag v1.2.3
 *                                                 print `v1` when the tag should move to this
 *                                                 release, nothing when it should not
 *
 * Errors are one line on stderr, exit 1.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface ReleaseTag {
  readonly tag: string;
  /** Without the `v`: `1.2.3`, `1.2.3-rc.1`. */
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** `rc.1` of `v1.2.3-rc.1`; empty for a release. */
  readonly prerelease: string;
}

// Semantic Versioning 2.0.0's grammar (no leading zeros; build metadata allowed and ignored).
const NUMBER = '(0|[1-9]\\d*)';
const IDENT = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const TAG = new RegExp(
  `^v${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);

/** `v1.2.3` -> its parts; undefined for anything that is not `v` + a semantic version. */
export function parseReleaseTag(tag: string): ReleaseTag | undefined {
  const match = TAG.exec(tag);
  if (!match) return undefined;
  return {
    tag,
    version: tag.slice(1),
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ?? '',
  };
}

function compareReleases(a: ReleaseTag, b: ReleaseTag): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * The major tag (`v1`) to point at `tag`, or undefined: never for a pre-release, and never
 * backwards: a fix to an older minor (v1.2.4 after v1.3.0) leaves `v1` on the newest release.
 */
export function majorTagFor(tag: string, existingTags: readonly string[]): string | undefined {
  const release = parseReleaseTag(tag);
  if (release === undefined || release.prerelease !== '') return undefined;
  const newer = existingTags
    .map(parseReleaseTag)
    .filter((t): t is ReleaseTag => t !== undefined && t.prerelease === '' && t.major === release.major)
    .some((t) => compareReleases(t, release) > 0);
  return newer ? undefined : `v${release.major}`;
}

/**
 * The body of `## [version]` (Keep a Changelog; `## version` and a ` - date` suffix too) up to
 * the next `## ` heading or the link references at the end. Throws when it is missing or empty:
 * a release without notes is a release nobody can read.
 */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^##\\s+\\[?v?${escaped}\\]?(?:\\s+-\\s+.*)?\\s*$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) {
    throw new Error(`CHANGELOG.md has no section for ${version}: add "## [${version}] - YYYY-MM-DD"`);
  }
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^##?\s/.test(line) || /^\[[^\]]+\]:\s/.test(line)) break;
    body.push(line);
  }
  const text = body.join('\n').trim();
  if (text === '') throw new Error(`CHANGELOG.md's section for ${version} is empty`);
  return `${text}\n`;
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8')) as { version: string };
  return pkg.version;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, argument = ''] = argv;
  switch (command) {
    case 'check-tag': {
      const version = await packageVersion();
      if (parseReleaseTag(argument) === undefined) {
        throw new Error(`${argument} is not a release tag (v<major>.<minor>.<patch>)`);
      }
      if (argument !== `v${version}`) {
        throw new Error(`tag ${argument} does not match package.json version ${version}: bump it first`);
      }
      return;
    }
    case 'notes':
      process.stdout.write(changelogSection(await readFile(`${ROOT}CHANGELOG.md`, 'utf8'), argument));
      return;
    case 'major-tag': {
      const major = majorTagFor(argument, (await readStdin()).split(/\s+/));
      if (major !== undefined) process.stdout.write(`${major}\n`);
      return;
    }
    default:
      throw new Error('usage: release.ts check-tag <tag> | notes <version> | major-tag <tag>');
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
