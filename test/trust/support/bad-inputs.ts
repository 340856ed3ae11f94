/**
 * The table behind test/trust/bad-input.test.ts: every bad or hostile input, how it is given to
 * the reporter, and what must come of it. Files come from test/fixtures/bad (see its README.md)
 * or are made in a temporary folder by `prepare` (truncations, a zip, links, unreadable files and
 * folders).
 */
import { chmod, copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './entries.js';
import { zipArchive } from './zip.js';

export const BASE_PLAN = 'test/fixtures/plans/terraform-json/testdata/110_basic/plan.json';
/** A second real plan, for the cases where a good plan goes along with a bad other input. */
export const OTHER_PLAN = 'test/fixtures/plans/tf-summarize/example/tfplan.json';
const BAD = 'test/fixtures/bad';

export type InputFlag = 'plan' | 'infracost' | 'terragrunt-dir';

/** Where the problem is, when the message should say: a byte range, as the reader may point at the token. */
export interface OffsetRange {
  readonly min: number;
  readonly max: number;
}

export type Outcome =
  /** Exit 2 with one line naming the input and matching `hint`. */
  | { readonly kind: 'rejected'; readonly hint: RegExp; readonly offset?: OffsetRange }
  /** A valid plan with hostile content: read, with the base plan's resource counts. */
  | { readonly kind: 'accepted' }
  /** Either is right (reading it, or refusing it clearly); crashing, hanging or guessing is not. */
  | { readonly kind: 'either'; readonly hint: RegExp };

export type Leg = 'cli-dry-run' | 'cli-send' | 'action';
export const ALL_LEGS: readonly Leg[] = ['cli-dry-run', 'cli-send', 'action'];

export interface BadInput {
  /** Kebab-case; also the IaCM workspace its sends go to, so the server's requests tell cases apart. */
  readonly id: string;
  readonly flag: InputFlag;
  /** The value as the user writes it: relative to the repository root, or absolute for made files. */
  readonly value: string | ((dir: string) => Promise<string>);
  /** A good plan given next to a bad non-plan input (`--infracost`). */
  readonly withPlan?: string;
  readonly outcome: Outcome;
  readonly legs?: readonly Leg[];
  /** Must be read by someone other than root (chmod does not stop root). */
  readonly asNobody?: boolean;
}

async function baseBytes(): Promise<Buffer> {
  return readFile(join(ROOT, BASE_PLAN));
}

/** The base plan cut after `at` bytes. */
function truncated(at: number | 'before-last-brace'): (dir: string) => Promise<string> {
  return async (dir) => {
    const bytes = await baseBytes();
    const cut = at === 'before-last-brace' ? bytes.lastIndexOf('}') : at;
    const file = join(dir, `truncated-at-${cut}.json`);
    await writeFile(file, bytes.subarray(0, cut));
    return file;
  };
}

/** Where `truncated` cuts, for the expected offset. */
async function cutOf(at: number | 'before-last-brace'): Promise<number> {
  return at === 'before-last-brace' ? (await baseBytes()).lastIndexOf('}') : at;
}

async function binaryPlan(dir: string): Promise<string> {
  const state = await readFile(
    join(ROOT, 'test/fixtures/plans/terraform-json/testdata/110_sensitive_values/terraform.tfstate'),
  );
  const file = join(dir, 'tfplan');
  await writeFile(
    file,
    zipArchive([
      // The plan proper is protobuf; any non-JSON bytes stand for it.
      { name: 'tfplan', data: Buffer.from([0x0a, 0x05, 0x31, 0x2e, 0x31, 0x2e, 0x30, 0x12, 0x00, 0xff]) },
      { name: 'tfstate', data: state },
      { name: 'tfstate-prev', data: state },
      { name: 'tfconfig/m-/main.tf', data: Buffer.from('resource "null_resource" "foo" {}\n') },
    ]),
  );
  return file;
}

async function unreadable(dir: string): Promise<string> {
  const file = join(dir, 'unreadable.json');
  await copyFile(join(ROOT, BASE_PLAN), file);
  await chmod(file, 0o000);
  return file;
}

/** A plan inside a folder `nobody` cannot enter (root's, mode 700): there, but out of reach. */
async function planInLockedFolder(dir: string): Promise<string> {
  const folder = join(dir, 'locked');
  await mkdir(folder, { recursive: true });
  await copyFile(join(ROOT, BASE_PLAN), join(folder, 'plan.json'));
  await chmod(folder, 0o700);
  return join(folder, 'plan.json');
}

/** A `**` glob over a good plan and a folder `nobody` cannot enter, which holds another. */
async function globThroughLockedFolder(dir: string): Promise<string> {
  const root = join(dir, 'globbed');
  for (const folder of ['open', 'locked']) {
    await mkdir(join(root, folder), { recursive: true });
    await copyFile(join(ROOT, BASE_PLAN), join(root, folder, 'plan.json'));
  }
  await chmod(join(root, 'locked'), 0o700);
  return `${root}/**/*.json`;
}

/** A --terragrunt-dir that is a link to itself. */
async function loopingTreeRoot(dir: string): Promise<string> {
  const link = join(dir, 'tg-self-loop');
  await symlink(link, link);
  return link;
}

/** A tree whose one unit folder holds only a link back to the tree (`unit/up -> ..`). */
async function treeOfOnlyALoop(dir: string): Promise<string> {
  const tree = join(dir, 'tg-only-loop');
  await mkdir(join(tree, 'unit'), { recursive: true });
  await symlink('..', join(tree, 'unit/up'));
  return tree;
}

async function aDirectory(dir: string): Promise<string> {
  const folder = join(dir, 'plans-folder');
  await mkdir(folder, { recursive: true });
  await copyFile(join(ROOT, BASE_PLAN), join(folder, 'plan.json'));
  return folder;
}

const corpus = (name: string): string => `${BAD}/${name}`;

/** Truncation offsets: inside the first key, inside strings and arrays, at chunk-ish sizes, at the very end. */
const CUTS = [1, 2, 64, 1000, 4096, 6000, 'before-last-brace'] as const;

export async function badInputs(): Promise<BadInput[]> {
  const truncations: BadInput[] = [];
  for (const at of CUTS) {
    const cut = await cutOf(at);
    truncations.push({
      id: `truncated-at-${cut}`,
      flag: 'plan',
      value: truncated(at),
      outcome: {
        kind: 'rejected',
        hint: /ends before the JSON is complete|truncated/,
        offset: { min: cut, max: cut },
      },
      // Every cut through the CLI; two through all three legs (each leg costs a process).
      legs: at === 1000 || at === 'before-last-brace' ? ALL_LEGS : ['cli-dry-run'],
    });
  }
  const base = await baseBytes();
  const invalidAt = (await readFile(join(ROOT, corpus('invalid-utf8-address.json')))).indexOf(
    Buffer.from([0xc3, 0x28]),
  );
  const addressStart = invalidAt - '"module.foo.null_resource.al'.length;

  return [
    { id: 'empty', flag: 'plan', value: corpus('empty.json'), outcome: { kind: 'rejected', hint: /empty/ } },
    {
      id: 'whitespace-only',
      flag: 'plan',
      value: corpus('whitespace-only.json'),
      outcome: { kind: 'rejected', hint: /whitespace|empty/ },
    },
    ...truncations,
    {
      id: 'trailing-garbage',
      flag: 'plan',
      value: corpus('trailing-garbage.json'),
      // The first byte after the plan that is not white space: the stray `}`.
      outcome: {
        kind: 'rejected',
        hint: /more data after|trailing/,
        offset: { min: base.length + 1, max: base.length + 1 },
      },
    },
    {
      id: 'binary-plan-zip',
      flag: 'plan',
      value: binaryPlan,
      outcome: { kind: 'rejected', hint: /binary plan/ },
    },
    {
      id: 'state-file',
      flag: 'plan',
      value: 'test/fixtures/plans/terraform-json/testdata/110_sensitive_values/terraform.tfstate',
      outcome: { kind: 'rejected', hint: /state file/ },
    },
    {
      id: 'state-show-json',
      flag: 'plan',
      value: 'test/fixtures/plans/terraform-json/testdata/110_sensitive_values/state.json',
      outcome: { kind: 'rejected', hint: /a state/ },
    },
    {
      id: 'infracost-as-plan',
      flag: 'plan',
      value: 'test/fixtures/costs/infracost/cmd/infracost/testdata/comment_backoff_retry/infracost.json',
      outcome: { kind: 'rejected', hint: /Infracost/ },
    },
    {
      id: 'plan-as-infracost',
      flag: 'infracost',
      value: BASE_PLAN,
      withPlan: OTHER_PLAN,
      outcome: { kind: 'rejected', hint: /not Infracost JSON/ },
    },
    {
      id: 'json-array',
      flag: 'plan',
      value: corpus('json-array.json'),
      outcome: { kind: 'rejected', hint: /array/ },
    },
    {
      id: 'terragrunt-show-all-ndjson',
      flag: 'plan',
      value: corpus('terragrunt-show-all.ndjson'),
      outcome: { kind: 'rejected', hint: /NDJSON/ },
    },
    {
      id: 'setup-terraform-wrapper',
      flag: 'plan',
      value: 'test/fixtures/plans-bad/plan_with_terraform_wrapper.json',
      outcome: { kind: 'rejected', hint: /setup-terraform wrapper/ },
    },
    {
      id: 'invalid-utf8-address',
      flag: 'plan',
      value: corpus('invalid-utf8-address.json'),
      // The string that holds the bad bytes, from its opening quote to the bad byte.
      outcome: { kind: 'rejected', hint: /UTF-8/, offset: { min: addressStart, max: invalidAt + 1 } },
    },
    {
      id: 'invalid-utf8-attribute',
      flag: 'plan',
      value: corpus('invalid-utf8-attribute.json'),
      outcome: { kind: 'accepted' },
    },
    {
      id: 'utf16le-no-bom',
      flag: 'plan',
      value: corpus('utf16le-no-bom.json'),
      outcome: { kind: 'rejected', hint: /UTF-16/ },
    },
    {
      id: 'deep-attribute-value',
      flag: 'plan',
      value: corpus('deep-attribute-value.json'),
      outcome: { kind: 'accepted' },
    },
    {
      id: 'deep-output-value',
      flag: 'plan',
      value: corpus('deep-output-value.json'),
      outcome: { kind: 'either', hint: /deep|nest|levels/ },
    },
    {
      id: 'deep-prior-state-modules',
      flag: 'plan',
      value: corpus('deep-prior-state-modules.json'),
      outcome: { kind: 'either', hint: /deep|nest|levels/ },
    },
    { id: 'huge-numbers', flag: 'plan', value: corpus('huge-numbers.json'), outcome: { kind: 'accepted' } },
    { id: 'proto-keys', flag: 'plan', value: corpus('proto-keys.json'), outcome: { kind: 'accepted' } },
    {
      id: 'a-directory',
      flag: 'plan',
      value: aDirectory,
      outcome: { kind: 'rejected', hint: /directory/ },
    },
    {
      id: 'unreadable',
      flag: 'plan',
      value: unreadable,
      asNobody: true,
      outcome: { kind: 'rejected', hint: /permission denied|cannot be read/ },
    },
    {
      // Not "no such plan file": the file is there, this user cannot reach it.
      id: 'plan-in-locked-folder',
      flag: 'plan',
      value: planInLockedFolder,
      asNobody: true,
      outcome: { kind: 'rejected', hint: /permission denied/ },
    },
    {
      // Not the open folder's plan alone: a plan the glob cannot see must not silently drop out.
      id: 'glob-through-locked-folder',
      flag: 'plan',
      value: globThroughLockedFolder,
      asNobody: true,
      outcome: { kind: 'rejected', hint: /permission denied/ },
    },
    {
      id: 'terragrunt-dir-self-loop',
      flag: 'terragrunt-dir',
      value: loopingTreeRoot,
      outcome: { kind: 'rejected', hint: /symbolic link loop/ },
    },
    {
      id: 'terragrunt-dir-only-a-loop',
      flag: 'terragrunt-dir',
      value: treeOfOnlyALoop,
      outcome: { kind: 'rejected', hint: /no unit plans/ },
    },
    {
      id: 'glob-matching-nothing',
      flag: 'plan',
      value: `${BAD}/*.nothing.json`,
      outcome: { kind: 'rejected', hint: /matches no plan file/ },
    },
  ];
}
