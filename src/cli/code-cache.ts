/**
 * Runs the CLI's bundle (one CommonJS file) through V8 with a code cache kept in the user's cache
 * directory, on every Node the CLI supports (20 has no compile cache of its own; 22+'s
 * `module.enableCompileCache` stores a module's code as compiled *before* it runs, so the functions
 * a run then compiles, most of the work, are compiled again each time).
 *
 * The cache is V8's own (`vm.Script` cachedData), taken when a run ends, so it holds every function
 * that run compiled; the next run deserialises them instead of parsing and compiling ~1 MB of
 * JavaScript. Measured in docs/performance.md (start-up).
 *
 * Safety: the cache only ever costs a normal compile.
 * - V8 refuses data from another V8 version, other flags or a source of another length; the file
 *   name holds the bundle's content hash (V8 checks only the source's length), Node's version and
 *   architecture and the Node options, so two Node versions or two builds never share a file.
 * - A file is written whole under another name, then renamed: a concurrent run reads the old file
 *   or the new one, never half of one; it starts with a mark of this layout and the data's length.
 * - Its bytes are checked by V8 itself, told to (`--verify-snapshot-checksum`, on while the
 *   bundle is compiled and while its cache is made, so both see the same flags): V8 then writes a
 *   checksum into the data it makes and refuses data whose checksum does not match (a normal
 *   compile follows). Without that flag V8 checks only the length (Node 20 and 24 alike), and a flipped
 *   byte of the right length crashes the process in V8's deserialiser or runs damaged code; our
 *   own CRC-32 did the same job with node:zlib, whose module loads Node's stream modules at every
 *   start (issue 29). A runtime that refuses the flag gets no cache.
 * - The bundle and the cache are read into one buffer, the cache's data 8 bytes in (V8 copies data
 *   that is not 8-byte aligned): every page of a fresh buffer is a page fault, ~10 us each on the
 *   test machine, more than reading the bytes (docs/performance.md, start-up).
 * - Any error reading or writing it (no home, a read-only disk, a full disk) is ignored.
 * - Each kind of run (a dry run, a report sent, a merge: run-kind.ts) has its own file, holding what
 *   the first successful run of that kind compiled; the folder keeps the newest few files
 *   (KEEP_FILES), so new builds do not pile up.
 * - `NODE_DISABLE_COMPILE_CACHE` (Node's own switch for its compile cache) turns it off.
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, win32 } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** Where the cache files of this tool live, or undefined when the user has no cache directory. */
export function cacheDirectory(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  const path = platform === 'win32' ? win32 : posix;
  // A relative path would depend on where the command runs: no cache rather than a stray folder.
  const absolute = (dir: string | undefined): string | undefined =>
    dir !== undefined && path.isAbsolute(dir) ? dir : undefined;
  let base: string | undefined;
  if (platform === 'win32') base = absolute(env['LOCALAPPDATA']);
  else {
    const home = absolute(env['HOME']);
    if (platform === 'darwin') base = home && path.join(home, 'Library', 'Caches');
    else base = absolute(env['XDG_CACHE_HOME']) ?? (home && path.join(home, '.cache'));
  }
  return base && path.join(base, 'iacm-reporter');
}

/** The cache file for this bundle on this Node with these options, for runs of `kind` (run-kind.ts). */
export function cacheFileName(bundleHash: string, env: NodeJS.ProcessEnv, kind?: string): string {
  const options = [...process.execArgv, env['NODE_OPTIONS'] ?? ''].join('\0');
  const flags = stringHash(options).toString(16).padStart(8, '0');
  const of = kind === undefined ? '' : `-${kind}`;
  return `cli-${bundleHash}${of}-node${process.version}-${process.arch}-${flags}.v8cache`;
}

/** FNV-1a over the UTF-16 code units of `text`: Node options told apart in a file name. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A cache file: FORMAT, the data's length (both 32-bit little-endian), the data (which V8
 * checksums itself). Files of an older layout (a CRC-32 where FORMAT is) are not taken.
 */
