/**
 * The feed's problems in words: the English sentence a webmaster reads for each {@link FeedProblem}
 * (what was wrong at its JSON path, with the value and the limit, and what was done about it), and what
 * to do about a feed that could not be loaded ({@link explainFeedError}).
 *
 * The normaliser records problems as a code and its parameters only, and the loader names its advice by
 * a key, so these sentences are not part of the code every page loads: the widgets import this module on
 * demand, when a feed has problems or an error, for the console and the `debug` attribute. Visitors never
 * read these sentences; they get a short notice in their language (src/core/notices.ts).
 */
import type { FeedAdvice, FeedError, FeedProblem, ProblemParam } from './types.js';

type Template = (...p: ProblemParam[]) => string;

/** Why one field was cleared (`field` problems): the middle of "<key> <why>; it was <removed>." */
const WHY: Record<string, Template> = {
  empty: () => 'is empty',
  'not-text': () => 'is not a text (a string or an object of translations)',
  'not-link': () => 'is not a safe absolute link (https, http or mailto)',
  'not-value': (lo, hi) => `is not a number from ${lo} to ${hi} (shown as no data)`,
  'not-year': (lo, hi) => `is not a year from ${lo} to ${hi}`,
  'not-location': () => 'is not [longitude, latitude] in degrees',
  'not-nuts': () => 'is not a NUTS code (like "ES51")',
  'not-code': () => 'is not a short code',
  'not-one-of': (values) => `is not one of ${values}`,
  'must-be-one-of': (values) => `must be one of ${values}`,
  'not-direct': () => 'must be "direct" or "indirect"',
  'not-date': (example) => `is not a date like ${example}`,
  'not-date-time': () => 'is not a date or date-time like 2026-11-28T10:00:00Z',
  'not-budget': () => 'is not {"amount": a number ≥ 0, "currency": a three-letter code}',
  'not-evaluation': () => 'is not a score from 1 to 5',
};

/** Why a whole entry was left out (`left-out` problems): the start of "<reason>; it was left out." */
const REASON: Record<string, Template> = {
  'no-id': (entry) => `${entry} has no valid id`,
  'no-label': (entry) => `${entry} has no label`,
  'no-name': (entry) => `${entry} has no name`,
  'no-title': (entry) => `${entry} has no title`,
  'no-country': (entry) => `${entry} has no two-letter country code`,
  'no-ref': (entry, key) => `${entry} has no valid ${key} id`,
  'unknown-ref': (entry, where, key, id) =>
    `${entry} ${where} ${key} "${id}", which is not in the ${key === 'region' ? "feed's regions" : 'framework'}`,
  'not-object': (entry) => `${entry} is not an object`,
  unreadable: (entry) => `${entry} could not be read`,
  duplicate: (entry, id) => `${entry} id "${id}" is used twice`,
  'duplicate-score': (what) => `another score for ${what} came first`,
  'baseline-dimension': (id) => `baseline is for dimension "${id}", which is not in the framework`,
};

