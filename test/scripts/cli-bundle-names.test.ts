/**
 * The CLI bundle is built without esbuild's keepNames (scripts/cli-bundle.ts): class names come
 * from the variables they are assigned to, so a class the bundler renamed to avoid a collision
 * would carry the new name; the build looks for such classes and fails.
 */
import { describe, expect, it } from 'vitest';
import { renamedClasses } from '../../scripts/cli-bundle.js';

describe('renamedClasses', () => {
  it('finds the classes the sources do not name so, and nothing else', () => {
    const code =
      'InputError2=class extends IacmError{};var Pool3=class{};IacmError=class extends Error{};' +
      'Sha256=class{};x.Foo2=class{};Frame=class{};Named=class{}';
    const sources = [
      'export class InputError extends IacmError {}\nclass Pool {}',
      'export abstract class IacmError extends Error {}\nclass Sha256 {}\nclass Frame {}\nconst Named = class {};',
    ];
    expect(renamedClasses(code, sources)).toEqual(['InputError2', 'Pool3']);
  });
});
