/**
 * The layers of ARCHITECTURE.md hold by construction: `npm run lint` fails on an import against
 * them and on a folder of src/ that has no place in them. The flow is stated here on its own (a
 * rank per layer, top to bottom) and the lint rule of eslint.layers.js is held to it: every arrow
 * that does not point strictly down is refused, and only those. Probes are linted in memory
 * (lintText), so the tree is never touched; with the layer rules alone (no type information), as
 * the full config's type-aware rules take minutes on a busy machine and judge nothing here.
 */
import { ESLint, type Linter } from 'eslint';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The flow, top (entries) to bottom: a layer may import only layers of a lower rank. Layers of one
 * rank are siblings and never import each other.
 */
const RANKS: Readonly<Record<string, number>> = {
  cli: 7,
  action: 7,
  plugin: 7,
  run: 6,
  partial: 5,
  terragrunt: 4,
  plan: 3,
  infracost: 3,
  reporter: 2,
  config: 2,
  context: 2,
  api: 2,
  forge: 2,
  scan: 1,
  inputs: 1,
  http: 1,
  model: 0,
  base: 0,
};

/** A file of `layer` to lint a probe as (it need not exist). */
function probeFile(layer: string): string {
  return layer === 'base' ? join(ROOT, 'src/errors.ts') : join(ROOT, `src/${layer}/layer-probe.ts`);
}

/** The import specifier by which a file of `from` reaches a file of `to`. */
function specifier(from: string, to: string): string {
  const target = to === 'base' ? join(ROOT, 'src/plain-text.js') : join(ROOT, `src/${to}/layer-probe.js`);
  const path = relative(dirname(probeFile(from)), target);
  return path.startsWith('.') ? path : `./${path}`;
}

interface Layers {
  ALLOWED: Record<string, readonly string[]>;
  layerRules: Linter.Config[];
}

let layers: Layers;
let eslint: ESLint;

beforeAll(async () => {
  layers = (await import(pathToFileURL(join(ROOT, 'eslint.layers.js')).href)) as Layers;
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      ...layers.layerRules,
    ],
  });
});

/** The layer-rule messages for `text` linted as `file`. */
async function layerMessages(file: string, text: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(text, { filePath: file });
  return (result?.messages ?? []).filter(
    (m) => m.ruleId === 'layers/allowed-imports' || m.ruleId === 'no-restricted-imports',
  );
}

describe('layer rules (eslint.layers.js)', () => {
  it('rank every layer the allow-list knows, and the allow-list knows every folder of src/', async () => {
    expect(Object.keys(layers.ALLOWED).sort()).toEqual(Object.keys(RANKS).sort());
    const { readdir } = await import('node:fs/promises');
    const folders = (await readdir(join(ROOT, 'src'), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders) expect(RANKS, `src/${folder}/`).toHaveProperty(folder);
  });

  it('are applied by the repository config to every file of src/, a new folder included', async () => {
    const full = new ESLint({ cwd: ROOT });
    for (const file of ['src/plan/read-plan.ts', 'src/throwaway/probe.ts', 'src/probe.ts']) {
      const config = (await full.calculateConfigForFile(join(ROOT, file))) as Linter.Config;
      expect(config.rules?.['layers/allowed-imports'], file).toEqual([2]);
    }
  });

  it('refuse a folder that has no place in them, and a new file at the top of src/', async () => {
    for (const file of ['src/throwaway/probe.ts', 'src/probe.ts']) {
      const messages = await layerMessages(join(ROOT, file), 'export const probe = 1;\n');
      expect(messages.map((m) => m.message)).toEqual([
        expect.stringMatching(/is in no layer: give it a place in eslint\.layers\.js/),
      ]);
    }
    // Nor may any layer import it, not even run/.
    const fromRun = await layerMessages(
      probeFile('run'),
      "import { probe } from '../throwaway/probe.js';\nexport { probe };\n",
    );
    expect(fromRun).toHaveLength(1);
  });

  it('refuse every arrow against the flow (up, or between siblings), and obey the allow-list exactly', async () => {
    const names = Object.keys(RANKS);
    let refused = 0;
    for (const from of names) {
      // One probe per layer: an import of every other layer, one a line.
      const others = names.filter((to) => to !== from);
      const text = others
        .map((to, i) => `import { probe as p${i} } from '${specifier(from, to)}';`)
        .concat(`export { ${others.map((_, i) => `p${i}`).join(', ')} };`)
        .join('\n');
      const messages = await layerMessages(probeFile(from), text);
      const flagged = new Set(messages.map((m) => others[m.line - 1]));
      for (const to of others) {
        const allowed = layers.ALLOWED[from]!.includes(to);
        const down = RANKS[to]! < RANKS[from]!;
        // The allow-list is obeyed to the letter, and none of its arrows points up or sideways.
        expect(flagged.has(to), `${from} -> ${to}`).toBe(!allowed);
        if (allowed) expect(down, `${from} -> ${to} is allowed but against the flow`).toBe(true);
        if (!down) refused++;
      }
    }
    // The arrows the issue named: model -> partial, api -> partial, partial -> run.
    for (const [from, to] of [
      ['model', 'partial'],
      ['api', 'partial'],
      ['partial', 'run'],
      ['scan', 'plan'],
      ['reporter', 'api'],
      ['cli', 'action'],
    ] as const) {
      const messages = await layerMessages(
        probeFile(from),
        `import { probe } from '${specifier(from, to)}';\nexport { probe };\n`,
      );
      expect(messages.map((m) => m.message)).toEqual([
        expect.stringMatching(new RegExp(`^src/${from}/ must not import src/${to}/: .*ARCHITECTURE\\.md`)),
      ]);
    }
    expect(refused).toBeGreaterThan(150);
  });

  it('judge where an import lands, however it is spelled', async () => {
    const file = join(ROOT, 'src/plan/read-plan.ts');
    const land = async (spec: string) =>
      (await layerMessages(file, `import { probe } from '${spec}';\nexport { probe };\n`)).length;
    expect(await land('./plan-kind.js')).toBe(0);
    expect(await land('../plan/plan-kind.js')).toBe(0);
    expect(await land('../scan/json-scanner.js')).toBe(0);
    expect(await land('../errors.js')).toBe(0);
    expect(await land('../reporter/build-event.js')).toBe(1);
    expect(await land('../scan/../reporter/build-event.js')).toBe(1);
    expect(await land('./../../src/run/run-report.js')).toBe(1);
    const dynamic = await layerMessages(file, "export const probe = () => import('../run/run-report.js');\n");
    expect(dynamic).toHaveLength(1);
    const reexport = await layerMessages(file, "export { runReport } from '../run/run-report.js';\n");
    expect(reexport).toHaveLength(1);
  });

  it('keep pure layers off the network client and the Action toolkit', async () => {
    for (const [file, line, refusedCount] of [
      ['src/plan/read-plan.ts', "import * as core from '@actions/core';", 1],
      ['src/model/decimal.ts', "import { request } from 'undici';", 1],
      ['src/api/api-url.ts', "import * as core from '@actions/core';", 1],
      ['src/api/api-url.ts', "import { request } from 'undici';", 0],
      ['src/forge/layer-probe.ts', "import * as core from '@actions/core';", 1],
    ] as const) {
      const name = /import (?:\* as )?\{? ?(\w+)/.exec(line)?.[1] ?? 'x';
      const messages = await layerMessages(join(ROOT, file), `${line}\nexport { ${name} };\n`);
      expect(messages, `${file}: ${line}`).toHaveLength(refusedCount);
    }
  });
});
