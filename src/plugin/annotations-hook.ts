/**
 * The plugin's card on the execution page (run/annotations.ts): written when Harness names a file
 * for it, said in the log when it does not. A card that cannot be written is an output failure
 * like the output variables file.
 */
import {
  ANNOTATIONS_FILE,
  annotationsDocument,
  annotationsProblem,
  writeAnnotationsFile,
} from '../run/annotations.js';
import type { Ending, Failure } from '../run/ending.js';

type Env = Readonly<Record<string, string | undefined>>;

export async function writeCard(
  ending: Ending,
  env: Env,
  redact: (text: string) => string,
  log: (line: string) => void,
): Promise<Failure | undefined> {
  const problem = annotationsProblem(env);
  if (problem !== undefined) {
    log(`note: ${problem}`);
    return undefined;
  }
  const file = env[ANNOTATIONS_FILE]?.trim() ?? '';
  try {
    await writeAnnotationsFile(file, annotationsDocument(ending, env, Date.now()), redact);
    return undefined;
  } catch (error) {
    return { code: 'OUTPUT_FAILED', what: `the annotations card to ${file}`, error };
  }
}
