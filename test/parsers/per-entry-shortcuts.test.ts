/**
 * Work a plan reader does for every entry, done without garbage (issue 29): the kinds of the usual
 * `change.actions` arrays are shared objects (action-kind.ts), and an instance's resource address
 * is cut without a regular expression (drift-tally.ts). Each is checked against the plain
 * computation it replaces, on every array and address shape the fast way could get wrong.
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from '../../src/plan/action-kind.js';
import { resourceOf } from '../../src/plan/drift-tally.js';

/** action-kind.ts's rules written out once more, for every array (the shared kinds must agree). */
function reference(actions: readonly string[]): Record<string, boolean> {
  const known = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);
  const only = actions.length === 1 ? actions[0] : undefined;
  const unknown = actions.length === 0 || actions.some((a) => !known.has(a));
  return {
    create: actions.includes('create'),
    delete: actions.includes('delete'),
    forget: actions.includes('forget'),
    update:
      only === 'update' || (unknown && !actions.some((a) => ['create', 'delete', 'forget'].includes(a))),
    noop: only === 'no-op',
    unknown,
  };
}

describe('kindOf', () => {
  const words = ['no-op', 'create', 'read', 'update', 'delete', 'forget', 'bogus', '', 'CREATE'];
  const arrays: string[][] = [[]];
  for (const a of words) {
    arrays.push([a]);
    for (const b of words) {
      arrays.push([a, b]);
      for (const c of words.slice(0, 3)) arrays.push([a, b, c]);
    }
  }

  it('says the same as the rules for every array of up to three actions, known or not', () => {
    for (const actions of arrays)
      expect({ ...kindOf(actions) }, JSON.stringify(actions)).toEqual(reference(actions));
  });

  it('hands the usual arrays one shared, read-only kind', () => {
    expect(kindOf(['delete', 'create'])).toBe(kindOf(['delete', 'create']));
    expect(Object.isFrozen(kindOf(['no-op']))).toBe(true);
    // An unknown action is worked out each time, and warned about by the readers.
    expect(kindOf(['bogus']).unknown).toBe(true);
  });
});

describe('resourceOf', () => {
  const regex = (address: string): string | undefined => /^(.*)\[[^[\]]*\]$/.exec(address)?.[1];
  const addresses = [
    'aws_instance.web[0]',
    'aws_instance.web["a"]',
    'module.m["x"].aws_instance.web[3]',
    'module.m["x"].aws_instance.web',
    'aws_instance.web',
    'aws_instance.web[]',
    '[0]',
    'a[0]]',
    'a[[0]',
    'a[0][1]',
    'a["x]y"]',
    'a["x[y"]',
    'a["line\nbreak"]',
    'line\nbreak[0]',
    'carriage\rreturn[0]',
    'sep\u2028arator[1]',
    'para\u2029graph[1]',
    'a["é"]',
    ']',
    '',
    '[',
    'a[0] ',
  ];

  it('cuts what the regular expression cuts, and leaves what it leaves', () => {
    for (const address of addresses)
      expect(resourceOf(address), JSON.stringify(address)).toBe(regex(address));
  });
});
