/**
 * Partial report files: writing one (atomically: a leg killed mid-write leaves no half file for
 * the merge to choke on) and reading one back, checked against the schema. The file I/O around
 * the pure builder and merger.
 */
import { rename, rm, writeFile } from '../lazy-fs.js';
import { dirname } from 'node:path';
import type * as z from '../zod-mini.js';
import { InputError } from '../errors.js';
import { makeDir } from '../make-dir.js';
import { decodeText, describeJsonValue, parseJsonText } from '../inputs/json-file.js';
import { isStdinName, readInput, sizeText } from '../inputs/input-file.js';
import { checkDepth, MAX_PARTIAL_BYTES, MAX_PARTIAL_DEPTH } from './partial-limits.js';
import { NotStreamable, SKIP_ITEM, streamPartial, type StreamedList } from './partial-stream.js';
import { VERSION } from '../version.js';
import type { RunWriter } from './unit-runs.js';
import type { LoadedPartial } from './merge-partials.js';
import type { PartialReport, UnitEntry } from './partial-schema.js';
import {
  PARTIAL_KIND,
  PARTIAL_VERSION,
  READ_VERSIONS,
  partialReportSchema,
  planRecordSchema,
  unitEntrySchema,
} from './partial-schema.js';
import { serializePartial } from './build-partial.js';

/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');

export async function writePartialFile(file: string, partial: PartialReport): Promise<void> {
  const text = serializePartial(partial);
  const size = Buffer.byteLength(text);
  if (size > MAX_PARTIAL_BYTES) {
    // What merge could not read is not written: the refusal comes here, where the leg can split.
    throw new InputError(
      'INPUT_TOO_LARGE',
      file,
      `the partial report would be ${sizeText(size)}, more than the ${sizeText(MAX_PARTIAL_BYTES)} a merge reads; split this leg's units over more legs`,
    );
  }
  // An unguessable name opened exclusively ('wx'): a link planted at a predictable temp name
  // cannot redirect the write.
  const temporary = `${file}.${crypto().randomBytes(6).toString('hex')}.tmp`;
  try {
    await makeDir(dirname(file));
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      'INPUT_UNREADABLE',
      file,
      `the partial report cannot be written (${reason})`,
      undefined,
      {
        cause: error,
      },
    );
  }
}

/** A schema problem in a few words: zod's message, bounded, with a count past 2^53 said plainly. */
function oneLine(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && Number(issue.maximum) >= Number.MAX_SAFE_INTEGER)
    return 'a count past 2^53, which no partial report holds';
  if (issue.code === 'invalid_type' && issue.expected === 'int')
    return 'expected a whole number (a count of at most 2^53)';
  const message = issue.message.replace(/\s+/g, ' ');
  return message.length > 200 ? `${message.slice(0, 199)}…` : message;
}

/** Where in the document a schema problem is, `report.units.3.unit.status`. */
function where(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? 'the document' : issue.path.map(String).join('.');
}

/**
 * Reads, checks kind and version, validates. Every problem is one InputError naming the file.
 * With `writer` (a merge's: merge-partials.ts), each unit is handed to it as the stream reads it
 * and nothing of it is kept here (`runs`): one partial's units are never all parsed at once.
 */
export async function readPartialFile(
  file: string,
  label: string = file,
  writer?: (file: string) => RunWriter,
): Promise<LoadedPartial & { size: number }> {
  const streamed = await readStreamed(file, label, writer);
  if (streamed !== undefined) return streamed;
  // The whole file (what the stream does not follow, and every refusal, worded here): each form
  // let go as soon as the next is made: the bytes, the text, then the raw parse.
  const read = await readText(file, label);
  const size = read.size;
  let text: string | undefined = read.text;
  read.text = '';
  const hash = crypto().createHash('sha256').update(text).digest('hex');
  checkDepth(text, label);
  const document = parseJsonText(text, label, "run that leg's report step again");
  text = undefined;
  return { file: label, hash, partial: checkPartial(document, label), size };
}

/**
 * The partial read as a stream (partial-stream.ts), each list item checked and kept as it is
 * parsed; undefined when anything is off, so that the whole-file reader words the refusal.
 */
