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
import { knownDestroyPipeline } from '../api/destroy-pipeline.js';
import { EXIT_OK, UsageError } from '../errors.js';
import type { CliIo } from './cli-io.js';
import { flagsOrHelp, httpOptionsFor, runCommand, type CommandOverrides } from './command-runner.js';
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
  --pipeline-id <id>        the pipeline that destroys; without it, the one Harness already has in
                            this workspace's time to live, else nothing is sent (exit 2): find
                            it with \`iacm-report pipelines\`
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

/** Without --pipeline-id: the pipeline Harness already has, or a refusal before anything is sent. */
async function destroyPipelineOnRecord(
  conn: Parameters<typeof knownDestroyPipeline>[0],
  http: Parameters<typeof knownDestroyPipeline>[1],
  io: CliIo,
  workspace: string,
): Promise<string> {
  const known = await knownDestroyPipeline(conn, http);
  if (known === undefined) {
    throw new UsageError(
      `Harness needs the pipeline that destroys workspace ${workspace} and has none on record for it: give --pipeline-id <id> (\`iacm-report pipelines\` lists the pipelines that use this workspace)`,
    );
  }
  const from = known.source === undefined ? '' : ` (set on the ${known.source})`;
  io.stderr(
    `iacm-report: destroying with pipeline ${known.id}, the one this workspace's time to live already names${from}\n`,
  );
  return known.id;
}

export async function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, async () => {
    const values = flagsOrHelp(argv, options, 'ttl', TTL_USAGE, io);
    if (values === undefined) return EXIT_OK;
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
        const pipelineId = action.pipelineId ?? (await destroyPipelineOnRecord(conn, http, io, workspace));
        const answer = await putEphemeralConfig(conn, { ...action.body, pipeline_id: pipelineId }, http);
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
