/**
 * Drift as a lifecycle (docs/drift-issues.md): after a drift check, the repository's drift issue
 * for this workspace (or each Terragrunt unit) is opened, edited in place, commented on when the
 * drifted set changes, and closed when a complete check finds no drift (src/forge/drift-issue.ts).
 * Everything here is a courtesy after the report: a failure is a warning, never a lost report.
 */
import type { ReviewConfig } from '../config/review-settings.js';
import { syncDriftIssue, type DriftIssueResult } from '../forge/drift-issue.js';
import { runLinkOf } from '../forge/forge-target.js';
import { githubIssues, gitlabIssues } from '../forge/issue-tracker.js';
import { repoTarget } from '../forge/repo-target.js';
import type { BoundedList } from '../model/bounded-list.js';
import { coverageOf } from '../reporter/coverage.js';
import { renderDriftIssueBody, type DriftedResource } from '../reporter/drift-issue-body.js';
import type { AddressGroup, ReportModel } from '../reporter/report-model.js';
import type { RunFacts } from '../reporter/run-facts.js';
import { renderTextSummary } from '../reporter/text-summary.js';
import { forgeText, openForge, type ReviewIo } from './review-io.js';

/** One issue's worth of drift: a workspace, or one unit of it. */
interface Subject {
  readonly key: string;
  readonly title: string;
  readonly resources: DriftedResource[];
  readonly total: number;
}

/** A drift check: refresh-only plans given as drift (the event says drifted, or active when clean). */
export function isDriftCheck(model: ReportModel): boolean {
  return model.eventType === 'drifted' || model.eventType === 'active';
}

function has(list: BoundedList<string> | undefined, address: string): boolean {
  return list?.items.includes(address) ?? false;
}

/** The drifted resources of one plan or unit, with how each drifted. */
export function resourcesOf(group: AddressGroup): DriftedResource[] {
  const { drifted, driftDeleted, driftCreated } = group.addresses;
  const unit = group.kind === 'unit' ? group.source : '';
  return drifted.items.map((address) => ({
    unit,
    address,
    kind: has(driftDeleted, address) ? 'deleted' : has(driftCreated, address) ? 'created' : 'changed',
    attributes: group.changedAttributes?.get(address)?.names,
  }));
}

/** The workspace's identity: what the issue's fingerprint is made of (never shown in clear). */
function workspaceKey(facts: RunFacts): string {
  return [facts.org ?? '', facts.project ?? '', facts.workspace ?? 'workspace'].join('/');
}

function subjects(model: ReportModel, facts: RunFacts, scope: ReviewConfig['driftIssueScope']): Subject[] {
  const groups = model.addressGroups ?? [];
  const name = facts.workspace ?? 'workspace';
  if (scope === 'unit' && model.units.length > 0) {
    // Each unit's group looked up once (a find per unit would be quadratic in the units).
    const byUnit = new Map<string, AddressGroup>();
    for (const g of groups) if (g.kind === 'unit' && !byUnit.has(g.source)) byUnit.set(g.source, g);
    // A merge's model keeps the first units of each kind (reporter/unit-tally.ts): those are the
    // ones given an issue of their own.
    return model.units.map((unit) => {
      const group = byUnit.get(unit.pathId);
      return {
        key: `${workspaceKey(facts)}#${unit.pathId}`,
        title: `Drift: ${name} / ${unit.pathId}`,
        resources: group ? resourcesOf(group) : [],
        total: group?.addresses.drifted.total ?? 0,
      };
    });
  }
  const resources = groups.flatMap(resourcesOf);
  return [{ key: workspaceKey(facts), title: `Drift: ${name}`, resources, total: model.driftedCount }];
}

function outcomeLine(title: string, result: DriftIssueResult): string {
  switch (result.action) {
    case 'none':
      return `drift issue (${title}): nothing to do, ${result.reason}`;
    case 'left-open':
      return `drift issue (${title}): left ${result.url || `#${result.number}`} open: ${result.reason}`;
    default:
      return `drift issue (${title}): ${result.action} ${result.url || `#${result.number}`}`;
  }
}

/** Opens, updates or closes the drift issues a drift check asks for. Never throws. */
export async function syncDriftIssues(
  review: ReviewConfig,
  report: { readonly model: ReportModel; readonly facts: RunFacts },
  io: ReviewIo,
): Promise<void> {
  if (review.driftIssue === 'false') return;
  const { model, facts } = report;
  if (!isDriftCheck(model)) {
    io.log('drift issue: skipped, this run is not a drift check (give refresh-only plans with --drift)');
    return;
  }
  const forge = review.driftIssue === 'true' ? review.forge : review.driftIssue;
  const target = repoTarget(io.env, { forge, forgeUrl: review.forgeUrl });
  if ('skip' in target) {
    io.warn(`drift issue: skipped, ${target.skip}`);
    return;
  }
  const http = await openForge(target, review, io, 'drift issue');
  if (http === undefined) return;
  const tracker =
    target.forge === 'github' ? githubIssues(http, target.repo) : gitlabIssues(http, target.project);
  const coverage = coverageOf(model);
  const verdict = renderTextSummary(model, { facts }).split('\n')[0] ?? '';
  const now = new Date();
  const runLink = runLinkOf(io.env);
  const clean = (text: string): string => forgeText(text, io);
  try {
    for (const subject of subjects(model, facts, review.driftIssueScope)) {
      const label = (resource: DriftedResource): string =>
        resource.unit === '' ? resource.address : `${resource.unit}: ${resource.address}`;
      try {
        const result = await syncDriftIssue(tracker, {
          key: subject.key,
          title: clean(subject.title),
          label: review.driftIssueLabel,
          drifted: subject.resources.map(label),
          driftedTotal: subject.total,
          complete: coverage.complete,
          runLink,
          now,
          render: (since, maxChars) =>
            clean(
              renderDriftIssueBody(
                {
                  subject: subject.title.replace(/^Drift: /, ''),
                  verdict,
                  resources: subject.resources.map((r) => ({ ...r, since: since.get(label(r)) })),
                  total: subject.total,
                  checkedAt: now,
                  runLink,
                  notes: coverage.complete
                    ? []
                    : ['This check did not see everything: see the run for failed units or missing legs.'],
                },
                maxChars,
              ),
            ),
          log: io.log,
        });
        io.log(outcomeLine(subject.title, result));
      } catch (error) {
        io.warn(
          `drift issue (${subject.title}): could not write it: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  } finally {
    await http.close();
  }
}
