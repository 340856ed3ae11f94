/**
 * Looks for secrets in everything a run wrote. A secret can hide in transformed text, so each is
 * searched as written, percent-encoded, JSON-escaped and base64-encoded at every alignment, and
 * values the Harness runner decodes (`KEY=__B64__...` in an output file) are decoded first.
 */
import { readFile } from 'node:fs/promises';
import { filesUnder } from './entries.js';

export interface Written {
  /** Where the text went: "cli stderr", "GITHUB_OUTPUT", a file path, "iacm request body"... */
  readonly where: string;
  readonly text: string;
}

/** The base64 text of `secret` wherever it sits in a longer encoded run: one form per alignment. */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    // The first group mixes in the bytes before the secret and the last the bytes after it.
    forms.push(encoded.slice(pad === 0 ? 0 : 4, -4));
  }
  return forms.filter((form) => form.length >= 8);
}

function formsOf(secret: string): string[] {
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
      ...base64Forms(secret),
    ]),
  ];
}

/** `__B64__` values decoded and appended, as the Harness runner would show them. */
function withDecoded(text: string): string {
  const decoded = [...text.matchAll(/__B64__([A-Za-z0-9+/=]+)/g)].map((m) =>
    Buffer.from(m[1] ?? '', 'base64').toString('utf8'),
  );
  return decoded.length === 0 ? text : `${text}\n${decoded.join('\n')}`;
}

/** One line per secret found: where, which secret, and the text around it. */
export function findLeaks(written: readonly Written[], secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const { where, text } of written) {
    const haystack = withDecoded(text);
    for (const secret of secrets) {
      for (const form of formsOf(secret)) {
        const at = haystack.indexOf(form);
        if (at !== -1) {
          const context = haystack.slice(Math.max(0, at - 40), at + form.length + 40);
          leaks.push(`${where}: ${secret} (as ${form}) in …${JSON.stringify(context)}…`);
        }
      }
    }
  }
  return leaks;
}

/** Every file under each folder, as Written entries (binary files are read as UTF-8 too). */
export async function filesWritten(folders: readonly string[]): Promise<Written[]> {
  const written: Written[] = [];
  for (const folder of folders) {
    for (const file of await filesUnder(folder))
      written.push({ where: file, text: await readFile(file, 'utf8') });
  }
  return written;
}