const MESSAGES: Record<string, Template> = {
  field: (key, removed, why, ...p) => `${key} ${WHY[why!]!(...p)}; it was ${removed}.`,
  'left-out': (reason, ...p) => `${REASON[reason!]!(...p)}; it was left out.`,
  'too-long': (key, cap) => `${key} is longer than ${cap} characters; it was shortened.`,
  'too-many-languages': (key, n) => `${key} has more than ${n} translations; the rest were left out.`,
  'language-keys': (key, n) =>
    `${key} has ${n === 1 ? 'a key' : `${n} keys`} that ${n === 1 ? 'is' : 'are'} not a language tag (like "en" or "pt-BR"); left out.`,
  'not-list': (key) => `${key} should be a list; it was left out.`,
  'not-list-of-texts': (key) => `${key} should be a list of texts; it was left out.`,
  'not-a-list': (key) => `${key} should be a list; all of it was left out.`,
  'bad-codes': (key, n) =>
    `${key}: ${n === 1 ? 'one item was' : `${n} items were`} not a short code (letters, digits, . _ : + -) and ${n === 1 ? 'was' : 'were'} removed.`,
  'too-many-items': (key, n) => `${key} has more than ${n} items; the rest were left out.`,
  'too-many-entries': (key, n) => `${key} has more than ${n} entries; only the first ${n} are used.`,
  'collection-cut': (key, length, n) => `${key} has ${length} entries; only the first ${n} are used.`,
  'sources-not-list': () => 'sources should be a list of {"url": …, "title": …, "date": …}; it was left out.',
  'source-no-link': () => 'source has no safe absolute link (https, http or mailto); it was removed.',
  'source-not-object': () => 'source is not {"url": …}; it was removed.',
  flag: (key, entry, as) => `${key} must be true or false; the ${entry} is treated as ${as}.`,
  'country-from-nuts': (country) => `country is missing or not a two-letter code; "${country}" was taken from the NUTS code.`,
  'partner-kind': (kinds) => `kind must be one of ${kinds}; "associated" was used.`,
  'partner-region': (id) =>
    `region ${id ? `"${id}" is not in the feed's regions` : 'is not a valid id'}; the link to it was removed.`,
  'evaluation-not-object': () => 'evaluation should be an object of criteria scored 1–5; it was removed.',
  'unknown-dimensions': (ids) => `dimensions not in the framework were removed: ${ids}.`,
  'end-before-start': (end, start) => `end (${end}) is before start (${start}); it was removed.`,
  'framework-not-object': () => 'framework is not an object; the MIPEX-R framework is used.',
  'framework-no-id': () => 'framework has no valid id; "custom" is used.',
  'framework-scale': () => 'scale is not [lowest, highest] with lowest < highest; [0, 100] is used.',
  'framework-no-dimensions': () => 'framework has no dimensions; the MIPEX-R dimensions are used.',
  'framework-no-usable-dimensions': () => 'framework has no usable dimensions; the MIPEX-R dimensions are used.',
  'version-number': () => 'version should be a text such as "1.0", not a number.',
  more: (n) => `…and ${n} more ${n === 1 ? 'problem' : 'problems'} of the same kinds.`,
};

/**
 * The English explanation of one problem: its own `message` when it has one (a feed that cannot be used
 * at all), else the sentence for its code and parameters.
 */
export function describeProblem(problem: FeedProblem): string {
  if (problem.message !== undefined) return problem.message;
  const template = MESSAGES[problem.code];
  try {
    if (template) return template(...problem.params);
  } catch {
    /* a code from another version of the normaliser: fall through to the raw form */
  }
  return `${problem.code} ${JSON.stringify(problem.params)}`;
}

/** The problems with their English explanation in `message`. */
export function describeProblems(problems: readonly FeedProblem[]): readonly FeedProblem[] {
  return problems.map((p) => (p.message === undefined ? { ...p, message: describeProblem(p) } : p));
}

/** What a webmaster can do about a feed that could not be loaded, by {@link FeedAdvice}. */
const ADVICE: Record<FeedAdvice, string> = {
  timeout: 'It may be overloaded or down; try again later.',
  unreachable:
    'The device may be offline, the address may be wrong, or the server does not allow this page to read it (CORS: it must send Access-Control-Allow-Origin).',
  later: 'Try again later.',
  'not-found': "There is no feed at this address. Check the widget's src attribute.",
  'not-public': 'The feed is not public. Publish it without a login.',
  busy: 'It is busy. Try again later.',
  server: 'The server had a problem. Try again later, or tell its administrator.',
  http: "Check the feed address and the server's settings.",
  'content-type': 'Serve the feed file as application/json.',
  'web-page':
    "The address probably points to a page (or a login or error page) rather than the JSON file; check the widget's src attribute.",
  'too-large': 'Split it or remove unused entries.',
  empty: 'Check that the file was uploaded completely.',
  'cut-off': 'The upload or the transfer was incomplete; upload the file again.',
  'not-json': 'Check the file with "regin-feed validate".',
};

/** A load error in full: what happened and, when the loader knows, what to do about it. */
export function explainFeedError(error: FeedError): string {
  const advice = error.advice === undefined ? undefined : ADVICE[error.advice];
  return advice ? `${error.message} ${advice}` : error.message;
}
