// The whole check behind `regin-feed validate`: the widgets' own normaliser (src/feed/normalise/), so the
// tool reports every problem the widgets would report, in the same words (src/feed/diagnostics.ts), and
// the JSON Schema on top, for what the widgets forgive but a producer should fix (a missing required
// field the widgets can make up, a list item given twice …).
import { describeProblem } from '../../src/feed/diagnostics.ts';
import { normaliseFeed } from '../../src/feed/normalise.ts';
import { schemaCheck } from './schema-check.mjs';

/** Orders problems by JSON path, `[10]` after `[9]`. */
export const byPath = (a, b) => a.path.localeCompare(b.path, 'en', { numeric: true });

const inside = (path, outer) => path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);

/**
 * Whether a schema finding at `path` says again what the widgets' problem `w` says: same place, a
 * value inside a field the widgets cleared, or the entry or field around a widget problem. (Inside an
 * entry the widgets left out, the schema's findings are kept: they say what else to fix there.)
 */
const coveredBy = (path, w) => w.path === path || inside(w.path, path) || (w.severity !== 'dropped' && inside(path, w.path));

/**
 * Every problem of a parsed feed, sorted by JSON path; empty when the feed is valid: each problem the
 * widgets find, in their words, and the schema's findings that do not say one of them again.
 * @param {unknown} feed
 * @returns {{ path: string, message: string }[]}
 */
export function validateFeed(feed) {
  const result = normaliseFeed(feed);
  const widgets = result.problems.map((p) => ({ path: p.path, message: describeProblem(p) }));
  if (result.feed === null) return widgets;
  const schema = schemaCheck(feed).filter((s) => !result.problems.some((w) => coveredBy(s.path, w)));
  return [...widgets, ...schema].sort(byPath);
}

/**
 * What a valid feed holds, for the summary line.
 * @param {any} feed
 */
export function counts(feed) {
  const n = (k) => (Array.isArray(feed[k]) ? feed[k].length : 0);
  return {
    regions: n('regions'),
    partners: n('partners'),
    scores: n('scores'),
    baselines: n('baselines'),
    measures: n('measures'),
  };
}