const HEADER_BYTES = 8;
const FORMAT = 0x31636169; // 'iac1'

/**
 * Reads the file open as `fd` (`size` bytes, or fewer if it shrank) into `into` from 0 when it
 * fits, else into a new buffer; returns the bytes read (a view of that buffer).
 */
function readWhole(fd: number, size: number, into?: Buffer): Buffer {
  const buffer = into !== undefined && into.length >= size ? into : Buffer.allocUnsafeSlow(size);
  let done = 0;
  while (done < size) {
    const read = readSync(fd, buffer, done, size - done, null);
    if (read === 0) break;
    done += read;
  }
  return buffer.subarray(0, done);
}

/** The data of a cache file's bytes if they are of this layout and length, else undefined. */
function cacheData(bytes: Buffer): Buffer | undefined {
  if (bytes.length <= HEADER_BYTES) return undefined;
  const data = bytes.subarray(HEADER_BYTES);
  const whole = bytes.readUInt32LE(0) === FORMAT && bytes.readUInt32LE(4) === data.length;
  return whole ? data : undefined;
}

/**
 * Runs `work` (compiling the bundle, making its cache) with V8 told to checksum the code caches it
 * makes and to check those it is given (see the header), and the flag off again after it; throws
 * when the runtime refuses the flag. Only around those two calls: V8 takes a cache only under the
 * flags it was made with, so both see the same flags; and while the flag is on, every new isolate
 * checks the whole start-up snapshot too (a Terragrunt reader thread's start: +168 M instructions,
 * +25 ms on Node 20).
 */
function withCacheChecksums<T>(work: () => T): T {
  setFlagsFromString('--verify-snapshot-checksum');
  try {
    return work();
  } finally {
    setFlagsFromString('--no-verify-snapshot-checksum');
  }
}

/** Whether the runtime takes the flag at all (else the bundle is compiled without a cache). */
let checksums: boolean | undefined;
function cacheChecksums(): boolean {
  if (checksums === undefined) {
    try {
      withCacheChecksums(() => undefined);
      checksums = true;
    } catch {
      checksums = false;
    }
  }
  return checksums;
}

/** A file descriptor for reading `file`, or undefined when it cannot be opened. */
function openOrNot(file: string | undefined): number | undefined {
  if (file === undefined) return undefined;
  try {
    return openSync(file, 'r');
  } catch {
    return undefined;
  }
}

/**
 * The bundle's text and the cache's data if whole, read into one buffer: first the bundle (whose
 * text is then a string of its own), then the cache, over it.
 */
export function readBundleAndCache(
  file: string,
  cacheFile: string | undefined,
): { text: string; cached?: Buffer } {
  const fd = openSync(file, 'r');
  const cacheFd = openOrNot(cacheFile);
  try {
    const size = fstatSync(fd).size;
    const cacheSize = cacheFd === undefined ? 0 : fstatSync(cacheFd).size;
    const buffer = Buffer.allocUnsafeSlow(Math.max(size, cacheSize));
    // latin1: the bundle is ASCII (scripts/cli-bundle.ts), and V8 keeps it as a one-byte string.
    const text = readWhole(fd, size, buffer).toString('latin1');
    if (cacheFd === undefined) return { text };
    try {
      const cached = cacheData(readWhole(cacheFd, cacheSize, buffer));
      return cached === undefined ? { text } : { text, cached };
    } catch {
      return { text };
    }
  } finally {
    closeSync(fd);
    if (cacheFd !== undefined) closeSync(cacheFd);
  }
}

/** Cache files kept in the folder: one per build, kind of run and Node version in use, the newest first. */
export const KEEP_FILES = 16;

