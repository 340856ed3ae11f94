/**
 * Checks `iacm-report ttl` flags before any call, and builds the ephemeral-config body. Harness
 * takes a delay (value + unit) or a calendar date, for destroy and, optionally, for deleting the
 * workspace afterwards.
 */
import type { DelayUnit, EphemeralConfigRequest } from '../api/iacm-api.js';
import { PROVISIONERS } from '../model/plan-summary.js';
import { UsageError } from '../errors.js';

export interface TtlFlags {
  readonly 'destroy-after'?: string | undefined;
  readonly 'destroy-on'?: string | undefined;
  readonly 'delete-workspace'?: boolean | undefined;
  readonly 'delete-after'?: string | undefined;
  readonly 'delete-on'?: string | undefined;
  readonly 'pipeline-id'?: string | undefined;
  readonly provisioner?: string | undefined;
  readonly show?: boolean | undefined;
  readonly off?: boolean | undefined;
}

export type TtlAction =
  | { readonly kind: 'show' }
  | { readonly kind: 'off' }
  | {
      readonly kind: 'set';
      readonly body: Omit<EphemeralConfigRequest, 'pipeline_id'>;
      /** From --pipeline-id; undefined: look up the destroy pipeline Harness already has. */
      readonly pipelineId: string | undefined;
    };

const UNIT_WORDS: Record<string, DelayUnit> = {
  s: 'seconds',
  sec: 'seconds',
  secs: 'seconds',
  second: 'seconds',
  seconds: 'seconds',
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  hours: 'hours',
  d: 'days',
  day: 'days',
  days: 'days',
};

const SECONDS: Record<DelayUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };
const MAX_DELAY = 2_147_483_647; // int32: what a Go server behind the spec's `int` can hold

export interface Delay {
  readonly value: number;
  readonly unit: DelayUnit;
}

/**
 * `4h`, `2d`, `90 minutes`, `1 day`. Seconds and minutes that make whole hours or days are sent as
 * those, since the docs name only hours and days (the spec also allows seconds and minutes).
 */
export function parseDelay(text: string, flag: string): Delay {
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) throw new UsageError(`--${flag} "${text}" is not a delay such as 4h, 2d or 90m`);
  const [, digits = '', word = ''] = match;
  if (word === '')
    throw new UsageError(`--${flag} "${text}" needs a unit: for example ${digits}h or ${digits}d`);
  const unit = UNIT_WORDS[word.toLowerCase()];
  if (unit === undefined) {
    throw new UsageError(
      `--${flag}: Harness does not take the unit "${word}"; use s, m, h or d (seconds, minutes, hours, days)`,
    );
  }
  const value = Number(digits);
  if (value === 0) throw new UsageError(`--${flag} must be more than zero`);
  if (value > MAX_DELAY) throw new UsageError(`--${flag} "${text}" is too long`);
  if (unit === 'seconds' || unit === 'minutes') {
    const seconds = value * SECONDS[unit];
    if (seconds % SECONDS.days === 0) return { value: seconds / SECONDS.days, unit: 'days' };
    if (seconds % SECONDS.hours === 0) return { value: seconds / SECONDS.hours, unit: 'hours' };
  }
  return { value, unit };
}

/** A `YYYY-MM-DD` calendar date after today (UTC): a date that has begun is already past for Harness. */
export function parseDate(text: string, flag: string, now: Date): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : undefined;
  if (
    !match ||
    date === undefined ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== match[0]
  ) {
    throw new UsageError(`--${flag} "${text}" is not a date such as 2026-12-24 (YYYY-MM-DD)`);
  }
  const today = now.toISOString().slice(0, 10);
  if (match[0] <= today) {
    throw new UsageError(
      `--${flag} ${match[0]} is ${match[0] === today ? 'today' : 'in the past'} (today is ${today} UTC); give a later date, or a delay with --${flag.replace(/-on$/, '-after')}`,
    );
  }
  return match[0];
}

function exclusive(flags: TtlFlags, a: keyof TtlFlags, b: keyof TtlFlags): void {
  if (flags[a] !== undefined && flags[b] !== undefined)
    throw new UsageError(`give --${a} or --${b}, not both`);
}

/** Everything the ttl command may do, checked; UsageError (exit 2) naming the conflict otherwise. */
export function ttlAction(flags: TtlFlags, now: Date): TtlAction {
  const settings = (
    [
      'destroy-after',
      'destroy-on',
      'delete-workspace',
      'delete-after',
      'delete-on',
      'pipeline-id',
      'provisioner',
    ] as const
  ).filter((name) => flags[name] !== undefined);
  exclusive(flags, 'show', 'off');
  for (const mode of ['show', 'off'] as const) {
    if (flags[mode] && settings.length > 0)
      throw new UsageError(`--${mode} cannot be combined with --${settings[0]}`);
    if (flags[mode]) return { kind: mode };
  }
  exclusive(flags, 'destroy-after', 'destroy-on');
  exclusive(flags, 'delete-after', 'delete-on');
  if (flags['destroy-after'] === undefined && flags['destroy-on'] === undefined) {
    throw new UsageError(
      'nothing to do: give --destroy-after <4h|2d> or --destroy-on <YYYY-MM-DD> (or --show, or --off to turn the time to live off)',
    );
  }
  const deleteGiven = flags['delete-after'] !== undefined || flags['delete-on'] !== undefined;
  // Deleting a workspace cannot be undone, so it is never implied by a delay alone.
  if (deleteGiven && !flags['delete-workspace']) {
    throw new UsageError(
      '--delete-after / --delete-on need --delete-workspace (deleting the workspace is never implied)',
    );
  }
  if (flags['delete-workspace'] && !deleteGiven) {
    throw new UsageError('--delete-workspace needs --delete-after <delay> or --delete-on <YYYY-MM-DD>');
  }
  const provisioner = flags.provisioner;
  if (provisioner !== undefined && !(PROVISIONERS as readonly string[]).includes(provisioner)) {
    throw new UsageError(`--provisioner "${provisioner}" is not one of ${PROVISIONERS.join(', ')}`);
  }
  const pipelineId = flags['pipeline-id'];
  if (pipelineId?.trim() === '') {
    throw new UsageError(
      "--pipeline-id is empty; give the destroy pipeline's identifier (`iacm-report pipelines` lists them)",
    );
  }
  const body: Omit<EphemeralConfigRequest, 'pipeline_id'> = {};
  if (flags['destroy-after'] !== undefined) {
    const delay = parseDelay(flags['destroy-after'], 'destroy-after');
    body.destroy_delay_value = delay.value;
    body.destroy_delay_unit = delay.unit;
  } else if (flags['destroy-on'] !== undefined) {
    body.destroy_on_date = parseDate(flags['destroy-on'], 'destroy-on', now);
  }
  if (flags['delete-workspace']) {
    body.delete_workspace = true;
    if (flags['delete-after'] !== undefined) {
      const delay = parseDelay(flags['delete-after'], 'delete-after');
      body.delete_delay_value = delay.value;
      body.delete_delay_unit = delay.unit;
    } else if (flags['delete-on'] !== undefined) {
      body.delete_on_date = parseDate(flags['delete-on'], 'delete-on', now);
      if (body.destroy_on_date !== undefined && body.delete_on_date < body.destroy_on_date) {
        throw new UsageError(
          `--delete-on ${body.delete_on_date} is before --destroy-on ${body.destroy_on_date}`,
        );
      }
    }
  }
  if (provisioner !== undefined) body.provisioner = provisioner;
  return { kind: 'set', body, pipelineId };
}
