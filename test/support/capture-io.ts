/** A CliIo that records what a command prints, for in-process CLI tests. */
import type { CliIo } from '../../src/cli/cli-io.js';

export interface CapturedIo {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function captureIo(env: Record<string, string | undefined>, cwd: string, stdin?: string): CapturedIo {
  let out = '';
  let err = '';
  const io: CliIo = {
    env,
    cwd,
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    ...(stdin === undefined ? {} : { stdin: [Buffer.from(stdin)] }),
  };
  return { io, stdout: () => out, stderr: () => err };
}