/** Removes all but the `keep` newest cache files of `directory` (older builds, other Nodes). */
export function pruneCaches(directory: string, keep: number = KEEP_FILES): void {
  try {
    const files = readdirSync(directory)
      .filter((name) => name.endsWith('.v8cache'))
      .map((name) => ({ path: join(directory, name), time: statSync(join(directory, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { path } of files.slice(keep)) rmSync(path, { force: true });
  } catch {
    // Another run pruning at the same time, or an unreadable folder: the next write tries again.
  }
}

/** Writes `data` to `file` after its header, atomically; false if it could not. */
export function writeCache(file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const head = Buffer.alloc(HEADER_BYTES);
    head.writeUInt32LE(FORMAT, 0);
    head.writeUInt32LE(data.length, 4);
    writeFileSync(temporary, Buffer.concat([head, data]), { mode: 0o600 });
    renameSync(temporary, file);
    pruneCaches(dirname(file));
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // No folder to hold it (ENOTDIR): nothing was written.
    }
    return false;
  }
}

/**
 * How Node wraps a CommonJS module, and so how the bundle files are written (scripts/cli-bundle.ts):
 * a file that already is this function expression is compiled from the string read, where wrapping
 * it here would make V8 flatten a second copy of the whole text (~0.6 MB) that stays in the heap
 * as garbage until a full collection, which a plan read seldom reaches (docs/performance.md, peak
 * memory).
 */
export const SCRIPT_HEAD = '(function (exports, require, module, __filename, __dirname) {';
export const SCRIPT_TAIL = '\n})';

/** Runs that compile little of the CLI (help, version) would leave a cache that holds little. */
const SHORT_RUN = new Set(['--help', '-h', '--version', '-V']);
/**
 * Past this much CPU a run leaves no cache: its start-up is a small part of it (a large plan
 * read), and writing the cache takes ~2 MB more memory at the run's end, where a read's memory
 * is at its peak (docs/performance.md). The next short run of its kind writes it.
 */
export const LONG_RUN_CPU_MS = 1_000;

/** Whether a run with these arguments, having used this much CPU, should write the cache it lacked. */
export function worthCaching(args: readonly string[], cpu: NodeJS.CpuUsage): boolean {
  if (args.some((arg) => SHORT_RUN.has(arg))) return false;
  return (cpu.user + cpu.system) / 1000 < LONG_RUN_CPU_MS;
}

export interface CachedBundle {
  /** The absolute path of the bundle: a CommonJS file of plain ASCII. */
  readonly file: string;
  /** A hash of its content, fixed when it was built. */
  readonly hash: string;
  /** Whether this run may write the cache when it ends (the main thread of a run that went well). */
  readonly mayWrite: () => boolean;
  /** The kind of run (run-kind.ts): each kind has a cache file of its own. */
  readonly kind?: string | undefined;
}

/**
 * Loads the bundle as Node loads a CommonJS module (the same wrapper and arguments, SCRIPT_HEAD and
 * SCRIPT_TAIL, written around it by the build or added here; `require` Node's for the bundle's
 * file unless given) and returns its exports; the compiled code comes from the cache when there
 * is a usable one.
 */
export function loadWithCodeCache(
  bundle: CachedBundle,
  env: NodeJS.ProcessEnv = process.env,
  require: (id: string) => unknown = createRequire(bundle.file),
): unknown {
  const directory = cacheChecksums() ? cacheDirectory(env) : undefined;
  const cacheFile = directory && join(directory, cacheFileName(bundle.hash, env, bundle.kind));
  const { text, cached: cachedData } = readBundleAndCache(bundle.file, cacheFile);
  const source = text.startsWith(SCRIPT_HEAD) ? text : `${SCRIPT_HEAD}${text}${SCRIPT_TAIL}`;
  const compile = (): Script =>
    new Script(
      source,
      cachedData === undefined ? { filename: bundle.file } : { filename: bundle.file, cachedData },
    );
  const script = cacheFile === undefined ? compile() : withCacheChecksums(compile);
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // At the end, so the cache holds what this run compiled, not only the top level.
    process.once('exit', (code) => {
      if (code === 0 && bundle.mayWrite()) {
        writeCache(
          cacheFile,
          withCacheChecksums(() => script.createCachedData()),
        );
      }
    });
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as unknown };
  wrapper.call(module.exports, module.exports, require, module, bundle.file, dirname(bundle.file));
  return module.exports;
}
