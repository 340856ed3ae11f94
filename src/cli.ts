#!/usr/bin/env node
/** The `iacm-report` command. Only wires the process to main(); everything else is testable. */
import { main } from './cli/main.js';

const exitCode = await main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stderrIsTty: process.stderr.isTTY,
});
process.exitCode = exitCode;
