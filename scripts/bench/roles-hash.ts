/**
 * One hash of every resource's attribute roles on a plan, as the reader and the accumulator give
 * them (address and roles in the order they come): a change to how roles are read must leave it
 * the same (issue 24; docs/what-changes.md, "Reading cost").
 *
 *   npx tsx scripts/bench/roles-hash.ts bench/out/plan-200mb-seed1.json   -> "<count> <sha256>"
 */
import { createHash } from 'node:crypto';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: roles-hash <plan.json>');
  process.exit(2);
}
const accumulator = new PlanAccumulator(file);
await readPlanStream(file, accumulator, file, {});
const roles = accumulator.finish().changedAttributes ?? new Map();
const hash = createHash('sha256');
for (const [address, attributes] of roles) hash.update(`${address}\0${JSON.stringify(attributes)}\n`);
console.log(roles.size, hash.digest('hex'));
