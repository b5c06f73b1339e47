// What JSON Schema cannot check in a feed: the feed's kind and version, unique ids, references
// between entries, values within the framework's own scale, real calendar dates, an end before a start,
// links that only look right. Plain JavaScript without Node APIs, so it also runs in the browser tests,
// which compare it with the widgets' normaliser (src/feed/normalise.ts).
import { safeUrl } from './safe-url.mjs';

/** The MIPEX-R policy areas, used when a feed has no framework (as the widgets do). */
export const MIPEX_R_DIMENSIONS = ['labour', 'education', 'health', 'housing', 'language', 'culture', 'religion', 'social'];

/** @typedef {{ path: string, message: string }} Problem */

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v : []);
const isId = (v) => typeof v === 'string' && v !== '';

/**
 * Why the feed cannot be used at all (the message the widgets show), or `null` when it is a 1.x feed.
 * @param {unknown} feed
 * @returns {string | null}
 */
export function fatalProblem(feed) {
  if (!isObject(feed)) return 'This is not a regin-feed: expected a JSON object with "format": "regin-feed".';
  if (feed.format !== 'regin-feed') {
    return feed.format === undefined
      ? 'This is not a regin-feed: it has no "format": "regin-feed".'
      : `This is not a regin-feed: its format is ${JSON.stringify(feed.format).slice(0, 60)}, expected "regin-feed".`;
  }
  const version = typeof feed.version === 'number' ? String(feed.version) : feed.version;
  if (version === undefined || version === null) return 'This feed has no version; the widgets read version 1.x feeds — add "version": "1.0".';
  const m = typeof version === 'string' ? /^(\d{1,4})(?:\.\d{1,6}){0,2}$/.exec(version.trim()) : null;
  if (!m) return `This feed's version ${JSON.stringify(version).slice(0, 60)} is not a version number; the widgets read version 1.x feeds.`;
  const major = Number(m[1]);
  if (major !== 1) {
    const fix = major > 1 ? 'the widgets need an update to read it' : 'update the feed to version 1.x';
    return `This feed is version ${version.trim()}; the widgets read version 1.x feeds — ${fix}.`;
  }
  return null;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** `false` for dates such as 2019-02-30 that look right but do not exist. */
function realDate(v) {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v) : null;
  if (!m) return true; // the schema reports the shape
  const y = +m[1];
  const mo = +m[2];
  if (mo < 1 || mo > 12) return true;
  if (m[3] === undefined) return true;
  const d = +m[3];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d >= 1 && d <= (mo === 2 && !leap ? 28 : DAYS[mo - 1]);
}
/** Compared only as precisely as the less precise of the two (`2021` is not before `2021-05`). */
const before = (end, start) => {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
};
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Feed 1.1 sources of an entry: usable links and real dates. */
function checkSources(entry, at, add) {
  list(entry.sources).forEach((s, j) => {
    if (!isObject(s)) return;
    const where = `${at}.sources[${j}]`;
    checkUrl(s, 'url', where, add);
    if (!realDate(s.date)) add(`${where}.date`, `${s.date} is not a real day`);
  });
}

/**
 * Problems a schema cannot see, each with the JSON path of the value at fault.
 * @param {unknown} feed a parsed feed (may also be invalid against the schema: such parts are skipped)
 * @returns {Problem[]}
 */
