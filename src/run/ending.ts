/**
 * One ending for every entry and both runs (report, merge): the outcome as one type, the
 * failures it holds as data (codes and facts), and the order in which an entry presents it.
 * Each entry supplies only an EntryWriter, its world's way of writing (CLI streams, the Action's
 * log, summary, outputs and comment, the plugin's log and output file); the exit code is decided
 * here, once, as tfcmt has one notifier for every output.
 *
 * To add an output (a file, an annotation, a comment on another forge) add it to the writer of the
 * entry that offers it: `write` for a finished run, `refuse` for a run that could not finish.
 */
import { describeError, EXIT_FAILURE, EXIT_OK, exitCodeOf } from '../errors.js';
import { plainText } from '../plain-text.js';
import { SETTING_NAMES, type World } from '../config/settings.js';
import type { LegSummary } from '../partial/merge-partials.js';
import type { EventBody } from '../api/event-body.js';
import type { SendEventRequest } from '../reporter/event-schema.js';
import { renderMarkdownSummary } from '../reporter/markdown-summary.js';
import type { ReportModel } from '../reporter/report-model.js';
import { gateMessage, type RunFacts, type TrippedGate } from '../reporter/run-facts.js';
import { renderTextSummary } from '../reporter/text-summary.js';
import type { TextBudget } from '../reporter/text-budget.js';
import {
  renderWorkspacesMarkdown,
  renderWorkspacesText,
  type WorkspaceSection,
} from '../reporter/workspaces-summary.js';
import type { MergeOutcome } from './run-merge.js';
import type { Delivery, ReportOutcome } from './run-report.js';

/** A finished report or merge, whatever entry ran it. */
export interface Ending {
  /** `comment-only`: a merge over many workspaces' legs; nothing was sent. */
  readonly kind: 'report' | 'merge' | 'comment-only';
  /** The verdict (over every workspace for comment-only): what outputs and gates read. */
  readonly model: ReportModel;
  readonly facts: RunFacts;
  readonly gates: readonly TrippedGate[];
  /** What became of the event; absent when there is none (comment-only). */
  readonly delivery?: Delivery | undefined;
  readonly event?: SendEventRequest | undefined;
  /** The exact request body, as sent or as it would be sent; '' when there is none. */
  readonly body: EventBody;
  /** The partial report this run wrote (`save-partial`), absolute. */
  readonly partialFile?: string | undefined;
  /** The legs a merge read. */
  readonly legs: readonly LegSummary[];
  /** The workspace the event went to (connection), for the delivery line. */
  readonly workspace?: string | undefined;
  /** comment-only: each workspace's own verdict (one annotation card each). */
  readonly sections?: readonly WorkspaceSection[] | undefined;
  /** The summary as text, within `maxBytes` when given. */
  readonly text: (maxBytes?: number) => string;
  /** The summary as Markdown, within `budget`. */
  readonly markdown: (budget: TextBudget) => string;
}

/** Why a finished run still fails its step: data, worded by `failureLine` for one world. */
export type Failure =
  | { readonly code: 'DELIVERY_FAILED'; readonly error: Error; readonly file: string }
  | { readonly code: 'GATE_FAILED'; readonly gate: TrippedGate }
  /** An output of the entry's own (the plugin's output file) could not be written. */
  | { readonly code: 'OUTPUT_FAILED'; readonly what: string; readonly error: unknown };

export function reportEnding(outcome: ReportOutcome, workspace?: string): Ending {
  const { model, facts } = outcome;
  return {
    kind: 'report',
    model,
    facts,
    gates: outcome.gates,
    delivery: outcome.delivery,
    event: outcome.event,
    body: outcome.body,
    partialFile: outcome.partialFile,
    legs: [],
    workspace,
    text: (maxBytes) => renderTextSummary(model, { maxBytes, facts }),
    markdown: (budget) => renderMarkdownSummary(model, { budget, facts }),
  };
}

