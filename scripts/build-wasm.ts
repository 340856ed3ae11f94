/**
 * Assembles the WebAssembly modules (src/scan/skip-wasm.wat, the scanner's skip mode, and
 * src/plan/raw-diff.wat, attribute roles' comparison) into their .generated.ts files (the module's
 * bytes as base64, so that every bundler and `node` load it as plain TypeScript, with no .wasm file
 * to ship). The generated files are committed; a test fails when one does not match its .wat.
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

/** Each module: its .wat, its generated file, the constant that holds it and what it is. */
export const MODULES = [
  {
    wat: WAT_FILE,
    generated: GENERATED_FILE,
    name: 'SKIP_WASM_BASE64',
    what: "The WebAssembly module of the scanner's skip mode, as base64 (loaded by skip-wasm.ts).",
  },
  {
    wat: 'src/plan/raw-diff.wat',
    generated: 'src/plan/raw-diff.generated.ts',
    name: 'RAW_DIFF_WASM_BASE64',
    what: "The WebAssembly module of attribute roles' comparison, as base64 (loaded by raw-diff-wasm.ts).",
  },
] as const;

type WasmModule = (typeof MODULES)[number];

/** The module's bytes, assembled from the .wat with SIMD enabled (the only post-MVP feature used). */
export async function assembleSkipWasm(wasm: WasmModule = MODULES[0]): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const text = await readFile(`${ROOT}${wasm.wat}`, 'utf8');
  const module = wabt.parseWat(wasm.wat, text, { simd: true, bulk_memory: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

/** The content of the generated file. */
export async function renderGenerated(wasm: WasmModule = MODULES[0]): Promise<string> {
  const bytes = await assembleSkipWasm(wasm);
  const base64 = Buffer.from(bytes).toString('base64');
  // Lines of 100 characters keep the file diffable and within the formatter's width.
  const lines = base64.match(/.{1,100}/g) ?? [];
  return [
    `// Generated from ${wasm.wat} by \`npm run build:wasm\` (scripts/build-wasm.ts): do not edit.`,
    `// ${wasm.what}`,
    `export const ${wasm.name} =`,
    ...lines.map((line, i) => `  '${line}'${i === lines.length - 1 ? ';' : ' +'}`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  for (const wasm of MODULES) {
    const expected = await renderGenerated(wasm);
    const file = `${ROOT}${wasm.generated}`;
    if (process.argv.includes('--check')) {
      const actual = await readFile(file, 'utf8').catch(() => '');
      if (actual !== expected) {
        console.error(`${wasm.generated} is stale: run npm run build:wasm`);
        process.exit(1);
      }
      console.log(`${wasm.generated} matches ${wasm.wat}.`);
      continue;
    }
    await writeFile(file, expected);
    console.log(`wrote ${wasm.generated}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
