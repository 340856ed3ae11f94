/**
 * Assembles src/scan/skip-wasm.wat into skip-wasm.generated.ts (the module's bytes
 * as base64, so that every bundler and `node` load it as plain TypeScript, with no .wasm file to
 * ship). The generated file is committed; a test fails when it does not match the .wat.
 *
 *   npm run build:wasm                      rewrite the generated file
 *   npx tsx scripts/build-wasm.ts --check   exit 1 when it is stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import wabtInit from 'wabt';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const WAT_FILE = 'src/scan/skip-wasm.wat';
export const GENERATED_FILE = 'src/scan/skip-wasm.generated.ts';

/** The module's bytes, assembled from the .wat with SIMD enabled (the only post-MVP feature used). */
export async function assembleSkipWasm(): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const text = await readFile(`${ROOT}${WAT_FILE}`, 'utf8');
  const module = wabt.parseWat(WAT_FILE, text, { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

/** The content of the generated file. */
export async function renderGenerated(): Promise<string> {
  const bytes = await assembleSkipWasm();
  const base64 = Buffer.from(bytes).toString('base64');
  // Lines of 100 characters keep the file diffable and within the formatter's width.
  const lines = base64.match(/.{1,100}/g) ?? [];
  return [
    `// Generated from ${WAT_FILE} by \`npm run build:wasm\` (scripts/build-wasm.ts): do not edit.`,
    "// The WebAssembly module of the scanner's skip mode, as base64 (loaded by skip-wasm.ts).",
    `export const SKIP_WASM_BASE64 =`,
    ...lines.map((line, i) => `  '${line}'${i === lines.length - 1 ? ';' : ' +'}`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const expected = await renderGenerated();
  const file = `${ROOT}${GENERATED_FILE}`;
  if (process.argv.includes('--check')) {
    const actual = await readFile(file, 'utf8').catch(() => '');
    if (actual !== expected) {
      console.error(`${GENERATED_FILE} is stale: run npm run build:wasm`);
      process.exit(1);
    }
    console.log(`${GENERATED_FILE} matches ${WAT_FILE}.`);
    return;
  }
  await writeFile(file, expected);
  console.log(`wrote ${GENERATED_FILE}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
