/**
 * The feed normaliser: any parsed JSON (or object set by script) → a {@link Feed} that the widgets can
 * trust, plus the list of what was dropped or fixed.
 *
 * Rules, in order of importance:
 * - never throw, whatever the input (cyclic objects, throwing getters, `__proto__` keys, huge arrays);
 * - never let an input object through: the output is built from scratch and deep-frozen;
 * - a bad entry is dropped, a bad optional field is cleared, the rest is kept;
 * - every string is plain text without control characters and within the schema's caps; every link has
 *   passed `safeUrl`; every number is finite and in range, or absent ("no data");
 * - ids are unique and references resolve.
 *
 * Hand-written on purpose: it ships in the browser, must run under a CSP without `unsafe-eval`, and is
 * forgiving where a validator refuses. Its caps, patterns and allowed values come from
 * `schema/regin-feed-1.schema.json` (through the generated src/feed/contract.ts); a feed valid under
 * the schema normalises without problems apart from what a schema cannot express (unique ids,
 * references, dates out of order).
 */
import { FORMAT } from '../contract.js';
import type { Feed, NormaliseResult } from '../types.js';
import { baselineOf } from './baseline.js';
import { byId, collection } from './collection.js';
import type { Context } from './context.js';
import { dateTimeOf } from './dates.js';
import { fields } from './fields.js';
import { frameworkOf } from './framework.js';
import { measureOf } from './measure.js';
import { MIPEX_R_FRAMEWORK } from './mipex-r.js';
import { partnerOf } from './partner.js';
import { problemList } from './problems.js';
import { EMPTY, read, type Obj } from './read.js';
import { regionOf } from './region.js';
import { scoreOf } from './score.js';
import { SHORT } from './strings.js';
import { textList } from './texts.js';
import { formatProblem, readVersion } from './version.js';

const freeze = Object.freeze;

export function fatal(message: string): NormaliseResult {
  return freeze({
    feed: null,
    problems: freeze([freeze({ path: '$', severity: 'fatal' as const, code: 'fatal', params: EMPTY, message })]),
  });
}

/**
 * Checks and cleans a feed. Never throws: an unusable input gives `feed: null` and one `fatal`
 * problem whose message a webmaster can act on; otherwise every dropped entry and fixed field is
 * listed with its JSON path. The result is deep-frozen and shares no object with the input.
 */
export function normaliseFeed(input: unknown): NormaliseResult {
  try {
    return normalise(input);
  } catch {
    return fatal('This feed could not be read.');
  }
}

function normalise(input: unknown): NormaliseResult {
  const notAFeed = formatProblem(input);
  if (notAFeed !== undefined) return fatal(notAFeed);
  const feedVersion = readVersion(read(input, 'version'));
  if (typeof feedVersion === 'string') return fatal(feedVersion);
  const problems = problemList();
  if (feedVersion.fromNumber) problems.fix('$.version', 'version-number');
  const { version } = feedVersion;
  const obj = input as Obj;

  const f = fields(obj, '$', problems);
  f.set('format', FORMAT);
  f.set('version', version);
  f.opt('updated', dateTimeOf, ['not-date-time']);
  const sample = f.flag('sample', 'feed', 'sample data');
  const base = {
    problems,
    sample,
    scale: MIPEX_R_FRAMEWORK.scale,
    dimensionIds: new Set<string>(),
    regionIds: new Set<string>(),
  };
  f.text('title', SHORT);
  f.set('attribution', textList(obj, 'attribution', '$', problems, 'drop'));

  const framework = f.set('framework', frameworkOf(obj, base));
  const withFramework = { ...base, scale: framework.scale, dimensionIds: new Set(framework.dimensions.map(byId)) };
  const regions = f.set('regions', collection(read(obj, 'regions'), '$.regions', withFramework, regionOf, byId));
  const ctx: Context = { ...withFramework, regionIds: new Set(regions.map(byId)) };
  f.set('partners', collection(read(obj, 'partners'), '$.partners', ctx, partnerOf, byId));
  f.set(
    'scores',
    collection(
      read(obj, 'scores'),
      '$.scores',
      ctx,
      scoreOf,
      (s) => `${s.region}\u0000${s.dimension}\u0000${s.year ?? ''}\u0000${s.targetGroup ?? ''}`,
      (s) => `${s.region} / ${s.dimension}${s.year ? ` / ${s.year}` : ''}${s.targetGroup ? ` / ${s.targetGroup}` : ''}`,
    ),
  );
  f.set('baselines', collection(read(obj, 'baselines'), '$.baselines', ctx, baselineOf));
  f.set('measures', collection(read(obj, 'measures'), '$.measures', ctx, measureOf, byId));

  return freeze({ feed: f.done<Feed>(), problems: problems.done() });
}
