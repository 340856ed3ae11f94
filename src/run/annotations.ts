/**
 * Harness pipeline annotations (issue 26): the file named by HARNESS_ANNOTATIONS_FILE that
 * lite-engine reads after a step and posts as cards on the execution page
 * (harness-iacm-api.md, "Pipeline annotations"). One card per workspace (`contextId` from the
 * workspace, so a rerun of the step replaces its card rather than adding one), one for a merged
 * report; `style` from the verdict; `mode: replace`. lite-engine's limits are kept here, not
 * trusted to its cutting: at most 50 annotations, each summary at most 64 KiB, no HTML.
 */
import { writeFile } from '../lazy-fs.js';
import { CARD_MAX_BYTES, renderAnnotationCard } from '../reporter/annotation-card.js';
import { truncateToBudget } from '../reporter/text-budget.js';
import type { ReportModel } from '../reporter/report-model.js';
import type { RunFacts } from '../reporter/run-facts.js';
import { verdictOf, type Severity } from '../reporter/verdict.js';
import type { Ending } from './ending.js';

type Env = Readonly<Record<string, string | undefined>>;

export const ANNOTATIONS_FILE = 'HARNESS_ANNOTATIONS_FILE';
/** lite-engine posts at most 50 annotations from one file. */
export const MAX_ANNOTATIONS = 50;

export type AnnotationStyle = 'info' | 'success' | 'warning' | 'error';

export interface Annotation {
  readonly contextId: string;
  readonly mode: 'replace';
  readonly style: AnnotationStyle;
  readonly summary: string;
  readonly timestamp: number;
}

export interface AnnotationsDocument {
  readonly accountId?: string | undefined;
  readonly orgId?: string | undefined;
  readonly projectId?: string | undefined;
  readonly pipelineId?: string | undefined;
  readonly planExecutionId: string;
  readonly stageExecutionId?: string | undefined;
  readonly annotations: readonly Annotation[];
}

const STYLE: Readonly<Record<Severity, AnnotationStyle>> = {
  caution: 'error',
  warning: 'warning',
  ok: 'success',
};

/** A contextId made only of safe characters, stable for one workspace. */
function contextId(kind: string, workspace: string | undefined): string {
  const id = (workspace ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 100);
  return id === '' ? `iacm-report-${kind}` : `iacm-report-${kind}-${id}`;
}

function card(id: string, model: ReportModel, facts: RunFacts, title: string, now: number): Annotation {
  // A dry run or a saved partial is only information, whatever the plan holds.
  const shownOnly = facts.delivery?.kind === 'dry-run' || facts.delivery?.kind === 'saved';
  const style: AnnotationStyle = shownOnly ? 'info' : STYLE[verdictOf(model, facts).severity];
  return {
    contextId: id,
    mode: 'replace',
    style: facts.delivery?.kind === 'spooled' ? 'error' : style,
    summary: renderAnnotationCard(model, { title, facts }),
    timestamp: now,
  };
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Why no card can be written for this run, or undefined when one can. */
export function annotationsProblem(env: Env): string | undefined {
  if (present(env[ANNOTATIONS_FILE]) === undefined) {
    return `${ANNOTATIONS_FILE} is not set (Harness sets it when the account has CI_ENABLE_HARNESS_ANNOTATIONS): no card on the execution page; the SUMMARY output has the verdict`;
  }
  if (present(env['HARNESS_EXECUTION_ID']) === undefined) {
    return `HARNESS_EXECUTION_ID is not set: no card on the execution page (an annotation needs the execution id)`;
  }
  return undefined;
}

/** The annotations file for one finished run: ids from Harness's variables, one card per workspace. */
export function annotationsDocument(ending: Ending, env: Env, now: number): AnnotationsDocument {
  const annotations: Annotation[] = [];
  if (ending.kind === 'comment-only' && ending.sections !== undefined) {
    const sections = ending.sections;
    const overflow = sections.length > MAX_ANNOTATIONS;
    // Past the limit: the first 49 workspaces and one card with the verdict over them all.
    const shown = overflow ? sections.slice(0, MAX_ANNOTATIONS - 1) : sections;
    for (const section of shown) {
      const facts = { ...ending.facts, workspace: section.workspace };
      annotations.push(
        card(contextId('ws', section.workspace), section.model, facts, `IaCM ${section.workspace}`, now),
      );
    }
    if (overflow) {
      const title = `IaCM: ${sections.length} workspaces (${sections.length - shown.length} not carded)`;
      annotations.push(card(contextId('all', undefined), ending.model, ending.facts, title, now));
    }
  } else {
    const kind = ending.kind === 'merge' ? 'merged' : 'ws';
    const what = ending.kind === 'merge' ? 'merged report' : ending.model.activityType;
    const title = `IaCM ${what}${ending.workspace === undefined ? '' : ` ${ending.workspace}`}`;
    annotations.push(card(contextId(kind, ending.workspace), ending.model, ending.facts, title, now));
  }
  return {
    accountId: present(env['HARNESS_ACCOUNT_ID']),
    orgId: present(env['HARNESS_ORG_ID']),
    projectId: present(env['HARNESS_PROJECT_ID']),
    pipelineId: present(env['HARNESS_PIPELINE_ID']),
    planExecutionId: present(env['HARNESS_EXECUTION_ID']) ?? '',
    stageExecutionId: present(env['HARNESS_STAGE_ID']),
    annotations,
  };
}

/**
 * Writes the card file (replacing it: one step, one file). `redact` runs over each card, which is
 * then cut again if a redaction marker made it longer than the limit.
 */
export async function writeAnnotationsFile(
  file: string,
  document: AnnotationsDocument,
  redact: (text: string) => string,
): Promise<void> {
  const annotations = document.annotations.map((a) => ({
    ...a,
    summary: truncateToBudget(redact(a.summary), { maxBytes: CARD_MAX_BYTES }, '\n'),
  }));
  await writeFile(file, `${JSON.stringify({ ...document, annotations })}\n`, 'utf8');
}
