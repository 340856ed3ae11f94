/**
 * Issue 23: an account id goes into the Harness-Account header and the query, so one carrying CR
 * or LF (a header injection) is refused when the config is read: one line that does not quote it,
 * exit 2, before any request, whichever command reads it.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { connectionSchema } from '../../src/config/schema.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer } from '../support/iacm-server.js';

describe('an account id with CR/LF', () => {
  it.each(['acct\r\nX-Injected: 1', 'acct\nX-Injected: 1', 'acct\rX'])(
    'is refused by the schema: %j',
    (id) => {
      expect(connectionSchema.safeParse({ accountId: id }).success).toBe(false);
    },
  );

  it('stops a report before any request, without quoting it', async () => {
    const server = await startIacmServer();
    try {
      const run = captureIo(
        {
          HARNESS_BASE_URL: server.baseUrl,
          HARNESS_ACCOUNT_ID: `${server.accountId}\r\nX-Injected: 1`,
          HARNESS_ORG_ID: server.org,
          HARNESS_PROJECT_ID: server.project,
          HARNESS_WORKSPACE_ID: server.workspace,
          HARNESS_API_KEY: server.apiKey,
        },
        process.cwd(),
      );
      const code = await main(['--plan', 'examples/plan.json'], run.io);
      expect(code).toBe(2);
      expect(run.stderr().trim().split('\n')).toHaveLength(1);
      expect(run.stderr()).toMatch(/account id holds a space, line break, control or non-ASCII character/);
      expect(run.stderr()).not.toContain('X-Injected');
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
