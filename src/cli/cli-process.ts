/**
 * The `iacm-report` process: wires it to main(); everything else is testable. Loaded by cli.ts
 * once Node's compile cache is on.
 */
import { describeError, exitCodeOf } from '../errors.js';
import { main } from './main.js';

// Not a top-level await: `ncc build -t` bundles TypeScript entries as CommonJS, where it does not
// parse (the same reason as in plugin.ts). main() reports its own errors; the catch is for bugs.
main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
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
