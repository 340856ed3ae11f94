/** The world a CLI command sees, handed in by src/cli.ts so commands read no process globals. */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (s: string) => void;
  /**
   * Resolves once stdout has taken what was written (a pipe a reader drains slowly): a body of
   * hundreds of megabytes written in pieces then waits instead of queueing whole in memory.
   */
  readonly stdoutDrained?: () => Promise<void>;
  readonly stderr: (s: string) => void;
  /**
   * Absent when there is no stdin to read. A plain array of chunks is accepted too, so tests need
   * no stream; readers use `for await`, which takes both.
   */
  readonly stdin?: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  readonly cwd: string;
  /** Whether stderr is a terminal (progress lines are drawn only there). */
  readonly stderrIsTty?: boolean;
  /**
   * Calls `handler` on Ctrl-C (SIGINT) before the process ends; returns the function that stops
   * listening. Absent in tests that do not exercise it.
   */
  readonly onInterrupt?: (handler: () => void) => () => void;
}
