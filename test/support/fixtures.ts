/**
 * Where the tests' real input files live: every one is inside the repository (test/fixtures), so
 * a clone alone, wherever it is placed, runs the whole suite. Each folder's SOURCES.md (or
 * README.md) says where each file came from and under which licence.
 *
 * A test that iterates a list of fixtures takes it from `fixtureList`, which throws on an empty
 * list: a glob that matches nothing (a moved folder, a missing checkout) fails the test file
 * instead of leaving a loop that checks nothing and passes.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';

/** test/fixtures, absolute. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The fixture folders, absolute. */
export const FIXTURE_DIRS = {
  /** Real plans, laid out as `<source>/<path in the source repository>`. */
  plans: join(FIXTURES_DIR, 'plans'),
  /** Real files a plan reader must refuse (wrapper noise, trailing data, a UI log). */
  plansBad: join(FIXTURES_DIR, 'plans-bad'),
  /** Real JSON documents that are not plans (states, schemas, logs, specs, Infracost outputs). */
  scanner: join(FIXTURES_DIR, 'scanner'),
  /** Infracost outputs, renamed for what each exercises. */
  infracost: join(FIXTURES_DIR, 'infracost'),
  /** Infracost inputs for cost tests, at their source paths. */
  costs: join(FIXTURES_DIR, 'costs'),
  /** Terragrunt unit plans and run-report schemas. */
  terragrunt: join(FIXTURES_DIR, 'terragrunt'),
  /** Hand-made hostile inputs (see its README.md): not real files, never part of `realJsonFiles`. */
  bad: join(FIXTURES_DIR, 'bad'),
} as const;

/** A file under test/fixtures (relative path), absolute. */
export function fixture(relativePath: string): string {
  return join(FIXTURES_DIR, relativePath);
}

/** A file under test/fixtures/plans (relative path), absolute. */
export function planFixturePath(relativePath: string): string {
  return join(FIXTURE_DIRS.plans, relativePath);
}

/**
 * The files matching `patterns` under `cwd`, absolute and sorted; throws when there are none, so
 * a test iterating them cannot pass on an empty list.
 */
export function fixtureList(patterns: string | readonly string[], cwd: string): string[] {
  const files = fg.sync(typeof patterns === 'string' ? [patterns] : [...patterns], { cwd, absolute: true });
  if (files.length === 0) {
    throw new Error(`no fixture matches ${JSON.stringify(patterns)} under ${cwd}: the test data is missing`);
  }
  return files.sort();
}

/**
 * Every real JSON file the tool may be handed, as published by the tools' own repositories: the
 * plans, the plans that must be refused, and the other real documents (states, schemas, logs,
 * Infracost outputs). Absolute, sorted; throws when a folder holds none.
 */
export function realJsonFiles(): string[] {
  const dirs = [
    FIXTURE_DIRS.plans,
    FIXTURE_DIRS.plansBad,
    FIXTURE_DIRS.scanner,
    FIXTURE_DIRS.infracost,
    FIXTURE_DIRS.costs,
  ];
  return dirs.flatMap((dir) => fixtureList(['**/*.json', '**/*.golden'], dir)).sort();
}
