/**
 * Terragrunt's run report (`terragrunt run --all --report-file report.json --report-format json`):
 * one entry per unit with its Result, and for failures the Reason and Cause. Schemas v1 to v4 are
 * the same array of objects (v3 added Ref/Cmd/Args); unknown fields are tolerated so a v5 that
 * only adds fields still reads. The CSV form is refused with a message saying how to get JSON.
 */
import { extname } from 'node:path';
import * as z from '../zod-mini.js';
import { InputError } from '../errors.js';
import type { StackStatus } from '../model/statuses.js';
import { describeJsonValue, parseJsonText, readJsonText } from '../inputs/json-file.js';

export interface RunReportEntry {
  /** The unit as Terragrunt named it: relative to its working directory, or absolute. */
  readonly name: string;
  readonly result: string;
  readonly reason: string | undefined;
  readonly cause: string | undefined;
}

/** What an entry means for the unit; undefined for a Result this version does not know. */
export interface EntryOutcome {
  readonly status: StackStatus;
  readonly errorMessage: string | undefined;
}

/** Long enough for a real Terraform error, short enough that 2,000 failing units stay sendable. */
export const MAX_ERROR_MESSAGE_CHARS = 2000;

/** A run report entry's schema, built on first use (zod schemas cost start-up to build). */
function buildEntrySchema() {
  const optionalText = z.pipe(
    z.nullish(z.string()),
    z.transform((value: string | null | undefined) => (value === null || value === '' ? undefined : value)),
  );
  return z.looseObject({
    Name: z.string().check(z.minLength(1)),
    Result: z.string(),
    Reason: optionalText,
    Cause: optionalText,
  });
}
let entrySchema: ReturnType<typeof buildEntrySchema> | undefined;

const CSV_HINT =
  'is a CSV run report; iacm-report reads the JSON one (terragrunt run --all --report-format json, or a --report-file ending in .json)';

export async function readRunReport(file: string, label: string = file): Promise<RunReportEntry[]> {
  if (extname(file).toLowerCase() === '.csv') throw new InputError('INPUT_WRONG_KIND', label, CSV_HINT);
  const text = await readJsonText(file, label);
  return parseRunReportText(text, label);
}

export function parseRunReportText(text: string, label: string): RunReportEntry[] {
  const start = text.trimStart();
  // Terragrunt's CSV always starts with its header row; say so instead of "bad JSON token N".
  if (/^"?Name"?,/.test(start)) throw new InputError('INPUT_WRONG_KIND', label, CSV_HINT);
  return parseRunReport(
    parseJsonText(
      text,
      label,
      'write it again with terragrunt --report-file <file>.json (--report-format json)',
    ),
    label,
  );
}

export function parseRunReport(value: unknown, label: string): RunReportEntry[] {
  if (!Array.isArray(value)) {
    const isPlan = typeof value === 'object' && value !== null && 'format_version' in value;
    const what = isPlan ? 'a Terraform/OpenTofu JSON document' : describeJsonValue(value);
    throw new InputError(
      'INPUT_WRONG_KIND',
      label,
      `is ${what}, not a Terragrunt run report (a JSON array written by --report-file)`,
    );
  }
  return value.map((item, index) => {
    const parsed = (entrySchema ??= buildEntrySchema()).safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : '';
      throw new InputError(
        'INPUT_INVALID',
        label,
        `run report entry [${index}]${where}: ${issue?.message ?? 'not a run report entry'}`,
      );
    }
    const { Name, Result, Reason, Cause } = parsed.data;
    return { name: Name, result: Result, reason: Reason, cause: Cause };
  });
}

/** How a run report Result maps to a stack status, with the reason a person should read. */
export function entryOutcome(entry: RunReportEntry): EntryOutcome | undefined {
  switch (entry.result) {
    case 'succeeded':
      return { status: 'success', errorMessage: undefined };
    case 'failed':
      return { status: 'failure', errorMessage: cleanMessage(entry.cause ?? entry.reason ?? 'failed') };
    case 'early exit':
      // Cause names the dependency that failed (Terragrunt writes its path).
      return {
        status: 'skipped',
        errorMessage: cleanMessage(
          entry.cause === undefined
            ? 'early exit: a dependency failed'
            : `early exit: dependency ${entry.cause} failed`,
        ),
      };
    case 'excluded':
      return {
        status: 'skipped',
        errorMessage: cleanMessage(`excluded${entry.reason ? ` (${entry.reason})` : ''}`),
      };
    default:
      return undefined;
  }
}

/** Strips terminal colour codes (Terragrunt colours its errors) and caps the length. */
export function cleanMessage(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').trim();
  if (plain.length <= MAX_ERROR_MESSAGE_CHARS) return plain;
  return `${plain.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…`;
}
