/**
 * The plain-text summary's parts as titled blocks of whole items, cut to a number of UTF-8 bytes
 * with a line saying how many items were left out (text-summary.ts fits them in the reverse of
 * their order, so the verdict always survives).
 */
import { utf8Length as bytes } from './text-budget.js';

/** A titled list as whole items (an item may be several lines), ready to be cut to a budget. */
export interface Block {
  readonly title: string[];
  readonly items: string[][];
  readonly noun: string;
  /** Said at the end when the block was already bounded before any budget cut. */
  readonly tail?: string[];
  /** Items left out before any cut (counted in the "more" line). */
  readonly omitted?: number;
}

export const linesBytes = (lines: readonly string[]): number =>
  lines.reduce((n, line) => n + bytes(line) + 1, 0);
const moreLine = (count: number, noun: string): string => `… ${count} more ${noun} not shown`;

/** As many whole items as fit in `budget` bytes, then a line saying how many were left out. */
export function fit(block: Block, budget: number): string[] {
  const tail = block.tail ?? [];
  const omitted = block.omitted ?? 0;
  if (block.items.length === 0 && tail.length === 0) return [];
  const full = [...block.title, ...block.items.flat(), ...tail];
  if (omitted === 0 && linesBytes(full) <= budget) return full;
  const reserve = bytes(moreLine(block.items.length + omitted, block.noun)) + 1 + linesBytes(tail);
  const out = [...block.title];
  let used = linesBytes(out);
  if (used + reserve > budget) return [];
  let shown = 0;
  for (const item of block.items) {
    const size = linesBytes(item);
    if (used + size + reserve > budget) break;
    out.push(...item);
    used += size;
    shown += 1;
  }
  out.push(moreLine(block.items.length - shown + omitted, block.noun), ...tail);
  return out;
}

/** Cuts text to at most `max` UTF-8 bytes on a character boundary, marking the cut. */
export function cutBytes(text: string, max: number): string {
  const mark = '…';
  if (max < bytes(mark)) return '';
  let out = '';
  let size = 0;
  for (const char of text) {
    const n = bytes(char);
    if (size + n + bytes(mark) > max) break;
    out += char;
    size += n;
  }
  return out + mark;
}
