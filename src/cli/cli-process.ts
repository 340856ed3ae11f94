/**
 * The `iacm-report` process: wires it to main(); everything else is testable. Loaded by cli.ts
 * once Node's compile cache is on.
 */
import { describeError, exitCodeOf } from '../errors.js';
import { main } from './main.js';
import { processOutput } from './fd-writer.js';

// Written to their descriptors, not through Node's streams, which a run then never loads; a
// reader that closes early (`iacm-report ... | head -1`) ends that output quietly, the run goes
// on (a report still being sent is sent) and exits with its own code (fd-writer.ts).
const stdout = processOutput(1, () => process.stdout);
const stderr = processOutput(2, () => process.stderr);

// Not a top-level await: `ncc build -t` bundles TypeScript entries as CommonJS, where it does not
// parse (the same reason as in plugin.ts). main() reports its own errors; the catch is for bugs.
main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: stdout.write,
  stdoutDrained: stdout.drained,
  stderr: stderr.write,
  // Touched only when read (`send --payload -`): making process.stdin's stream costs every run
  // ~2 ms, and a plan named `-` is read from fd 0 directly (input-file.ts).
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
  get stderrIsTty() {
    return stderr.isTTY();
  },
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
    stderr.write(`iacm-report: error: ${describeError(error)}\n`);
    process.exitCode = exitCodeOf(error);
  },
);
