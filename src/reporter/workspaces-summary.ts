/**
 * `merge --comment-only`: one summary over legs that each reported to their own workspace. The
 * verdict over all of them comes first (one combined model: counts added up, the worst status,
 * the legs that failed or are missing), then one section per workspace, each the usual summary
 * of that workspace's merged legs. Pure.
 */
import type { AddressLists } from '../model/plan-summary.js';
import { emptyAddressLists } from '../model/plan-summary.js';
import { plainText } from '../plain-text.js';
import { appendAddresses, sumCounts } from './build-model.js';
import type { ActivityStatus } from '../model/statuses.js';
import { renderMarkdownSummary } from './markdown-summary.js';
import type { ReportModel } from './report-model.js';
import { renderTextSummary } from './text-summary.js';
import type { TextBudget } from './text-budget.js';
import { truncateToBudget } from './text-budget.js';

export interface WorkspaceSection {
  /** The IaCM workspace id, or a label for legs that named none. */
  readonly workspace: string;
  readonly model: ReportModel;
}

const SEVERITY: Record<ActivityStatus, number> = { success: 0, incomplete: 1, failure: 2 };

/** The verdict over every workspace: sums and the worst status; lists stay in the sections. */
export function combinedModel(sections: readonly WorkspaceSection[], notes: readonly string[]): ReportModel {
  const models = sections.map((s) => s.model);
  const worst = models.reduce<ActivityStatus>(
    (status, m) => (SEVERITY[m.activityStatus] > SEVERITY[status] ? m.activityStatus : status),
    'success',
  );
  const types = new Set(models.map((m) => m.eventType));
  const activities = new Set(models.map((m) => m.activityType));
  const provisioners = new Set(models.map((m) => m.provisioner));
  const plannedChangesCount = models.reduce((n, m) => n + m.plannedChangesCount, 0);
  const driftedCount = models.reduce((n, m) => n + m.driftedCount, 0);
  return {
    eventType: types.size === 1 ? (models[0]?.eventType ?? 'plan') : 'plan',
    activityType: activities.size === 1 ? (models[0]?.activityType ?? 'plan') : 'plan',
    activityStatus: notes.length > 0 && worst === 'success' ? 'incomplete' : worst,
    provisioner: provisioners.size === 1 ? models[0]?.provisioner : undefined,
    provisionerVersion: undefined,
    resourceCounts: sumCounts(models, (m) => m.resourceCounts),
    driftCounts: sumCounts(models, (m) => m.driftCounts),
    outputCounts: sumCounts(models, (m) => m.outputCounts),
    plannedChangesCount,
    driftedCount,
    hasChanges: plannedChangesCount > 0,
    hasDrift: driftedCount > 0,
    addresses: combinedAddresses(sections),
    units: [],
    cost: undefined,
    files: [],
    erroredPlans: sections.flatMap(({ workspace, model }) =>
      model.erroredPlans.map((f) => `${workspace}: ${f}`),
    ),
    warnings: [...notes],
  };
}

/** Every workspace's lists, each address after its workspace, so the verdict sees what is replaced. */
function combinedAddresses(sections: readonly WorkspaceSection[]): AddressLists {
  const lists = emptyAddressLists();
  for (const { workspace, model } of sections) appendAddresses(lists, model.addresses, `${workspace}: `);
  return lists;
}

function title(sections: readonly WorkspaceSection[]): string {
  return `Harness IaCM: ${sections.length} workspace${sections.length === 1 ? '' : 's'}`;
}

/**
 * The Markdown: the verdict (`combined`, the combinedModel the merge built, with its legs: what
 * did not arrive comes first), then each workspace's section within an equal share of what the
 * verdict leaves (a workspace with a huge plan cannot push the others out).
 */
export function renderWorkspacesMarkdown(
  combined: ReportModel,
  sections: readonly WorkspaceSection[],
  budget: TextBudget,
): string {
  // The verdict and each workspace get an equal share: a huge plan cannot push the others out.
  const parts = sections.length + 1;
  const share: TextBudget = {
    maxChars: budget.maxChars === undefined ? undefined : Math.floor(budget.maxChars / parts) - 2,
    maxBytes: budget.maxBytes === undefined ? undefined : Math.floor(budget.maxBytes / parts) - 2,
  };
  const texts = [renderMarkdownSummary(combined, { budget: share, title: title(sections) })];
  for (const { workspace, model } of sections) {
    texts.push(renderMarkdownSummary(model, { budget: share, title: `Workspace ${workspace}` }));
  }
  return truncateToBudget(texts.join('\n'), budget, '\n_The summary was cut to fit the size limit._\n');
}

/** The plain-text form (CLI stderr, the plugin's log and SUMMARY output), within `maxBytes`. */
export function renderWorkspacesText(
  combined: ReportModel,
  sections: readonly WorkspaceSection[],
  maxBytes?: number,
): string {
  // Each part gets an equal share, less room for its heading line.
  const share =
    maxBytes === undefined ? undefined : Math.max(0, Math.floor(maxBytes / (sections.length + 1)) - 128);
  const name = (workspace: string): string => {
    const plain = plainText(workspace);
    return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain;
  };
  const parts = [
    `${title(sections)}\n${renderTextSummary(combined, { maxBytes: share })}`,
    ...sections.map(
      ({ workspace, model }) =>
        `== Workspace ${name(workspace)} ==\n${renderTextSummary(model, { maxBytes: share })}`,
    ),
  ];
  const text = parts.join('\n\n');
  if (maxBytes === undefined || Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  // Thousands of workspaces: even the headings overflow; keep whole lines that fit.
  const note = '\n… cut to fit the size limit';
  const kept: string[] = [];
  let size = Buffer.byteLength(note, 'utf8');
  for (const line of text.split('\n')) {
    const cost = Buffer.byteLength(line, 'utf8') + 1;
    if (size + cost > maxBytes) break;
    kept.push(line);
    size += cost;
  }
  return kept.join('\n') + note;
}
