/**
 * Field schemas several settings share, made once: a zod schema is immutable, and each one made
 * is CPU of every run's start-up (~30 K instructions each on Node 24; issue 29,
 * docs/performance.md "Start-up"). Shared by schema.ts, review-settings.ts and upload-settings.ts;
 * a field that shares one reads and fails exactly as with its own copy.
 */
import * as z from '../zod-mini.js';

/** A non-empty string: most settings are one. */
export const TEXT = z.string().check(z.minLength(1));

/** An optional non-empty string. */
export const OPTIONAL_TEXT = z.optional(TEXT);

/** A list of non-empty strings, empty unless given (each parse gets its own empty list). */
export const TEXT_LIST = z._default(z.array(TEXT), []);

/** A switch that is off unless set. */
export const OFF = z._default(z.boolean(), false);

/** An optional URL (the service's, the forge's). */
export const OPTIONAL_URL = z.optional(z.url());
