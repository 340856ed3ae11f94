/**
 * The status words of the IaCM event (event type, activity type and status, a stack's status),
 * shared by the parsers that find them, the config that overrides them and the event schema that
 * sends them. Source: the SendEventRequest in the API reference.
 */

export const EVENT_TYPES = [
  'plan',
  'drifted',
  'provisioning',
  'destroying',
  'active',
  'inactive',
  'apply_needed',
  'failed',
  'stage-complete',
] as const;
export const ACTIVITY_TYPES = [
  'apply',
  'destroy',
  'plan',
  'drifted',
  'import',
  'bootstrap',
  'synth',
  'deploy',
  'diff',
  'drift',
  'rollback',
] as const;
export const ACTIVITY_STATUSES = ['success', 'failure', 'incomplete'] as const;
export const STACK_STATUSES = ['success', 'failure', 'skipped'] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type StackStatus = (typeof STACK_STATUSES)[number];

/** The run's activity status from its units: any failure fails it, any skip leaves it incomplete. */
export function activityStatusOfUnits(units: readonly { readonly status: StackStatus }[]): ActivityStatus {
  if (units.some((u) => u.status === 'failure')) return 'failure';
  if (units.some((u) => u.status === 'skipped')) return 'incomplete';
  return 'success';
}
