/** `iacm-report pipelines [--json]`: the pipelines that use a workspace, every page of them. */
import { plainText } from '../plain-text.js';
import { jsonWithoutRunnerCommands } from '../runner-commands.js';
import { listWorkspacePipelines } from '../api/iacm-api.js';
import { EXIT_OK } from '../errors.js';
import type { CliIo } from './cli-io.js';
import { flagsOrHelp, httpOptionsFor, runCommand, type CommandOverrides } from './command-runner.js';
import { CONNECTION_USAGE, connectionFromFlags, connectionOptions } from './connection-flags.js';

export const PIPELINES_USAGE = `Usage: iacm-report pipelines [--json] [connection]

List the pipelines that use the workspace: one identifier per line, or with --json one object
{ "account", "org", "project", "workspace", "pipelines": [...] }.

${CONNECTION_USAGE}

Exit codes: 0 listed (even when none), 2 bad flags, 1 the API call failed.`;

const options = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...connectionOptions,
} as const;

export async function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, async () => {
    const values = flagsOrHelp(argv, options, 'pipelines', PIPELINES_USAGE, io);
    if (values === undefined) return EXIT_OK;
    const conn = connectionFromFlags(values, io.env, { require: true });
    const result = await listWorkspacePipelines(conn, httpOptionsFor(io, overrides));
    if (values.json) {
      const json = {
        account: result.account ?? conn.accountId,
        org: result.org ?? conn.org,
        project: result.project ?? conn.project,
        workspace: conn.workspace,
        pipelines: result.pipelines,
      };
      // The same value, with no runner command and nothing hidden in the server's ids.
      io.stdout(`${jsonWithoutRunnerCommands(JSON.stringify(json, null, 2))}\n`);
    } else {
      // Ids come from the server: one plain line each (no terminal escapes, no forged lines).
      io.stdout(result.pipelines.map((id) => `${plainText(id)}\n`).join(''));
      if (result.pipelines.length === 0)
        io.stderr(`iacm-report: no pipeline uses workspace ${conn.workspace ?? ''}\n`);
    }
    if (result.truncated) {
      io.stderr(
        `iacm-report: warning: stopped after ${result.pipelines.length} pipelines (page limit); the list may be incomplete\n`,
      );
    }
    return EXIT_OK;
  });
}
