/**
 * The reporter's own name and version, read from package.json when the bundle is built: ncc
 * (webpack) inlines the JSON import, so the bundles carry the version they were built from and
 * need no package.json at run time, and a release bumps one place only.
 */
import packageJson from '../package.json' with { type: 'json' };

/** The npm package name: what `npm i -g` installs and what an event names as its reporter. */
export const REPORTER_NAME: string = packageJson.name;
export const VERSION: string = packageJson.version;
