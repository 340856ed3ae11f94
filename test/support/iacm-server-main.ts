/**
 * `npm run iacm-server`: the test IaCM API on its own (PORT, default 8787), so a person can point
 * the CLI at it. Prints how to connect; Ctrl-C stops it.
 */
import { startIacmServer } from './iacm-server.js';

const port = Number(process.env['PORT'] ?? '8787');
const server = await startIacmServer({ port });
server.pipelines.count = 42;

console.log(`Test IaCM API listening on ${server.baseUrl}
  account:   ${server.accountId}
  org:       ${server.org}
  project:   ${server.project}   (project "locked" answers 403)
  workspace: ${server.workspace}
  API key:   ${server.apiKey}   (a test value, not a real key)

export HARNESS_BASE_URL=${server.baseUrl} HARNESS_ACCOUNT_ID=${server.accountId} HARNESS_ORG_ID=${server.org} \\
  HARNESS_PROJECT_ID=${server.project} HARNESS_WORKSPACE_ID=${server.workspace} HARNESS_API_KEY=${server.apiKey}
npx tsx src/cli.ts pipelines
npx tsx src/cli.ts ttl --destroy-after 4h
npx tsx src/cli.ts upload --data-type plan_human --file plan.txt --pipeline-id p --stage-id s \\
  --pipeline-execution-id e --pipeline-stage-id se   # stored in memory; answers with an id`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
