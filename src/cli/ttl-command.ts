/**
 * `iacm-report ttl`: set, show or turn off a workspace's time to live (Harness "ephemeral
 * config"). Flags are checked before any call; the answer's computed destroy_at / delete_at are
 * printed on stdout as `key: value` lines for scripts.
 */
import { plainText } from '../plain-text.js';
import {
  deleteEphemeralConfig,
  getEphemeralConfig,
  putEphemeralConfig,
  type EphemeralConfigResponse,
} from '../api/iacm-api.js';
import { EXIT_OK } from '../errors.js';
import type { CliIo } from './cli-io.js';
import { httpOptionsFor, parseFlags, runCommand, type CommandOverrides } from './command-runner.js';
import { CONNECTION_USAGE, connectionFromFlags, connectionOptions } from './connection-flags.js';
import { ttlAction } from './ttl-options.js';

export const TTL_USAGE = `Usage: iacm-report ttl (--destroy-after <delay> | --destroy-on <date>) [options] [connection]
       iacm-report ttl --show | --off [connection]

Destroy the workspace's resources after a delay or on a date (the delay counts from the last
successful apply; a workspace never applied is never destroyed).
  --destroy-after <delay>   4h, 2d, 90m, 30s, or words: 4 hours, 2 days
  --destroy-on <date>       YYYY-MM-DD, after today
  --delete-workspace        also delete the workspace, with one of:
    --delete-after <delay>  or  --delete-on <date>
  --pipeline-id <id>        the pipeline that destroys (default: Harness's Destroy pipeline)
  --provisioner <name>      terraform, opentofu or terragrunt (Harness's default: opentofu)
  --show                    print the current setting (\`status: none\` when there is none)
  --off                     turn the time to live off

${CONNECTION_USAGE}

Exit codes: 0 done, 2 bad flags, 1 the API call failed.`;

const options = {
  'destroy-after': { type: 'string' },
  'destroy-on': { type: 'string' },
  'delete-workspace': { type: 'boolean' },
  'delete-after': { type: 'string' },
  'delete-on': { type: 'string' },
  'pipeline-id': { type: 'string' },
  provisioner: { type: 'string' },
  show: { type: 'boolean' },
  off: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...connectionOptions,
} as const;

/** `key: value` for every scalar field, the computed times first. */
function renderConfig(config: EphemeralConfigResponse): string {
  const first = ['destroy_at', 'delete_at', 'status'];
  const keys = [...first, ...Object.keys(config).filter((key) => !first.includes(key))];
  const lines: string[] = [];
  for (const key of keys) {
    const value = config[key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      // The server's words: one plain line each (no terminal escapes, no forged extra lines).
      lines.push(`${plainText(key)}: ${plainText(String(value))}\n`);
    }
  }
  return lines.join('');
}

export async function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, async () => {
    const { values } = parseFlags(argv, options, 'ttl');
    if (values.help) {
      io.stdout(`${TTL_USAGE}\n`);
      return EXIT_OK;
    }
    const action = ttlAction(values, overrides.now?.() ?? new Date());
    const conn = connectionFromFlags(values, io.env, { require: true });
    const http = httpOptionsFor(io, overrides);
    const workspace = conn.workspace ?? '';
    switch (action.kind) {
      case 'show': {
        const config = await getEphemeralConfig(conn, http);
        if (config === undefined) {
          // An answer, not an error: scripts read `status: none`, people the line on stderr.
          io.stdout('status: none\n');
          io.stderr(
            `iacm-report: workspace ${workspace} has no time to live (nothing is scheduled for destroy)\n`,
          );
          return EXIT_OK;
        }
        io.stdout(renderConfig(config));
        return EXIT_OK;
      }
      case 'off':
        await deleteEphemeralConfig(conn, http);
        io.stderr(`iacm-report: time to live turned off for workspace ${workspace}\n`);
        return EXIT_OK;
      case 'set': {
        const answer = await putEphemeralConfig(conn, action.body, http);
        io.stdout(renderConfig(answer));
        io.stderr(`iacm-report: time to live set for workspace ${workspace}\n`);
        if (answer.destroy_at === undefined) {
          io.stderr(
            'iacm-report: Harness gave no destroy_at yet: it is computed from the next successful apply\n',
          );
        }
        return EXIT_OK;
      }
    }
  });
}
