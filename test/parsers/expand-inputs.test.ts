import { spawnSync } from 'node:child_process';
import { isRoot, nobodyUnavailable, runModuleAsNobody } from '../support/unprivileged.js';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { expandInputs } from '../../src/inputs/expand-inputs.js';

let root: string;

async function file(relative: string): Promise<string> {
  const path = join(root, relative);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '{}');
  return path;
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'expand-inputs-'));
  await file('plans/a.json');
  await file('plans/.hidden.json');
  await file('plans/b.txt');
  await file('plans/line\nbreak/c.json');
  await file('plans/tab\there/deep\ner/d.json');
  await file('literal\nfolder/plan [1].json');
  await symlink(join(root, 'plans/a.json'), join(root, 'plans/linked.json'));
  await symlink(join(root, 'plans'), join(root, 'linked-plans'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('takes an existing path as it is, line breaks and glob characters included', async () => {
    expect(await expandInputs(['literal\nfolder/plan [1].json'], root, 'plan')).toEqual([
      'literal\nfolder/plan [1].json',
    ]);
    expect(await expandInputs(['plans/line\nbreak/c.json'], root, 'plan')).toEqual([
      'plans/line\nbreak/c.json',
    ]);
  });

  it('globs through folders whose names hold a line break or a tab (fast-glob ** skipped them)', async () => {
    expect(await expandInputs(['plans/**/*.json'], root, 'plan')).toEqual([
      'plans/.hidden.json',
      'plans/a.json',
      'plans/line\nbreak/c.json',
      'plans/tab\there/deep\ner/d.json',
    ]);
    expect(await expandInputs(['**/d.json'], root, 'plan')).toEqual(['plans/tab\there/deep\ner/d.json']);
  });

  it('keeps the leading folders as written, stays at the depth of a glob without **, and sorts', async () => {
    expect(await expandInputs(['./plans/*.json'], root, 'plan')).toEqual([
      './plans/.hidden.json',
      './plans/a.json',
    ]);
    expect(await expandInputs([`${root}/plans/*/c.json`], '/', 'plan')).toEqual([
      `${root}/plans/line\nbreak/c.json`,
    ]);
    expect(await expandInputs(['../plans/{a,b}.*'], join(root, 'plans'), 'plan')).toEqual([
      '../plans/a.json',
      '../plans/b.txt',
    ]);
    // Each file once, in the order the patterns name them.
    expect(await expandInputs(['plans/a.json', 'plans/*.json'], root, 'plan')).toEqual([
      'plans/a.json',
      'plans/.hidden.json',
    ]);
  });

  it('does not follow links in a glob (a linked plan is taken when named)', async () => {
    expect(await expandInputs(['linked-plans/*.json'], root, 'plan')).toEqual([
      'linked-plans/.hidden.json',
      'linked-plans/a.json',
    ]);
    expect(await expandInputs(['*/a.json'], root, 'plan')).toEqual(['plans/a.json']);
    expect(await expandInputs(['plans/linked.json'], root, 'plan')).toEqual(['plans/linked.json']);
  });

  it('a missing file, a glob matching nothing, a directory', async () => {
    let error = await inputError(expandInputs(['plans/nope.json'], root, 'plan'));
    expect([error.code, error.message]).toEqual([
      'INPUT_NOT_FOUND',
      'plans/nope.json: no such plan file (did the plan step fail? `terraform show -json <planfile>` writes it)',
    ]);
    error = await inputError(expandInputs(['nowhere/**/*.json'], root, 'drift'));
    expect([error.code, error.message]).toEqual([
      'INPUT_NOT_FOUND',
      'nowhere/**/*.json: the glob matches no drift file',
    ]);
    error = await inputError(expandInputs(['plans'], root, 'plan'));
    expect(error.code).toBe('INPUT_UNREADABLE');
    expect(error.message).toMatch(/is a directory/);
  });

  it('says why a path cannot be reached: a link loop, a file used as a folder', async () => {
    await symlink('loop', join(root, 'loop'));
    let error = await inputError(expandInputs(['loop/plan.json'], root, 'plan'));
    expect([error.code, error.message]).toEqual([
      'INPUT_UNREADABLE',
      'loop/plan.json: a symbolic link loop is on the path',
    ]);
    error = await inputError(expandInputs(['plans/a.json/plan.json'], root, 'plan'));
    expect([error.code, error.message]).toEqual([
      'INPUT_NOT_FOUND',
      'plans/a.json/plan.json: no such plan file: a part of the path before the last is a file, not a folder',
    ]);
  });

  const noMkfifo = spawnSync('mkfifo', ['--version']).status !== 0;
  const pipeTitle = 'lists a named pipe by its name (the reader refuses it, saying what it is)';
  it.skipIf(noMkfifo)(noMkfifo ? `${pipeTitle}: skipped, mkfifo is not installed` : pipeTitle, async () => {
    const fifo = join(root, 'plan.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await expandInputs([fifo], root, 'plan')).toEqual([fifo]);
  });

  // Root enters every folder, so as root the expansion runs in a child process as `nobody`.
  const asRoot = isRoot();
  const cannotDrop = nobodyUnavailable();
  const lockedTitle = 'a plan in a folder this user cannot enter: permission denied, not "no such file"';
  it.skipIf(cannotDrop !== undefined)(
    cannotDrop === undefined ? lockedTitle : `${lockedTitle}: skipped, ${cannotDrop}`,
    async () => {
      const dir = join(root, 'locked-case');
      await file('locked-case/open/ok.json');
      await file('locked-case/secret/plan.json');
      await chmod(root, 0o755);
      await chmod(dir, 0o755);
      await chmod(join(dir, 'secret'), 0o000);
      const expand = async (
        pattern: string,
      ): Promise<{ code?: string; message?: string; files?: string[] }> => {
        if (!asRoot) {
          try {
            return { files: await expandInputs([pattern], dir, 'plan') };
          } catch (error) {
            return { code: (error as InputError).code, message: (error as Error).message };
          }
        }
        const script = `
          import { expandInputs } from __MODULE__;
          try { console.log(JSON.stringify({ files: await expandInputs([process.argv[1]], process.argv[2], 'plan') })); }
          catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }`;
        const stdout = await runModuleAsNobody('src/inputs/expand-inputs.ts', script, [pattern, dir]);
        return JSON.parse(stdout) as { code?: string; message?: string; files?: string[] };
      };
      try {
        expect(await expand('secret/plan.json')).toEqual({
          code: 'INPUT_UNREADABLE',
          message:
            'secret/plan.json: permission denied: a folder on the path cannot be entered by this user (EACCES)',
        });
        // A glob that must search the folder fails naming it, rather than leaving its plans out.
        expect(await expand('**/*.json')).toEqual({
          code: 'INPUT_UNREADABLE',
          message: `**/*.json: cannot read folder ${join(dir, 'secret')}, which the glob must search (permission denied, EACCES)`,
        });
        // A glob that does not reach it is unaffected.
        expect(await expand('open/*.json')).toEqual({ files: ['open/ok.json'] });
      } finally {
        await chmod(join(dir, 'secret'), 0o755);
      }
    },
  );
});
