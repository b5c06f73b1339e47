// The whole check behind `regin-feed validate`: is it a 1.x feed at all, then the schema, then what the
// schema cannot see (ids, references, scales, dates, links).
import { crossCheck, fatalProblem } from './cross-check.mjs';
import { schemaCheck } from './schema-check.mjs';

const byPath = (a, b) => a.path.localeCompare(b.path, 'en', { numeric: true });

/**
 * Every problem of a parsed feed, sorted by JSON path; empty when the feed is valid.
 * @param {unknown} feed
 * @returns {{ path: string, message: string }[]}
 */
export function validateFeed(feed) {
  const fatal = fatalProblem(feed);
  if (fatal) return [{ path: '$', message: fatal }];
  const schema = schemaCheck(feed);
  const reported = new Set(schema.map((p) => p.path));
  // A value the schema already refused is not reported twice.
  const cross = crossCheck(feed).filter((p) => !reported.has(p.path));
  return [...schema, ...cross].sort(byPath);
}

/**
 * What a valid feed holds, for the summary line.
 * @param {any} feed
 */
export function counts(feed) {
  const n = (k) => (Array.isArray(feed[k]) ? feed[k].length : 0);
  return { regions: n('regions'), partners: n('partners'), scores: n('scores'), baselines: n('baselines'), measures: n('measures') };
}
