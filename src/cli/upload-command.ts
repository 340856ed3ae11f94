/**
 * `iacm-report upload --data-type <type> --file <file> [--stack-path <unit>] [pipeline ids]`:
 * store one file in the workspace (`/data`), the retry a report run prints for an upload that
 * failed. Prints the stored data's id on stdout (for scripts) and Harness's policy answer on
 * stderr. The file is streamed, never printed, whatever it holds.
 */
import { resolve } from 'node:path';
import { ApiError, EXIT_FAILURE, EXIT_OK, UsageError } from '../errors.js';
import { createData, DATA_TYPES, type DataType, type PipelineIds } from '../api/create-data.js';
import { flagOptions, flagValue } from '../config/from-cli-flags.js';
import { SETTINGS, SETTING_NAMES } from '../config/settings.js';
import { plainText } from '../plain-text.js';
import { uploadHttpOptions } from '../run/data-uploads.js';
import { fileSize } from '../run/upload-plan.js';
import { combinePolicyAnswers } from '../reporter/upload-outcome.js';
import { policyName } from '../reporter/workspace-data-summary.js';
import type { CliIo } from './cli-io.js';
import { flagsOrHelp, httpOptionsFor, runCommand, type CommandOverrides } from './command-runner.js';
import { CONNECTION_USAGE, connectionFromFlags, connectionOptions } from './connection-flags.js';
import { thousands } from '../thousands.js';

export const UPLOAD_USAGE = `Usage: iacm-report upload --data-type <type> --file <file> [options] [connection]

Store one file in the IaCM workspace (for example one a report run could not upload), and print
the stored data's id. The file is sent as it is and never printed.
  --data-type <type>           ${DATA_TYPES.join(', ')}
  --file <file>                the bytes to store
  --stack-path <path>          the Terragrunt unit the data belongs to
  --pipeline-id <id>           HARNESS_PIPELINE_ID      } all four required
  --stage-id <id>              HARNESS_STAGE_ID         }
  --pipeline-execution-id <id> HARNESS_EXECUTION_ID     }
  --pipeline-stage-id <id>     the stage execution id   }

${CONNECTION_USAGE}

Exit codes: 0 stored, 2 bad input or usage, 1 the API call failed.`;

/** The pipeline id rows of the settings table: the same flags and variables as the report's. */
const PIPELINE_ROWS = SETTINGS.filter((row) => row.path.startsWith('uploads.pipeline.'));

const options = {
  'data-type': { type: 'string' },
  file: { type: 'string' },
  'stack-path': { type: 'string' },
  ...flagOptions(PIPELINE_ROWS),
  help: { type: 'boolean', short: 'h' },
  ...connectionOptions,
} as const;

function pipelineIds(values: Readonly<Record<string, unknown>>, env: CliIo['env']): PipelineIds {
  const ids: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const row of PIPELINE_ROWS) {
    const value = flagValue(row, values, env);
    const key = row.path.slice('uploads.pipeline.'.length);
    if (typeof value === 'string' && value.trim() !== '') ids[key] = value.trim();
    else missing.push(SETTING_NAMES.cli(row.path) ?? `--${row.name}`);
  }
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.join(', ')} (the data endpoint requires them)`);
  }
  return ids as unknown as PipelineIds;
}

export async function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, async () => {
    const values = flagsOrHelp(argv, options, 'upload', UPLOAD_USAGE, io);
    if (values === undefined) return EXIT_OK;
    const dataType = values['data-type'];
    if (dataType === undefined || !(DATA_TYPES as readonly string[]).includes(dataType)) {
      throw new UsageError(`--data-type must be one of ${DATA_TYPES.join(', ')}`);
    }
    if (values.file === undefined || values.file === '')
      throw new UsageError('give the file to store with --file <file>');
    const pipeline = pipelineIds(values, io.env);
    const conn = connectionFromFlags(values, io.env, { require: true });
    const file = resolve(io.cwd, values.file);
    const size = await fileSize(file, values.file);
    const stackPath = values['stack-path'] === '' ? undefined : values['stack-path'];
    try {
      const result = await createData(
        conn,
        { dataType: dataType as DataType, source: { file, size }, pipeline, stackPath },
        uploadHttpOptions(size, httpOptionsFor(io, overrides)),
      );
      const policy = combinePolicyAnswers([result.response]);
      if (policy !== undefined) {
        io.stderr(`iacm-report: policy evaluation: ${policy.level}\n`);
        for (const p of policy.policies) {
          io.stderr(
            plainText(`iacm-report:   ${p.level} ${policyName(p)}${p.message ? `: ${p.message}` : ''}`) +
              '\n',
          );
        }
      }
      if (result.id === undefined) {
        io.stderr(`iacm-report: error: ${plainText(result.idProblem ?? 'no id')}\n`);
        return EXIT_FAILURE;
      }
      io.stdout(`${result.id}\n`);
      io.stderr(`iacm-report: stored ${values.file} as ${dataType} (${thousands(size)} bytes)\n`);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      io.stderr(`iacm-report: error: ${error.message}\n`);
      io.stderr('iacm-report: nothing was stored; retry with the same command\n');
      return EXIT_FAILURE;
    }
  });
}
