/**
 * The zlib decoder git's objects are read with (src/context/inflate.ts) against Node's own zlib:
 * every block type zlib writes (stored, fixed, dynamic codes; each level and strategy), then
 * damaged and truncated streams, which must throw (git-objects.ts then asks git), never hang.
 */
import { constants, deflateSync, inflateSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adler32, inflateZlib } from '../../src/context/inflate.js';

/** Inputs of every kind a commit or any object can hold: empty, text, repeats, noise, large. */
function samples(): Buffer[] {
  const text = Buffer.from(
    'tree 2df322bb3aa661dc6a656574\nauthor A U Thor <a@example.com> 1700000000 +0000\n\nFix the reader: ünïcödé 🚀\n',
  );
  return [
    Buffer.alloc(0),
    Buffer.from('a'),
    text,
    Buffer.concat(Array.from({ length: 400 }, () => text)),
    Buffer.alloc(70_000, 0x61),
    randomBytes(5),
    randomBytes(100_000),
    Buffer.concat([randomBytes(40_000), Buffer.alloc(40_000, 7), randomBytes(3_000)]),
  ];
}

const STRATEGIES = [
  constants.Z_DEFAULT_STRATEGY,
  constants.Z_FILTERED,
  constants.Z_HUFFMAN_ONLY,
  constants.Z_RLE,
  constants.Z_FIXED,
];

/** What `decode` returns, or undefined when it throws. */
function attempt(decode: () => Buffer): Buffer | undefined {
  try {
    return decode();
  } catch {
    return undefined;
  }
}

describe('inflateZlib', () => {
  it('decodes what zlib writes at every level and strategy, checksum included', () => {
    let streams = 0;
    for (const input of samples()) {
      for (let level = 0; level <= 9; level++) {
        for (const strategy of STRATEGIES) {
          const compressed = deflateSync(input, { level, strategy });
          const out = inflateZlib(compressed, { trailer: true });
          expect(Buffer.from(out).equals(input), `level ${level}, strategy ${strategy}`).toBe(true);
          streams++;
        }
      }
    }
    expect(streams).toBe(samples().length * 10 * STRATEGIES.length);
  });

  it('decodes an object read with bytes of the next one after it (a pack), given its size', () => {
    const input = Buffer.from('commit message\n'.repeat(50));
    const compressed = deflateSync(input);
    const withNext = Buffer.concat([compressed.subarray(0, -4), randomBytes(64)]);
    const out = inflateZlib(withNext, { trailer: false, sizeHint: input.length });
    expect(Buffer.from(out).equals(input)).toBe(true);
  });

  it('computes Adler-32 as zlib does, past its 5552-byte reduction interval', () => {
    for (const input of [
      Buffer.alloc(0),
      Buffer.from('Wikipedia'),
      Buffer.alloc(20_000, 0xff),
      randomBytes(9_999),
    ]) {
      expect(adler32(input)).toBe(deflateSync(input).readUInt32BE(deflateSync(input).length - 4));
    }
    expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
  });

  it('throws on a damaged stream, a truncated one or one that is not zlib; never loops', () => {
    const input = Buffer.from('a commit subject, and a body long enough to hold dynamic codes. '.repeat(20));
    const compressed = deflateSync(input);
    // A flipped bit anywhere: refused where zlib refuses it, the same bytes where zlib decodes it
    // (a bit of the last byte's padding), never anything else.
    let refused = 0;
    for (let at = 0; at < compressed.length; at++) {
      for (const bit of [0x01, 0x10, 0x80]) {
        const damaged = Buffer.from(compressed);
        damaged[at]! ^= bit;
        const theirs = attempt(() => inflateSync(damaged));
        const ours = attempt(() => Buffer.from(inflateZlib(damaged, { trailer: true })));
        expect(ours === undefined, `byte ${at}, bit ${bit}`).toBe(theirs === undefined);
        if (ours !== undefined) expect(ours.equals(theirs!), `byte ${at}, bit ${bit}`).toBe(true);
        else refused++;
      }
    }
    expect(refused).toBeGreaterThan(compressed.length * 2);
    for (let length = 0; length < compressed.length; length++) {
      expect(
        () => inflateZlib(compressed.subarray(0, length), { trailer: true }),
        `${length} bytes`,
      ).toThrow();
    }
    expect(() => inflateZlib(Buffer.from('commit 12\0not zlib'), { trailer: true })).toThrow();
    // Noise after a valid header ends (decoded or refused), however it decodes.
    for (let round = 0; round < 200; round++) {
      const noise = Buffer.concat([Buffer.from([0x78, 0x9c]), randomBytes(64)]);
      try {
        inflateZlib(noise, { trailer: true });
      } catch {
        // refused: what a damaged object gets
      }
    }
  });
});
