/** Errors made in a catch keep what they caught as `cause` (ARCHITECTURE.md), message unchanged. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { expandInputs } from '../../src/inputs/expand-inputs.js';
import { decodeText, parseJsonText } from '../../src/inputs/json-file.js';
import { fileSize } from '../../src/run/upload-plan.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'causes-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function caught(work: () => unknown): Promise<InputError> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('no error');
}

describe('causes kept', () => {
  it("JSON that does not parse: JSON.parse's SyntaxError", async () => {
    const error = await caught(() => parseJsonText('{"a": x}', 'f.json'));
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("bytes that are not UTF-8: the decoder's error", async () => {
    const error = await caught(() => decodeText(new Uint8Array([0x7b, 0xff, 0x7d]), 'f.json'));
    expect(error.code).toBe('INPUT_ENCODING');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("a missing input or upload file: the file system's ENOENT", async () => {
    const missing = await caught(() => expandInputs(['nope.json'], dir, 'plan'));
    expect(missing.code).toBe('INPUT_NOT_FOUND');
    expect((missing.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
    const upload = await caught(() => fileSize(join(dir, 'nope.json'), 'nope.json'));
    expect((upload.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
