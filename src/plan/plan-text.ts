/**
 * Is this the human-readable plan (`terraform show -no-color tfplan`)? Judged from the first bytes
 * of a file given as plan text, because the likely mistakes are easy to tell apart there: the
 * binary plan itself (a zip archive), the JSON plan (`show -json`), and text with terminal colour
 * codes (`-no-color` forgotten), which the IaCM UI would show as `[32m` noise.
 */

export const PLAN_TEXT_SNIFF_BYTES = 64 * 1024;

export type PlanTextVerdict =
  | { readonly kind: 'text'; readonly coloured: boolean }
  | { readonly kind: 'binary-plan' | 'json' | 'binary'; readonly detail: string };

export function sniffPlanText(head: Uint8Array): PlanTextVerdict {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) {
    return {
      kind: 'binary-plan',
      detail:
        'is a binary plan file (a zip archive); upload its text instead: terraform show -no-color <planfile> > plan.txt',
    };
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(text)) {
    return {
      kind: 'json',
      detail: 'is JSON (show -json output); plan text is the output of terraform show -no-color <planfile>',
    };
  }
  // NUL bytes do not occur in plan text; a file with them is some other binary.
  if (bytes.includes(0)) {
    return { kind: 'binary', detail: 'is binary data, not plan text (terraform show -no-color <planfile>)' };
  }
  return { kind: 'text', coloured: text.includes('\u001b[') };
}
