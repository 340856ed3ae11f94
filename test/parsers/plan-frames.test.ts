/**
 * Key ids come from the key's name, not its place in a frame's table: the same key has the same id
 * in every frame, different keys never share one, and the byte matcher agrees with the lookup. A
 * frame made new for reuse is a new frame, field for field.
 */
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../src/plan/key-table.js';
import {
  F_CHANGE,
  F_CHANGE_ENTRY,
  F_CHANGE_LIST,
  Frame,
  KEYS_OF_FRAME,
  K_ACTIONS,
  K_ADDRESS,
  K_AFTER,
  K_MODE,
  K_OTHER,
  TOP_KEYS,
} from '../../src/plan/plan-frames.js';

const tables = [TOP_KEYS, ...KEYS_OF_FRAME.filter((table): table is KeyTable => table instanceof KeyTable)];

describe('plan-frames key ids', () => {
  it('one id per key name across every frame table, never 0, never shared', () => {
    expect(tables.length).toBeGreaterThan(5);
    const idOf = new Map<string, number>();
    const encoder = new TextEncoder();
    for (const table of tables) {
      for (const name of table.names) {
        const id = table.lookup(name);
        const bytes = encoder.encode(`"${name}"`);
        expect(table.match(bytes, 1, bytes.length - 1, null), name).toBe(id);
        expect(table.match(bytes, 1, bytes.length - 1, name), name).toBe(id);
        expect(id, name).not.toBe(K_OTHER);
        if (idOf.has(name)) expect(id, name).toBe(idOf.get(name));
        idOf.set(name, id);
      }
      expect(table.lookup('not_a_key')).toBe(K_OTHER);
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    expect(idOf.get('address')).toBe(K_ADDRESS);
    expect(idOf.get('mode')).toBe(K_MODE);
    expect(idOf.get('actions')).toBe(K_ACTIONS);
    expect(idOf.get('after')).toBe(K_AFTER);
  });

  it('a table keeps its ids when reordered (ids given by name)', () => {
    const ids: Record<string, number> = { address: 9, mode: 10, change: 12 };
    const forward = new KeyTable(['address', 'mode', 'change'], (name) => ids[name] ?? 0);
    const reversed = new KeyTable(['change', 'mode', 'address'], (name) => ids[name] ?? 0);
    const bytes = new TextEncoder().encode('change');
    for (const table of [forward, reversed]) {
      expect(table.match(bytes, 0, bytes.length, null)).toBe(12);
      expect(table.lookup('address')).toBe(9);
    }
  });
});

describe('Frame.reuse', () => {
  it('makes a used frame field for field what a new one is (the walker reuses closed frames)', () => {
    const parent = new Frame(F_CHANGE_LIST, null, '.resource_changes');
    const used = new Frame(F_CHANGE_ENTRY, parent, 3);
    // Every field the walker may set, set to something else than a new frame has.
    const record = used as unknown as Record<string, unknown>;
    const fresh = new Frame(F_CHANGE_ENTRY, parent, 3) as unknown as Record<string, unknown>;
    const dirty: Record<string, unknown> = { string: 'x', number: 7, boolean: true, undefined: 'set' };
    for (const [field, value] of Object.entries(fresh)) {
      if (field === 'kind' || field === 'parent' || field === 'via') continue;
      record[field] = value === undefined ? ['set'] : dirty[typeof value];
    }
    expect(Object.keys(record).length).toBeGreaterThan(25);
    const made = used.reuse(F_CHANGE, parent, '.change') as unknown as Record<string, unknown>;
    const expected = new Frame(F_CHANGE, parent, '.change') as unknown as Record<string, unknown>;
    expect(Object.keys(made)).toEqual(Object.keys(expected));
    for (const field of Object.keys(expected)) expect(made[field], field).toBe(expected[field]);
  });
});
