/**
 * Names from plans are data, never markup or terminal control. A real plan whose addresses were
 * rewritten to carry backticks, pipes, `<script>`, `</details>`, newlines, @-mentions and ANSI
 * colour sequences, and a Terragrunt tree whose folder names do the same (one forging log lines
 * and workflow commands, one a broken link the run warns about), go through the Action bundle
 * (job summary, PR comment, log) and the CLI bundle (its stderr summary): every name must come
 * out escaped (Markdown) or stripped (plain text), with no escape byte, no raw HTML of ours to
 * close, no table cell broken and no line forged.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/reporter/markdown-escape.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { BASE_PLAN } from './support/bad-inputs.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  ROOT,
  runActionBundle,
  runCli,
  STACK_TRACE,
} from './support/entries.js';

const ESC = '\u001b';
/** An escape byte, 7-bit or 8-bit CSI: none may reach a log or a summary. */
// eslint-disable-next-line no-control-regex -- finding escape bytes is the point
const ESCAPE_BYTE = /[\u001b\u009b]/;
const TOKEN = 'ghs_escaping_token';

/** Replacements for the base plan's addresses: each a way to break out of where a name goes. */
const HOSTILE: Record<string, string> = {
  'null_resource.bar': 'null_resource.bar["`rm -rf /` in code"]',
  'null_resource.foo': 'null_resource.foo["a | b | c"]',
  'module.foo.null_resource.aliased': 'module.foo.null_resource.aliased["<script>alert(1)</script>"]',
  'null_resource.baz[0]': 'null_resource.baz["line one\nline two"]',
  'null_resource.baz[1]': `null_resource.baz["${ESC}[31mred${ESC}[0m"]`,
  'null_resource.baz[2]': 'null_resource.baz["</summary></details><img src=x onerror=alert(1)>"]',
  'module.foo.null_resource.foo': 'module.foo.null_resource.foo["@acme/secops [x](https://evil.example)"]',
};
const HOSTILE_ADDRESSES = Object.values(HOSTILE);

/**
 * Unit folders: colours and a pipe; one that clears the line and moves the cursor to forge a
 * summary line and a workflow command. (A line break in a folder name is its own defect: see the
 * last test.)
 */
const UNIT_COLOURED = `live/${ESC}[31mqueue|<b>${ESC}[0m`;
const UNIT_FORGING = `live/db${ESC}[2K${ESC}[1GIaCM report: forged ::add-mask::pwned`;
/**
 * A broken link, its name clearing the screen and issuing a command: a unit whose plan cannot be
 * read fails the run (exit 2), with the name plain in the one error line.
 */
const BROKEN_LINK = `broken${ESC}[2J::error::forged`;

let work: string;
let plan: string;
let tree: string;
let github: GitHubApiServer;

