// Reads one JSON document on stdin and writes it indented on stdout (`npm run demo` pipes the
// dry run's request body through it, so the body reads as a document rather than one long line).
import { readFileSync } from 'node:fs';

const text = readFileSync(0, 'utf8');
if (text.trim() === '') {
  console.error('pretty-json: nothing on stdin (the command before the pipe failed: see above)');
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
