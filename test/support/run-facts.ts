/** RunFacts for renderer tests: a pipeline leg as it would run in CI (sent, a gate tripped, commit and run known). */
import type { RunFacts } from '../../src/reporter/run-facts.js';

export const CI_FACTS: RunFacts = {
  gates: [{ name: 'fail-on-destroy', reason: 'resources would be destroyed (replacements included)' }],
  delivery: { kind: 'sent' },
  org: 'default',
  project: 'platform',
  workspace: 'live-eu',
  commit: '3f1c2a9be07d54e1a6c0f9d2b8e4a7c1d5f3e2b0',
  runUrl: 'https://github.com/acme/infra/actions/runs/1234567890',
};
