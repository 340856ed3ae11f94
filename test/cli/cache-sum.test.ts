/**
 * The code cache's checksum (src/cli/cache-sum.ts, in WebAssembly): every changed byte and every
 * length changes it, and it is the same whether the bytes were read into its memory or copied
 * there. (V8 crashes on a damaged cache of the right length: code-cache.test.ts.)
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checksum, checksumBuffer } from '../../src/cli/cache-sum.js';

describe('the code cache checksum', () => {
  it('changes with any one flipped bit of the data, at any place', () => {
    const data = randomBytes(4_099);
    const sum = checksum(data);
    expect(sum).toEqual(expect.any(Number));
    for (let at = 0; at < data.length; at += 7) {
      for (const bit of [0x01, 0x80]) {
        const changed = Buffer.from(data);
        changed[at]! ^= bit;
        expect(checksum(changed), `byte ${at}`).not.toBe(sum);
      }
    }
  });

  it('tells lengths apart, zeros at the end included', () => {
    const sums = new Set<number | undefined>();
    for (let length = 0; length <= 40; length++) sums.add(checksum(Buffer.alloc(length)));
    expect(sums.size).toBe(41);
  });

  it('is the same for bytes read into its buffer as for a copy of them, after the buffer grows', () => {
    const data = randomBytes(300_001);
    const buffer = checksumBuffer(data.length + 8)!;
    data.copy(buffer, 8);
    const inPlace = checksum(buffer.subarray(8, 8 + data.length));
    expect(inPlace).toBe(checksum(data));
    expect(checksum(Buffer.from(data))).toBe(inPlace);
    // Something after the data in the buffer is not summed (a copy summed since went to its start).
    const again = checksumBuffer(data.length + 8)!;
    data.copy(again, 8);
    again.fill(0xee, 8 + data.length);
    expect(checksum(again.subarray(8, 8 + data.length))).toBe(inPlace);
    const larger = randomBytes(2_000_000);
    expect(checksum(larger)).not.toBe(inPlace);
    expect(checksum(data)).toBe(inPlace);
  });
});