beforeAll(async () => {
  await ensureBundles(['cli', 'action']);
  work = await mkdtemp(join(tmpdir(), 'iacm-escaping-'));
  const doc = JSON.parse(await readFile(join(ROOT, BASE_PLAN), 'utf8')) as {
    resource_changes: { address: string }[];
  };
  for (const change of doc.resource_changes) change.address = HOSTILE[change.address] ?? change.address;
  expect(doc.resource_changes.map((c) => c.address).sort()).toEqual([...HOSTILE_ADDRESSES].sort());
  plan = join(work, 'hostile-addresses.json');
  await writeFile(plan, JSON.stringify(doc));

  tree = join(work, 'tree');
  for (const unit of [UNIT_COLOURED, UNIT_FORGING]) {
    await mkdir(join(tree, unit), { recursive: true });
    await writeFile(join(tree, unit, 'tfplan.json'), JSON.stringify(doc));
  }
  await mkdir(join(work, 'broken-tree', BROKEN_LINK), { recursive: true });
  await symlink(join(work, 'nowhere.json'), join(work, 'broken-tree', BROKEN_LINK, 'tfplan.json'));
  github = await startGitHubApiServer({ token: TOKEN });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await (github as GitHubApiServer | undefined)?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** Markdown a name cannot break out of. */
function expectSafeMarkdown(markdown: string, what: string): void {
  expect(markdown, `${what}: some content`).toContain('Harness IaCM');
  expect(markdown, `${what}: no escape byte`).not.toMatch(ESCAPE_BYTE);
  for (const tag of ['<script', '<img', '<b>', '</summary></details><img']) {
    expect(markdown.toLowerCase(), `${what}: no raw ${tag}`).not.toContain(tag);
  }
  // Our own <details> blocks stay balanced: no name closed one early.
  expect(markdown.match(/<\/details>/g)?.length, `${what}: details balanced`).toBe(
    markdown.match(/<details( open)?>/g)?.length,
  );
  expect(markdown.match(/<\/summary>/g)?.length, `${what}: summary balanced`).toBe(
    markdown.match(/<summary>/g)?.length,
  );
  // Every address, whole, on one line, exactly as the escaper renders it (the escaper itself is
  // unit-tested against each attack in test/reporter/markdown-escape.test.ts).
  for (const address of HOSTILE_ADDRESSES) {
    expect(markdown, `${what}: ${JSON.stringify(address)}`).toContain(escapeMarkdown(address));
  }
  expect(markdown, `${what}: a mention pings nobody`).not.toMatch(/(^|[^;&#\w])@acme/);
  for (const line of markdown.split('\n')) {
    expect(line.startsWith('line two'), `${what}: a newline in a name starts no line`).toBe(false);
  }
  // A table row keeps its columns: a pipe in a name is an entity, not a cell border.
  const tables = markdown.split('\n\n').filter((block) => block.startsWith('|'));
  for (const table of tables) {
    const cells = table.split('\n').map((row) => row.split('|').length);
    expect(new Set(cells).size, `${what}: every row of a table has its header's columns`).toBe(1);
  }
}

describe('the Action bundle', () => {
  it('escapes hostile addresses and unit names in the job summary, the PR comment and the log', async () => {
    const run = await runActionBundle({
      inputs: { plan, 'terragrunt-dir': tree, 'dry-run': 'true', comment: 'always', 'github-token': TOKEN },
      eventName: 'pull_request',
      event: { number: 7, pull_request: { number: 7 } },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stdout).toBe(0);
    expectSafeMarkdown(run.summary, 'job summary');
    expect(github.comments).toHaveLength(1);
    expectSafeMarkdown(github.comments[0]?.body ?? '', 'PR comment');

    // The log: no escape byte, and every workflow command is one of ours.
    expect(run.stdout).not.toMatch(ESCAPE_BYTE);
    for (const line of run.stdout.split('\n').filter((l) => l.startsWith('::'))) {
      expect(line, 'a workflow command the Action issued').toMatch(
        /^::(add-mask::ghs_escaping_token$|warning::|debug::|notice::)/,
      );
    }
    await rm(run.runnerTemp, { recursive: true, force: true });
  });
});

describe('the CLI bundle', () => {
  it('shows escape bytes inert and joins lines in the stderr summary', async () => {
    const run = await runCli(['--plan', plan, '--terragrunt-dir', tree, '--dry-run']);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr, 'no escape byte').not.toMatch(ESCAPE_BYTE);
    const lines = run.stderr.split('\n');
    // One summary: the forged heading in a folder name did not become a line of its own.
    expect(lines.filter((l) => l.startsWith('IaCM report:'))).toHaveLength(0);
    expect(lines.filter((l) => l.startsWith('Report: '))).toHaveLength(1);
    expect(
      lines.filter((l) => l.startsWith('::')),
      'no line starts a workflow command',
    ).toEqual([]);
    // The names are there, as plain text on one line.
    expect(run.stderr).toContain('queue|<b>');
    // The escape bytes shown as <U+001B> (inert), never obeyed nor silently dropped.
    expect(run.stderr).toContain('live/db<U+001B>[2K<U+001B>[1GIaCM report: forged ::add-mask::pwned');
    expect(run.stderr).toMatch(/Units: 2\n/);
  });

  it('names a unit whose plan is a broken link in one plain error line', async () => {
    const run = await runCli(['--terragrunt-dir', join(work, 'broken-tree'), '--dry-run']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr, 'no escape byte').not.toMatch(ESCAPE_BYTE);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^iacm-report: error: .*Terragrunt unit broken<U\+001B>\[2J::error::forged: is a broken symbolic link/,
    );
  });
});

describe('a Terragrunt unit folder whose name holds a line break', () => {
  it('is read and counted, not skipped (a unit left out would hide its changes from the report and the gates)', async () => {
    const lineBreakTree = join(work, 'tree-line-break');
    for (const unit of ['live/app', 'live/db\nreplica']) {
      await mkdir(join(lineBreakTree, unit), { recursive: true });
      await writeFile(join(lineBreakTree, unit, 'tfplan.json'), await readFile(plan));
    }
    const run = await runCli(['--terragrunt-dir', lineBreakTree, '--dry-run']);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    // Either both units are in the report, or the run refuses the tree: never one silently gone.
    if (run.code === 0) {
      const event = JSON.parse(run.stdout) as { metadata?: { stacks?: unknown[] } };
      expect(event.metadata?.stacks, run.stderr).toHaveLength(2);
    } else {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/line break|newline/);
    }
  });
});
