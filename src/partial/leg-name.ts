/**
 * Who made a partial report: `--leg <name>`, else what the CI shows of the leg. Pure: a function
 * of the environment and the partial's file name.
 *
 * GitHub puts no matrix value in a step's environment (only `GITHUB_JOB`, shared by every leg), so
 * the file name, which a matrix job writes per leg (`partial-${{ matrix.unit }}.json`), carries
 * the matrix value into the default name. In a Harness looping strategy each iteration's step gets
 * its own identifier (the step id plus an iteration suffix; our reading of Harness's docs) and
 * the stage/step variables name it.
 */
import { basename, extname } from 'node:path';
import type { PartialLeg } from './partial-schema.js';

type Env = Readonly<Record<string, string | undefined>>;

function pick(env: Env, ...names: string[]): string | undefined {
  return names.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
}

function stem(file: string): string {
  const name = basename(file);
  return name.slice(0, name.length - extname(name).length) || name;
}

export function legOrigin(
  env: Env,
  options: { readonly leg?: string | undefined; readonly file: string; readonly sent: boolean },
): PartialLeg {
  const github = env['GITHUB_ACTIONS'] === 'true';
  const job = github
    ? pick(env, 'GITHUB_JOB')
    : [pick(env, 'HARNESS_STAGE_ID', 'DRONE_STAGE_NAME'), pick(env, 'HARNESS_STEP_ID', 'DRONE_STEP_NAME')]
        .filter((part) => part !== undefined)
        .join('/') || undefined;
  const run = github
    ? [pick(env, 'GITHUB_RUN_ID'), pick(env, 'GITHUB_RUN_ATTEMPT')].filter(Boolean).join('.') || undefined
    : pick(env, 'HARNESS_EXECUTION_ID', 'HARNESS_BUILD_ID', 'DRONE_BUILD_NUMBER');
  const name = (options.leg?.trim() || [job, stem(options.file)].filter(Boolean).join(':')).slice(0, 300);
  const leg: PartialLeg = { name, status: 'success', sent: options.sent };
  if (job !== undefined) leg.job = job;
  if (run !== undefined) leg.run = run;
  return leg;
}
