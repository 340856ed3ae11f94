import { MAX_PATH_DEPTH } from '../../src/plan/attribute-paths.js';

/**
 * Where the members of an object's containers end, down to MAX_PATH_DEPTH containers below it
 * (each ',' between them and the closing bracket, with its level above bit 24), as the scanner
 * notes them for a kept value (RawValue.ends, JsonScanner.keepEnds), found here the plain way.
 */
export function noteEnds(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  let depth = 0;
  const note = (i: number): void => {
    if (depth >= 1 && depth - 1 <= MAX_PATH_DEPTH) ends.push(i | ((depth - 1) << 24));
  };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x22) {
      for (i++; bytes[i] !== 0x22; i++) if (bytes[i] === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      note(i);
      depth--;
    } else if (c === 0x2c) note(i);
  }
  return ends;
}
