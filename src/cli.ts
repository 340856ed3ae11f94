#!/usr/bin/env node
/** The `iacm-report` command. Only wires the process to main(); everything else is testable. */
import { describeError, exitCodeOf } from './errors.js';
import { main } from './cli/main.js';

/**
 * A writer for a process stream that a reader may close early (`iacm-report ... | head -1`): the
 * broken pipe ends the output quietly, the run goes on (a report still being sent is sent) and
 * exits with its own code; without a listener Node would die on the unhandled 'error' event with
 * a stack trace.
 */
function closable(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on('error', () => {
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

// Not a top-level await: `ncc build -t` bundles TypeScript entries as CommonJS, where it does not
// parse (the same reason as in plugin.ts). main() reports its own errors; the catch is for bugs.
main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: closable(process.stdout),
  stderr: closable(process.stderr),
  stdin: process.stdin,
  stderrIsTty: process.stderr.isTTY,
  onInterrupt: (handler) => {
    // Listening replaces Node's default (exit at once): clean up, then exit as a shell expects.
    const listener = (): void => {
      handler();
      process.exit(130);
    };
    process.once('SIGINT', listener);
    return () => void process.removeListener('SIGINT', listener);
  },
}).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    process.stderr.write(`iacm-report: error: ${describeError(error)}\n`);
    process.exitCode = exitCodeOf(error);
  },
);
