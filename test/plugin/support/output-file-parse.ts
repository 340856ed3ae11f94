/** Reads an output file the way the Harness runner does: split at the first `=`, `__B64__` decoded. */
import { B64_PREFIX } from '../../../src/plugin/output-file.js';

export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const at = line.indexOf('=');
    const value = line.slice(at + 1);
    out[line.slice(0, at)] = value.startsWith(B64_PREFIX)
      ? Buffer.from(value.slice(B64_PREFIX.length), 'base64').toString('utf8')
      : value;
  }
  return out;
}
