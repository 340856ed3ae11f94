// Generated from src/cli/cache-sum.wat by `npm run build:wasm` (scripts/build-wasm.ts): do not edit.
// The WebAssembly module of the code cache's checksum, as base64 (loaded by cache-sum.ts).
export const CACHE_SUM_WASM_BASE64 =
  'AGFzbQEAAAABBwFgAn9/AX8DAgEABQMBAAAHEAIGbWVtb3J5AgADc3VtAAAKbQFrAgF+AX9C05GMrYjR2p8kIQIgACABQQdqQXhx' +
  'aiEDAkADQCAAIANPDQEgAiAAKQMAhUIdiUKt/tXk1IX9qNgAfiECIABBCGohAAwACwsgAiABrYVCrf7V5NSF/ajYAH4hAiACIAJC' +
  'IIiFpws=';
