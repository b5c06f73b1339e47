/**
 * What every normalised feed must satisfy, whatever went in. Shared by the example-based and the
 * property-based normaliser tests.
 */
import { expect } from '@open-wc/testing';
import { NUMBER_LIMITS, TEXT_LIMITS } from '../../src/feed/normalise.js';
import type { Feed, Text } from '../../src/feed/types.js';
import { EVALUATION_CRITERIA } from '../../src/feed/types.js';
import { safeUrl } from '../../src/feed/url.js';

// Controls other than tab and line feed, DEL, C1, bidi embeddings/overrides/isolates, BOM.
// eslint-disable-next-line no-control-regex -- the invariant is that no control character survives
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:+-]*$/u;

const codePoints = (s: string): number => [...s].length;

/** Fails with `message` unless `ok` (cheaper than an `expect` per value on large feeds). */
function check(ok: boolean, message: string): void {
  if (!ok) expect.fail(message);
}

function walk(value: unknown, path: string): void {
  if (typeof value === 'string') {
    check(!FORBIDDEN.test(value), `${path} has a control character: ${JSON.stringify(value.slice(0, 80))}`);
    check(!LONE_SURROGATE.test(value), `${path} has a lone surrogate`);
    check(value.length <= TEXT_LIMITS.long || codePoints(value) <= TEXT_LIMITS.long, `${path} is too long`);
    check(value.length > 0 && value === value.trim(), `${path} is empty or untrimmed: ${JSON.stringify(value.slice(0, 80))}`);
  } else if (typeof value === 'number') {
    check(Number.isFinite(value), `${path} is not finite`);
  } else if (typeof value === 'object' && value !== null) {
    check(Object.isFrozen(value), `${path} is not frozen`);
    const proto = Object.getPrototypeOf(value);
    check(proto === Object.prototype || proto === Array.prototype, `${path} has an unexpected prototype`);
    for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`);
  } else {
    check(typeof value === 'boolean', `${path} has an unexpected type: ${typeof value}`);
  }
}

function shortText(t: Text | undefined, path: string): void {
  if (t === undefined) return;
  expect(Object.keys(t).length, `${path} has no language`).to.be.greaterThan(0);
  for (const [lang, s] of Object.entries(t)) {
    expect(/[\t\n]/.test(s), `${path}.${lang} has a line break`).to.equal(false);
    expect(codePoints(s), `${path}.${lang} is too long`).to.be.at.most(TEXT_LIMITS.short);
  }
}

function id(s: string, path: string): void {
  expect(ID.test(s) && codePoints(s) <= TEXT_LIMITS.id, `${path} is not an id: ${s}`).to.equal(true);
}

function url(u: string | undefined, path: string): void {
  if (u !== undefined) expect(safeUrl(u), `${path} is not a safe URL`).to.equal(u);
}

const inRange = (n: number | undefined, [min, max]: readonly [number, number], path: string): void => {
  if (n !== undefined) expect(n >= min && n <= max, `${path}=${n} outside ${min}..${max}`).to.equal(true);
};

function unique(ids: readonly string[], what: string): void {
  expect(new Set(ids).size, `${what} ids are not unique`).to.equal(ids.length);
}

/** Fails the current test when `feed` breaks a promise of the normaliser. */
export function checkInvariants(feed: Feed): void {
  walk(feed, '$');
  expect(feed.format).to.equal('regin-feed');
  expect(feed.version).to.match(/^1(\.\d+){1,2}$/);
  shortText(feed.title, '$.title');
  const [lo, hi] = feed.framework.scale;
  expect(lo).to.be.lessThan(hi);
  const dims = new Set(feed.framework.dimensions.map((d) => d.id));
  unique(
    feed.framework.dimensions.map((d) => d.id),
    'dimension',
  );
  expect(dims.size).to.be.greaterThan(0);
  feed.framework.dimensions.forEach((d, i) => shortText(d.label, `$.framework.dimensions[${i}].label`));

  const regions = new Set(feed.regions.map((r) => r.id));
  unique(
    feed.regions.map((r) => r.id),
    'region',
  );
  feed.regions.forEach((r, i) => {
    const p = `$.regions[${i}]`;
    id(r.id, `${p}.id`);
    shortText(r.name, `${p}.name`);
    expect(r.country).to.match(/^[A-Z]{2}$/);
    if (r.nuts !== undefined) expect(r.nuts).to.match(/^[A-Z]{2}[0-9A-Z]{0,3}$/);
    if (r.location) {
      inRange(r.location[0], NUMBER_LIMITS.longitude, `${p}.location[0]`);
      inRange(r.location[1], NUMBER_LIMITS.latitude, `${p}.location[1]`);
    }
    [...r.roles, ...r.commissions].forEach((x) => id(x, `${p} list item`));
    url(r.url, `${p}.url`);
  });

  unique(
    feed.partners.map((x) => x.id),
    'partner',
  );
  feed.partners.forEach((x, i) => {
    const p = `$.partners[${i}]`;
    id(x.id, `${p}.id`);
    shortText(x.name, `${p}.name`);
    expect(x.kind).to.be.oneOf(['coordinator', 'region', 'technical', 'associated']);
    if (x.region !== undefined) expect(regions.has(x.region), `${p}.region`).to.equal(true);
    if (x.location) {
      inRange(x.location[0], NUMBER_LIMITS.longitude, `${p}.location[0]`);
      inRange(x.location[1], NUMBER_LIMITS.latitude, `${p}.location[1]`);
    }
    url(x.url, `${p}.url`);
  });

  feed.scores.forEach((s, i) => {
    const p = `$.scores[${i}]`;
    expect(regions.has(s.region), `${p}.region`).to.equal(true);
    expect(dims.has(s.dimension), `${p}.dimension`).to.equal(true);
    inRange(s.value, [lo, hi], `${p}.value`);
    inRange(s.year, NUMBER_LIMITS.year, `${p}.year`);
    expect(typeof s.synthetic).to.equal('boolean');
  });

  feed.baselines.forEach((b, i) => {
    const p = `$.baselines[${i}]`;
    expect(b.country).to.match(/^[A-Z]{2}$/);
    if (b.dimension !== undefined) expect(dims.has(b.dimension), `${p}.dimension`).to.equal(true);
    inRange(b.value, [lo, hi], `${p}.value`);
    url(b.source, `${p}.source`);
  });

  unique(
    feed.measures.map((m) => m.id),
    'measure',
  );
  feed.measures.forEach((m, i) => {
    const p = `$.measures[${i}]`;
    id(m.id, `${p}.id`);
    expect(regions.has(m.region), `${p}.region`).to.equal(true);
    shortText(m.title, `${p}.title`);
    shortText(m.lead, `${p}.lead`);
    m.stakeholders.forEach((t, j) => shortText(t, `${p}.stakeholders[${j}]`));
    m.dimensions.forEach((d) => expect(dims.has(d), `${p}.dimensions`).to.equal(true));
    [...m.targetGroups, ...m.funding].forEach((x) => id(x, `${p} list item`));
    if (m.status !== undefined) expect(m.status).to.be.oneOf(['planned', 'ongoing', 'completed']);
    if (m.authorityRole !== undefined) expect(m.authorityRole).to.be.oneOf(['direct', 'indirect']);
    for (const d of [m.start, m.end]) if (d !== undefined) expect(d).to.match(/^\d{4}-\d{2}(-\d{2})?$/);
    if (m.budget) {
      inRange(m.budget.amount, NUMBER_LIMITS.budget, `${p}.budget.amount`);
      expect(m.budget.currency).to.match(/^[A-Z]{3}$/);
    }
    if (m.evaluation) {
      for (const [k, v] of Object.entries(m.evaluation)) {
        expect(EVALUATION_CRITERIA as readonly string[]).to.include(k);
        inRange(v, NUMBER_LIMITS.evaluation, `${p}.evaluation.${k}`);
      }
    }
    url(m.url, `${p}.url`);
  });
}
