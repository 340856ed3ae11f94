/**
 * The one writer for every line an entry prints that can carry input text: secrets replaced
 * first, then runner commands neutralised (runner-commands.ts). The CLI, the Action and the
 * plugin write through it; what each prints is theirs, how it is made safe is decided here.
 */
import { redactSecrets } from '../api/redact.js';
import { commandSafeStream, withoutRunnerCommands } from '../runner-commands.js';

/** How an entry hides its secrets in text (the given keys, and for some entries key shapes too). */
export type Redactor = (text: string) => string;

export function secretsRedactor(secrets: readonly (string | undefined)[]): Redactor {
  return (text) => redactSecrets(text, secrets);
}

/** One piece of text made safe to print: no secret, no runner command. */
export function safeText(text: string, redact: Redactor): string {
  return withoutRunnerCommands(redact(text));
}

/**
 * A stream written in pieces, made safe: each piece redacted, then neutralised knowing the line
 * it continues. (A secret split across two writes is not caught: callers write whole lines.)
 */
export function safeStream(write: (text: string) => void, redact: Redactor): (text: string) => void {
  const neutral = commandSafeStream(write);
  return (text) => neutral(redact(text));
}