export function mergeEnding(outcome: MergeOutcome, workspace?: string): Ending {
  const { model, facts, legs, gates } = outcome;
  if (outcome.kind === 'comment-only') {
    const { sections } = outcome;
    return {
      kind: 'comment-only',
      model,
      facts,
      gates,
      body: '',
      legs,
      workspace,
      sections,
      // The combined model the merge built: it holds the legs, so a missing one leads every output.
      text: (maxBytes) => renderWorkspacesText(model, sections, maxBytes),
      markdown: (budget) => renderWorkspacesMarkdown(model, sections, budget),
    };
  }
  return {
    kind: 'merge',
    model,
    facts,
    gates,
    delivery: outcome.delivery,
    event: outcome.event,
    body: outcome.body,
    legs,
    workspace,
    text: (maxBytes) => renderTextSummary(model, { maxBytes, facts }),
    markdown: (budget) => renderMarkdownSummary(model, { budget, facts }),
  };
}

/** What became of the event, in one sentence (the same in every entry); undefined for a failed send. */
export function deliveryNote(ending: Ending): string | undefined {
  const what = ending.kind === 'merge' ? 'merged event' : 'event';
  if (ending.kind === 'comment-only') {
    const workspaces = new Set(ending.legs.map((leg) => leg.workspace)).size;
    return `Comment only: ${workspaces} workspace(s), ${ending.legs.length} leg(s); nothing sent.`;
  }
  switch (ending.delivery?.kind) {
    case 'sent': {
      const legs = ending.kind === 'merge' ? ` of ${ending.legs.length} leg(s)` : '';
      const type = ending.event?.event_type ?? '';
      return `Sent the ${ending.kind === 'merge' ? 'merged ' : ''}${type} event${legs} to IaCM workspace "${plainText(ending.workspace ?? '')}".`;
    }
    case 'dry-run':
      return `Dry run: the ${what} was not sent to Harness.`;
    case 'saved':
      // A file name is shown, not obeyed (escape sequences, bidi overrides: plain-text.ts).
      return `Partial report saved to ${plainText(ending.partialFile ?? 'its file')}; nothing sent (the merge step sends).`;
    default:
      return undefined;
  }
}

/** The failures a finished run holds: a send that failed (body spooled), then each tripped gate. */
export function failuresOf(ending: Ending): Failure[] {
  const failures: Failure[] = [];
  const { delivery } = ending;
  if (delivery?.kind === 'spooled') {
    failures.push({ code: 'DELIVERY_FAILED', error: delivery.error, file: delivery.file });
  }
  for (const gate of ending.gates) failures.push({ code: 'GATE_FAILED', gate });
  return failures;
}

/** A failure as one line for one world (each writer adds its own prefix). */
export function failureLine(failure: Failure, world: World): string {
  const nameOf = SETTING_NAMES[world];
  switch (failure.code) {
    case 'DELIVERY_FAILED':
      return (
        `${describeError(failure.error, nameOf)}; the request body was saved to ` +
        `${failure.file}; send it later with: iacm-report send --payload ${failure.file}`
      );
    case 'GATE_FAILED':
      return `gate failed: ${gateMessage(failure.gate)}`;
    case 'OUTPUT_FAILED':
      return `could not write ${failure.what}: ${describeError(failure.error, nameOf)}`;
  }
}

/** How one entry writes. Every method redacts secrets and keeps runner commands out (the writer's job). */
export interface EntryWriter {
  /**
   * Everything the entry shows for a finished run (summary, body, outputs, files, comment, the
   * delivery note); returns the failures of its own outputs.
   */
  write(ending: Ending): Promise<readonly Failure[]>;
  /** The failures of a finished run, worded for the world (the step then fails with EXIT_FAILURE). */
  fail(failures: readonly Failure[]): void | Promise<void>;
  /** A run that could not finish (bad settings or input, ...): one line; the exit code follows the error. */
  refuse(error: unknown): void | Promise<void>;
}

/** The one ending: writes the outcome, then its failures; returns the exit code. */
export async function present(ending: Ending, writer: EntryWriter): Promise<number> {
  const failures = [...(await writer.write(ending)), ...failuresOf(ending)];
  if (failures.length === 0) return EXIT_OK;
  await writer.fail(failures);
  return EXIT_FAILURE;
}

/** Runs `produce` (read the settings, run the pipeline) and presents what it ends with. */
export async function endWith(writer: EntryWriter, produce: () => Promise<Ending>): Promise<number> {
  let ending: Ending;
  try {
    ending = await produce();
  } catch (error) {
    await writer.refuse(error);
    return exitCodeOf(error);
  }
  return present(ending, writer);
}
