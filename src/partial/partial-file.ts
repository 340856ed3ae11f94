/**
 * Partial report files: writing one (atomically: a leg killed mid-write leaves no half file for
 * the merge to choke on) and reading one back, checked against the schema. The file I/O around
 * the pure builder and merger.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { describeJsonValue, parseJsonText, readJsonText } from '../inputs/json-file.js';
import { VERSION } from '../version.js';
import type { LoadedPartial } from './merge-partials.js';
import type { PartialReport } from './partial-schema.js';
import { PARTIAL_KIND, PARTIAL_VERSION, partialReportSchema } from './partial-schema.js';
import { serializePartial } from './build-partial.js';

export async function writePartialFile(file: string, partial: PartialReport): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, serializePartial(partial), 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('INPUT_UNREADABLE', file, `the partial report cannot be written (${reason})`);
  }
}

/** Where in the document a schema problem is, `report.units.3.unit.status`. */
function where(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? 'the document' : issue.path.map(String).join('.');
}

/** Reads, checks kind and version, validates. Every problem is one InputError naming the file. */
export async function readPartialFile(file: string, label: string = file): Promise<LoadedPartial> {
  const text = await readJsonText(file, label);
  const hash = createHash('sha256').update(text).digest('hex');
  return { file: label, hash, partial: parsePartialText(text, label) };
}

export function parsePartialText(text: string, label: string): PartialReport {
  const document = parseJsonText(text, label);
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
  if (version !== PARTIAL_VERSION) {
    const by = typeof producer === 'string' ? ` by iacm-reporter ${producer.slice(0, 40)}` : '';
    const newer = typeof version === 'number' && version > PARTIAL_VERSION;
    throw new InputError(
      'INPUT_VERSION',
      label,
      `is a partial report of version ${String(version).slice(0, 20)} (written${by}); this iacm-reporter ${VERSION} reads version ${PARTIAL_VERSION}. ` +
        (newer
          ? 'Upgrade the merging step (the Action, plugin image or CLI) to the version the legs use.'
          : 'Run the legs and the merge with the same iacm-reporter version.'),
    );
  }
  const parsed = partialReportSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new InputError(
      'INPUT_INVALID',
      label,
      `is not a valid partial report: ${where(issue)}: ${issue.message}`,
    );
  }
  return parsed.data;
}
