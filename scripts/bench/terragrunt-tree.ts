/**
 * Benchmark: a Terragrunt `--json-out-dir` tree of 2,000 units (copies of the real plans in
 * test/fixtures/terragrunt, some inside `.terragrunt-cache`), read with readTerragruntTree.
 * Prints the times; not a timed test (machines differ too much for a threshold to mean anything).
 *
 *   npx tsx scripts/bench/terragrunt-tree.ts [units] [concurrency]
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverUnitPlans } from '../../src/terragrunt/terragrunt-discover.js';
import { readTerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import { FIXTURES, PLANS } from './terragrunt-fixtures.js';

async function buildTree(root: string, units: number): Promise<void> {
  const writes: Promise<void>[] = [];
  for (let i = 0; i < units; i++) {
    const unit = `env-${i % 5}/region-${i % 4}/stack-${Math.floor(i / 20)}/unit-${i}`;
    // Every tenth unit's plan sits in its Terragrunt cache, to exercise the mapping back.
    const relative =
      i % 10 === 0 ? `${unit}/.terragrunt-cache/h${i}/w${i}/tfplan.json` : `${unit}/tfplan.json`;
    const target = join(root, relative);
    const source = join(FIXTURES, `${PLANS[i % PLANS.length] ?? 'update'}.json`);
    writes.push(mkdir(dirname(target), { recursive: true }).then(() => copyFile(source, target)));
    if (writes.length >= 64) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

async function main(): Promise<void> {
  const units = Number(process.argv[2] ?? 2000);
  const concurrency = Number(process.argv[3] ?? 8);
  const root = await mkdtemp(join(tmpdir(), 'tg-bench-'));
  try {
    let started = performance.now();
    await buildTree(root, units);
    const built = performance.now() - started;

    started = performance.now();
    const discovery = await discoverUnitPlans(root);
    const discovered = performance.now() - started;

    started = performance.now();
    const tree = await readTerragruntTree(root, { concurrency });
    const read = performance.now() - started;
    const added = tree.units.reduce((n, u) => n + (u.resourceCounts?.added ?? 0), 0);

    console.log(`terragrunt tree: ${units} units, concurrency ${concurrency}`);
    console.log(`  build tree     ${built.toFixed(0)} ms`);
    console.log(`  discover only  ${discovered.toFixed(0)} ms (${discovery.plans.length} plans)`);
    console.log(
      `  read tree      ${read.toFixed(0)} ms (${tree.units.length} units, ${added} resources to add)`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
