/**
 * The `iacm-report` process: wires it to main(); everything else is testable. Loaded by cli.ts
 * once Node's compile cache is on.
 */
import { describeError, exitCodeOf } from '../errors.js';
import { main } from './main.js';

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

/** Resolves when `stream` has room again (or is closed: nothing more will be written to it). */
function drained(stream: NodeJS.WriteStream): () => Promise<void> {
  return () =>
    !stream.writableNeedDrain || stream.destroyed
      ? Promise.resolve()
      : new Promise((resolve) => {
          const done = (): void => {
            stream.off('drain', done).off('error', done).off('close', done);
            resolve();
          };
          stream.on('drain', done).on('error', done).on('close', done);
        });
}

// Not a top-level await: `ncc build -t` bundles TypeScript entries as CommonJS, where it does not
// parse (the same reason as in plugin.ts). main() reports its own errors; the catch is for bugs.
main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: closable(process.stdout),
  stdoutDrained: drained(process.stdout),
  stderr: closable(process.stderr),
  // Touched only when read (`send --payload -`): making process.stdin's stream costs every run
  // ~2 ms, and a plan named `-` is read from fd 0 directly (input-file.ts).
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
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
