/**
 * The one writer every CLI line goes through: the API key replaced (whatever carried it: a
 * server's message, an error, plan content named after it), then runner commands neutralised
 * (run/safe-output.ts). Under GitHub Actions stderr, the stream for people, is also bracketed with
 * `::stop-commands::<token>` ... `::<token>::`, so the runner obeys no command from it at all;
 * stdout is data a script may capture (`> body.json`) and gets no markers, only the line guard.
 */
import { safeStream, secretsRedactor } from '../run/safe-output.js';
import type { CliIo } from './cli-io.js';
import { apiKeyCandidates } from './connection-flags.js';

/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');

export interface SafeIo {
  readonly io: CliIo;
  /** Resumes runner commands (when they were stopped); call once, when the command is done. */
  readonly end: () => void;
}

export function safeIo(argv: readonly string[], raw: CliIo): SafeIo {
  const redact = secretsRedactor(apiKeyCandidates(argv, raw.env));
  const io: CliIo = {
    ...raw,
    stdout: safeStream(raw.stdout, redact),
    stderr: safeStream(raw.stderr, redact),
  };
  if (raw.env['GITHUB_ACTIONS'] !== 'true') return { io, end: () => undefined };
  // A token no input can guess: the runner resumes only on `::<token>::`.
  const token = `iacm-report-${crypto().randomBytes(16).toString('hex')}`;
  raw.stderr(`::stop-commands::${token}\n`);
  let ended = false;
  return {
    io,
    end: () => {
      if (ended) return;
      ended = true;
      raw.stderr(`\n::${token}::\n`);
    },
  };
}