export function crossCheck(feed) {
  /** @type {Problem[]} */
  const problems = [];
  const add = (path, message) => problems.push({ path, message });
  const fatal = fatalProblem(feed);
  if (fatal) return [{ path: '$', message: fatal }];

  const framework = isObject(feed.framework) ? feed.framework : undefined;
  let scale = [0, 100];
  if (framework && Array.isArray(framework.scale) && framework.scale.length === 2) {
    const [lo, hi] = framework.scale;
    if (Number.isFinite(lo) && Number.isFinite(hi)) {
      if (lo < hi) scale = [lo, hi];
      else add('$.framework.scale', `lowest (${lo}) must be below highest (${hi})`);
    }
  }
  /** @type {Set<string>} */
  const dims = new Set();
  if (framework && Array.isArray(framework.dimensions)) {
    unique(framework.dimensions, '$.framework.dimensions', 'dimension', (d) => d.id, add).forEach((id) => dims.add(id));
  } else {
    MIPEX_R_DIMENSIONS.forEach((d) => dims.add(d));
  }

  if (!realDate(feed.updated)) add('$.updated', `${feed.updated} is not a real day`);
  const regions = new Set(unique(list(feed.regions), '$.regions', 'region', (r) => r.id, add));
  list(feed.regions).forEach((r, i) => {
    if (!isObject(r)) return;
    checkUrl(r, 'url', `$.regions[${i}]`, add);
    checkSources(r, `$.regions[${i}]`, add);
  });

  unique(list(feed.partners), '$.partners', 'partner', (p) => p.id, add);
  list(feed.partners).forEach((p, i) => {
    if (!isObject(p)) return;
    if (isId(p.region) && !regions.has(p.region)) add(`$.partners[${i}].region`, `region "${p.region}" is not in regions`);
    checkUrl(p, 'url', `$.partners[${i}]`, add);
    checkSources(p, `$.partners[${i}]`, add);
  });

  const seenScores = new Map();
  list(feed.scores).forEach((s, i) => {
    if (!isObject(s)) return;
    const at = `$.scores[${i}]`;
    if (isId(s.region) && !regions.has(s.region)) add(`${at}.region`, `region "${s.region}" is not in regions`);
    if (isId(s.dimension) && !dims.has(s.dimension)) add(`${at}.dimension`, `dimension "${s.dimension}" is not in the framework`);
    checkValue(s, at, scale, add);
    const key = JSON.stringify([s.region, s.dimension, s.year ?? null, s.targetGroup ?? null]);
    if (seenScores.has(key)) add(at, `another score for the same region, dimension, year and target group comes first (${seenScores.get(key)})`);
    else seenScores.set(key, at);
  });

  list(feed.baselines).forEach((b, i) => {
    if (!isObject(b)) return;
    const at = `$.baselines[${i}]`;
    if (isId(b.dimension) && !dims.has(b.dimension)) add(`${at}.dimension`, `dimension "${b.dimension}" is not in the framework`);
    checkValue(b, at, scale, add);
    checkUrl(b, 'source', at, add);
  });

  unique(list(feed.measures), '$.measures', 'measure', (m) => m.id, add);
  list(feed.measures).forEach((m, i) => {
    if (!isObject(m)) return;
    const at = `$.measures[${i}]`;
    if (isId(m.region) && !regions.has(m.region)) add(`${at}.region`, `region "${m.region}" is not in regions`);
    list(m.dimensions).forEach((d, j) => {
      if (isId(d) && !dims.has(d)) add(`${at}.dimensions[${j}]`, `dimension "${d}" is not in the framework`);
    });
    for (const key of ['start', 'end', 'updated']) {
      if (!realDate(m[key])) add(`${at}.${key}`, `${m[key]} is not a real day`);
    }
    if (DATE.test(m.start) && DATE.test(m.end) && before(m.end, m.start)) add(`${at}.end`, `end (${m.end}) is before start (${m.start})`);
    checkUrl(m, 'url', at, add);
    checkSources(m, at, add);
  });
  return problems;
}

/** Reports repeated ids; returns the ids in order, each once. */
function unique(entries, path, what, idOf, add) {
  /** @type {Map<string, string>} */
  const seen = new Map();
  entries.forEach((e, i) => {
    if (!isObject(e) || !isId(idOf(e))) return;
    const id = idOf(e);
    if (seen.has(id)) add(`${path}[${i}].id`, `${what} id "${id}" is used twice (first at ${seen.get(id)})`);
    else seen.set(id, `${path}[${i}]`);
  });
  return [...seen.keys()];
}

function checkValue(entry, at, [lo, hi], add) {
  if (typeof entry.value === 'number' && (entry.value < lo || entry.value > hi)) {
    add(`${at}.value`, `${entry.value} is outside the framework's scale ${lo}–${hi}`);
  }
}

function checkUrl(entry, key, at, add) {
  const v = entry[key];
  if (typeof v === 'string' && /^(https?|mailto):/i.test(v) && safeUrl(v) === undefined) {
    add(`${at}.${key}`, 'is not a usable link (it does not parse as a URL, or has a user name, password or spaces)');
  }
}
