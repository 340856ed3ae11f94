/** The real unit plans the Terragrunt and merge benchmarks copy into their trees and partials. */
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/terragrunt/', import.meta.url));
/** Each a plan JSON in FIXTURES (`<name>.json`) that reads without error. */
export const PLANS = [
  'create-with-outputs',
  'drift-and-outputs',
  'import-update',
  'no-op',
  'refresh-only',
  'replace',
  'update',
];
