/**
 * The feed's kind and version: a `regin-feed` of major version 1 is read (a higher minor version too);
 * anything else is an unusable feed, with a message a webmaster can act on.
 */
import { FORMAT } from '../contract.js';
import { isArray, isObject, read } from './read.js';
import { echo } from './strings.js';

/** The major version of the format this code reads. */
const SUPPORTED_MAJOR = 1;

// Any version number, so that another major version gets its own message.
const VERSION = /^(\d{1,4})(?:\.(\d{1,6})){0,2}$/;

/** A usable feed's version (`1` read as `1.0`), and whether it was written as a number. */
export interface Version {
  readonly version: string;
  readonly fromNumber: boolean;
}

/** Why `input` is not a `regin-feed` at all, or `undefined` when it is one. */
export function formatProblem(input: unknown): string | undefined {
  if (!isObject(input)) {
    return `This is not a regin-feed: expected a JSON object with "format": "${FORMAT}", found ${isArray(input) ? 'a list' : input === null ? 'null' : `a ${typeof input}`}.`;
  }
  const format = read(input, 'format');
  if (format === FORMAT) return undefined;
  return format === undefined
    ? `This is not a regin-feed: it has no "format": "${FORMAT}".`
    : `This is not a regin-feed: its format is "${echo(format)}", expected "${FORMAT}".`;
}

/** The feed's version, or why a feed with this `version` value cannot be read (a string). */
export function readVersion(rawVersion: unknown): Version | string {
  if (rawVersion === undefined || rawVersion === null) {
    return `This feed has no version; this widget reads version ${SUPPORTED_MAJOR}.x feeds — add "version": "1.0" to the feed.`;
  }
  const fromNumber = typeof rawVersion === 'number' && Number.isFinite(rawVersion);
  const version = typeof rawVersion === 'string' ? rawVersion.trim() : fromNumber ? String(rawVersion) : '';
  const v = VERSION.exec(version);
  if (!v)
    return `This feed's version "${echo(rawVersion)}" is not a version number; this widget reads version ${SUPPORTED_MAJOR}.x feeds.`;
  const major = Number(v[1]);
  if (major !== SUPPORTED_MAJOR) {
    const fix = major > SUPPORTED_MAJOR ? 'update regin-widgets' : `update the feed to version ${SUPPORTED_MAJOR}.x`;
    return `This feed is version ${version}; this widget reads version ${SUPPORTED_MAJOR}.x feeds — ${fix}.`;
  }
  return { version: version.includes('.') ? version : `${version}.0`, fromNumber };
}
