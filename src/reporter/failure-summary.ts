/**
 * What a pull request and the job summary say when no report could be built or sent (the plan
 * step failed, so there is no plan JSON; the event could not be delivered): a 🛑 verdict, the
 * one-line reason, the commit and the run. Replacing the last "✅ no changes" with this is the
 * point: silence would leave a green comment standing over a failed run.
 */
import { codeSpan, escapeMarkdown } from './markdown-escape.js';

export interface FailureFacts {
  /** One line, already free of secrets. */
  readonly reason: string;
  readonly commit?: string | undefined;
  readonly runUrl?: string | undefined;
}

export function renderFailureMarkdown(facts: FailureFacts): string {
  const where = [
    facts.commit === undefined ? undefined : `commit ${codeSpan(facts.commit.slice(0, 12))}`,
    facts.runUrl === undefined ? undefined : `[CI run](${facts.runUrl})`,
  ].filter((part) => part !== undefined);
  return [
    '### 🛑 Harness IaCM: the report could not be built',
    '',
    '> [!CAUTION]',
    `> ${escapeMarkdown(facts.reason, 1000)}`,
    '',
    'Nothing in this comment describes the current plan: fix the step and run it again.',
    ...(where.length > 0 ? ['', where.join(' · ')] : []),
    '',
  ].join('\n');
}

/** The same in plain words, for a check run title or a log line. */
export function failureTitle(): string {
  return 'The report could not be built';
}