async function readStreamed(
  file: string,
  label: string,
  writer: ((file: string) => RunWriter) | undefined,
): Promise<(LoadedPartial & { size: number }) | undefined> {
  if (isStdinName(file)) return undefined;
  // A fresh writer for this read: when the stream gives up, what it wrote is never counted.
  const units = writer?.(label);
  const check = (list: StreamedList, index: number, value: unknown): unknown => {
    const schema: z.ZodMiniType = list === 'units' ? unitEntrySchema : planRecordSchema;
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new NotStreamable();
    if (list !== 'units' || units === undefined) return parsed.data;
    units.hold(parsed.data as UnitEntry);
    // Nothing of it kept in the list (partial-stream.ts): it is in the runs.
    return SKIP_ITEM;
  };
  const streamed = await streamPartial(file, label, MAX_PARTIAL_BYTES, MAX_PARTIAL_DEPTH, check);
  if (streamed === undefined) return undefined;
  let partial: PartialReport;
  try {
    partial = checkPartial(JSON.parse(streamed.envelope), label);
  } catch {
    return undefined;
  }
  const runs = units !== undefined && streamed.lists.has('units') ? units.end() : undefined;
  for (const [key, items] of streamed.lists) {
    (partial.report as Record<string, unknown>)[key] = key === 'units' && runs !== undefined ? [] : items;
  }
  return { file: label, hash: streamed.hash, partial, size: streamed.size, runs };
}

async function readText(file: string, label: string): Promise<{ text: string; size: number }> {
  const bytes = await readInput(file, label, MAX_PARTIAL_BYTES);
  return { text: decodeText(bytes, label), size: bytes.length };
}

export function parsePartialText(text: string, label: string): PartialReport {
  checkDepth(text, label);
  return checkPartial(parseJsonText(text, label, "run that leg's report step again"), label);
}

/** A parsed document checked as a partial report: kind, version, then the schema. */
function checkPartial(document: unknown, label: string): PartialReport {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new InputError(
      'INPUT_WRONG_KIND',
      label,
      `is ${describeJsonValue(document)}, not a partial report (written by iacm-report --save-partial)`,
    );
  }
  const { kind, version, producer } = document as Record<string, unknown>;
  if (kind !== PARTIAL_KIND) {
    throw new InputError(
      'INPUT_WRONG_KIND',
      label,
      'is not a partial report (no "kind": "iacm-reporter/partial-report"); merge reads the files written by iacm-report --save-partial',
    );
  }
  if (typeof version !== 'number' || !READ_VERSIONS.includes(version)) {
    const by = typeof producer === 'string' ? ` by iacm-reporter ${producer.slice(0, 40)}` : '';
    const newer = typeof version === 'number' && version > PARTIAL_VERSION;
    throw new InputError(
      'INPUT_VERSION',
      label,
      `is a partial report of version ${String(version).slice(0, 20)} (written${by}); this iacm-reporter ${VERSION} reads versions ${READ_VERSIONS.join(' and ')}. ` +
        (newer
          ? 'Upgrade the merging step (the Action, plugin image or CLI) to the version the legs use.'
          : 'Run the legs and the merge with the same iacm-reporter version.'),
    );
  }
  // Checked a list item at a time, each item replaced by its checked copy in place: zod copies
  // what it checks, and a whole-document check would hold two copies of a 512 MiB partial at once.
  const report = (document as { report?: unknown }).report;
  const lists = new Map<ListKey, unknown[]>();
  if (typeof report === 'object' && report !== null) {
    for (const key of LIST_KEYS) {
      const list = (report as Record<string, unknown>)[key];
      if (Array.isArray(list)) {
        lists.set(key, list);
        (report as Record<string, unknown>)[key] = [];
      }
    }
  }
  const envelope = checked(partialReportSchema, document, [], label);
  for (const [key, list] of lists) {
    const schema: z.ZodMiniType = key === 'units' ? unitEntrySchema : planRecordSchema;
    for (let i = 0; i < list.length; i++) list[i] = checked(schema, list[i], ['report', key, i], label);
    (envelope.report as Record<string, unknown>)[key] = list;
  }
  return envelope;
}

const LIST_KEYS = ['plans', 'drifts', 'units'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/** `value` checked against `schema`; the first problem, at `at` in the document, as one InputError. */
function checked<T>(schema: z.ZodMiniType<T>, value: unknown, at: PropertyKey[], label: string): T {
  let parsed: z.core.util.SafeParseResult<T>;
  try {
    parsed = schema.safeParse(value);
  } catch (error) {
    // Whatever the depth check let through and still overflows: one line, never a stack trace.
    if (!(error instanceof RangeError)) throw error;
    throw new InputError(
      'INPUT_INVALID',
      label,
      'is not a valid partial report: it is nested too deep to check',
      undefined,
      { cause: error },
    );
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new InputError(
      'INPUT_INVALID',
      label,
      `is not a valid partial report: ${where({ ...issue, path: [...at, ...issue.path] })}: ${oneLine(issue)}`,
    );
  }
  return parsed.data;
}
