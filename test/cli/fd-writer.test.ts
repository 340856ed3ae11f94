/**
 * The CLI's stdout and stderr written to their descriptors (src/cli/fd-writer.ts): every byte
 * through a full non-blocking pipe (EAGAIN), quietly nothing more once the reader has gone
 * (EPIPE), a file and a pipe told from a terminal, and Node's stream where there is no descriptor.
 * Real FIFOs and a real reader process; POSIX only (Windows keeps Node's streams).
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processOutput, writeAllSync } from '../../src/cli/fd-writer.js';

const dirs: string[] = [];
function fifo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fd-writer-'));
  dirs.push(dir);
  const path = join(dir, 'pipe');
  execFileSync('mkfifo', [path]);
  return path;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const noStream = (): NodeJS.WriteStream => {
  throw new Error('the stream was made');
};

describe.skipIf(process.platform === 'win32')('the descriptor writer', () => {
  it('writes every byte through a non-blocking pipe a slow reader drains (EAGAIN waited out)', async () => {
    const path = fifo();
    const out = join(dirs[0]!, 'out.txt');
    // The reader: another process, copying the pipe to a file as it comes.
    const reader = spawn('sh', ['-c', `sleep 0.2; cat "${path}" > "${out}"`]);
    const done = new Promise((resolve) => reader.on('exit', resolve));
    // Opened non-blocking (no reader yet would fail with ENXIO: open the read side first, here).
    const keep = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    const text = `${'0123456789abcdef'.repeat(4096)}é\n`.repeat(16); // ~1 MB, 16 times a pipe's room
    writeAllSync(fd, text);
    closeSync(fd);
    closeSync(keep);
    await done;
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('stops quietly once the reader has gone (EPIPE), and the run goes on', () => {
    const path = fifo();
    const read = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(path, constants.O_WRONLY);
    closeSync(read);
    const output = processOutput(fd, noStream);
    expect(() => output.write('first\n')).not.toThrow();
    expect(() => output.write('second\n')).not.toThrow();
    closeSync(fd);
  });

  it('says a pipe and a file are no terminal without making a stream', async () => {
    const path = fifo();
    const read = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(path, constants.O_WRONLY);
    const output = processOutput(fd, noStream);
    expect(output.isTTY()).toBe(false);
    await expect(output.drained()).resolves.toBeUndefined();
    closeSync(fd);
    closeSync(read);
    const file = join(dirs[0]!, 'file.txt');
    const fileFd = openSync(file, 'w');
    const toFile = processOutput(fileFd, noStream);
    toFile.write('a line\n');
    toFile.write('and ünïcode\n');
    expect(toFile.isTTY()).toBe(false);
    closeSync(fileFd);
    expect(readFileSync(file, 'utf8')).toBe('a line\nand ünïcode\n');
  });

  it("uses Node's stream for a descriptor it cannot look at (closed)", () => {
    const written: string[] = [];
    const stream = {
      on: () => stream,
      write: (text: string) => written.push(text),
      isTTY: true,
      writableNeedDrain: false,
    } as unknown as NodeJS.WriteStream;
    const output = processOutput(987_654, () => stream);
    output.write('through the stream\n');
    expect(written).toEqual(['through the stream\n']);
    expect(output.isTTY()).toBe(true);
  });
});
