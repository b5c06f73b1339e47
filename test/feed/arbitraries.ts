/**
 * fast-check arbitraries for feeds: valid entries (which must always survive normalising), entries
 * that are certainly invalid (which must always be dropped), and feed-shaped garbage.
 */
import fc from 'fast-check';
import { MIPEX_R_FRAMEWORK } from '../../src/feed/normalise.js';

type Json = Record<string, unknown>;

export const DIMENSION_IDS = MIPEX_R_FRAMEWORK.dimensions.map((d) => d.id);
const LANGS = ['en', 'fr', 'es', 'ca', 'it', 'pt', 'sv', 'pt-BR', 'en-GB'];

export const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/);
/** Clean, trimmed, non-empty text without double spaces (so normalising leaves it as it is). */
export const plain = fc
  .stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9,.'()!?-]{0,12}(?: [A-Za-zÀ-ÿ0-9,.'()!?-]{1,12}){0,4}$/)
  .filter((s) => s === s.trim());
export const text = fc.oneof(plain, fc.dictionary(fc.constantFrom(...LANGS), plain, { minKeys: 1, maxKeys: 4 }));
const lon = fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const lat = fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const location = fc.tuple(lon, lat);
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => new URL(u).href);
const month = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

export const validRegion = fc.record(
  {
    id,
    name: text,
    country: fc.constantFrom('ES', 'PT', 'SE', 'IT', 'FR', 'EL'),
    location,
    roles: fc.uniqueArray(fc.constantFrom('regin-partner', 'cpmr-member', 'mipex-r'), { maxLength: 3 }),
    commissions: fc.uniqueArray(fc.constantFrom('islands', 'atlantic-arc', 'intermediterranean', 'baltic-sea'), { maxLength: 2 }),
    url,
  },
  { requiredKeys: ['id', 'name', 'country'] },
);

export function validMeasure(regionIds: readonly string[]) {
  return fc.record(
    {
      id,
      region: fc.constantFrom(...regionIds),
      title: text,
      summary: text,
      dimensions: fc.subarray(DIMENSION_IDS),
      targetGroups: fc.subarray(['tcn', 'bip', 'women', 'youth']),
      status: fc.constantFrom('planned', 'ongoing', 'completed'),
      start: month,
      funding: fc.subarray(['AMIF', 'ESF+', 'regional']),
      stakeholders: fc.array(text, { maxLength: 3 }),
      budget: fc.record({ amount: fc.integer({ min: 0, max: 1e9 }), currency: fc.constantFrom('EUR', 'SEK') }),
      authorityRole: fc.constantFrom('direct', 'indirect'),
      evaluation: fc.record(
        {
          communication: fc.integer({ min: 1, max: 5 }),
          inclusion: fc.integer({ min: 1, max: 5 }),
          sustainability: fc.integer({ min: 1, max: 5 }),
        },
        { requiredKeys: [] },
      ),
      url,
      updated: fc.constantFrom('2026-10-01', '2026-11-28T10:00:00Z'),
    },
    { requiredKeys: ['id', 'region', 'title'] },
  );
}

export function validScores(regionIds: readonly string[]) {
  return fc.uniqueArray(
    fc.record(
      {
        region: fc.constantFrom(...regionIds),
        dimension: fc.constantFrom(...DIMENSION_IDS),
        value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
        year: fc.constant(2021),
        synthetic: fc.boolean(),
      },
      { requiredKeys: ['region', 'dimension', 'synthetic'] },
    ),
    { selector: (s) => `${s.region}|${s.dimension}`, maxLength: 30 },
  );
}

export function validPartner(regionIds: readonly string[]) {
  return fc.record(
    {
      id,
      name: text,
      acronym: fc.stringMatching(/^[A-Z]{2,8}$/),
      kind: fc.constantFrom('coordinator', 'region', 'technical', 'associated'),
      region: fc.constantFrom(...regionIds),
      location,
      city: text,
      description: text,
      contribution: text,
      url,
    },
    { requiredKeys: ['id', 'name', 'kind'] },
  );
}

export const validBaseline = fc.record(
  {
    country: fc.constantFrom('ES', 'PT', 'SE', 'IT'),
    label: text,
    dimension: fc.constantFrom(...DIMENSION_IDS),
    value: fc.integer({ min: 0, max: 100 }),
    year: fc.integer({ min: 2000, max: 2030 }),
    source: url,
  },
  { requiredKeys: ['country', 'label'] },
);

/** Values that are never an entry (not objects). */
const notAnObject = fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v));

/** Regions that must be dropped, and never register their id. */
export const junkRegion = fc.oneof(
  notAnObject,
  fc.record({ id, name: fc.constantFrom('', '   ', '\u0000', 42, null, [], {}), country: fc.constant('ES') }),
  fc.record({ name: plain, country: fc.constant('ES') }),
  fc.record({ id: fc.constantFrom('has space', '<b>', '', 'x'.repeat(65)), name: plain, country: fc.constant('ES') }),
  fc.record({ id, name: plain, country: fc.constantFrom('Spain', 'e', 1) }),
);

/** Measures that must be dropped (`+` never appears in generated valid region ids). */
export const junkMeasure = fc.oneof(
  notAnObject,
  fc.record({ id, region: fc.constant('unknown+region'), title: plain }),
  fc.record({ id, region: fc.constant('no region'), title: plain }),
  fc.record({ region: fc.constant('unknown+region'), title: plain }),
);

export const junkScore = fc.oneof(
  notAnObject,
  fc.record({ region: fc.constant('unknown+region'), dimension: fc.constantFrom(...DIMENSION_IDS), value: fc.integer() }),
  fc.record({ region: fc.constant('unknown+region'), dimension: fc.constant('astrology'), value: fc.integer() }),
);

/** Valid and junk entries in a random order, tagged so a test knows which is which. */
export function mixed<T>(valid: fc.Arbitrary<T[]>, junk: fc.Arbitrary<unknown>, maxJunk = 6) {
  return fc.tuple(valid, fc.array(junk, { maxLength: maxJunk })).chain(([v, j]) => {
    const tagged = [...v.map((entry) => ({ valid: true, entry })), ...j.map((entry) => ({ valid: false, entry }))];
    return fc.shuffledSubarray(tagged, { minLength: tagged.length, maxLength: tagged.length });
  });
}

/**
 * A feed of valid entries mixed with up to `maxJunk` junk entries per collection; the result lists the
 * ids that must survive, in order, and how many entries are junk.
 */
export const feedOf = (maxJunk: number) =>
  fc.uniqueArray(validRegion, { selector: (r) => r.id, minLength: 1, maxLength: 8 }).chain((regionList) => {
    const regionIds = regionList.map((r) => r.id);
    return fc
      .record({
        regions: mixed(fc.constant(regionList), junkRegion, maxJunk),
        measures: mixed(fc.uniqueArray(validMeasure(regionIds), { selector: (m) => m.id, maxLength: 12 }), junkMeasure, maxJunk),
        scores: mixed(validScores(regionIds), junkScore, maxJunk),
        partners: fc.uniqueArray(validPartner(regionIds), { selector: (p) => p.id, maxLength: 4 }),
        baselines: fc.array(validBaseline, { maxLength: 4 }),
        attribution: fc.array(text, { maxLength: 2 }),
        updated: fc.constantFrom('2026-11-28', '2026-11-28T10:00:00Z', '2026-11-28T11:00:00.5+01:00'),
        sample: fc.boolean(),
        title: text,
      })
      .map(({ regions, measures, scores, partners, baselines, attribution, updated, sample, title }) => ({
        input: {
          format: 'regin-feed',
          version: '1.0',
          updated,
          sample,
          title,
          attribution,
          regions: regions.map((x) => x.entry),
          partners,
          baselines,
          measures: measures.map((x) => x.entry),
          scores: scores.map((x) => x.entry),
        } as Json,
        regionIds: regions.filter((x) => x.valid).map((x) => (x.entry as { id: string }).id),
        measureIds: measures.filter((x) => x.valid).map((x) => (x.entry as { id: string }).id),
        scoreKeys: scores.filter((x) => x.valid).map((x) => `${(x.entry as Json).region}|${(x.entry as Json).dimension}`),
        junk: [regions, measures, scores].reduce((n, list) => n + list.filter((x) => !x.valid).length, 0),
      }));
  });

/** Valid entries mixed with junk. */
export const mixedFeed = feedOf(6);
/** Valid entries only. */
export const validFeed = feedOf(0).map((f) => f.input);

const ENTRY_KEYS = [
  'id',
  'name',
  'country',
  'nuts',
  'location',
  'roles',
  'commissions',
  'url',
  'region',
  'dimension',
  'value',
  'year',
  'synthetic',
  'title',
  'summary',
  'dimensions',
  'status',
  'start',
  'end',
  'budget',
  'evaluation',
  'stakeholders',
  'label',
  'kind',
  'source',
  'targetGroup',
  'funding',
  'updated',
  '__proto__',
  'constructor',
];
const nearlyValid = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  id,
  text,
  location,
  fc.constantFrom('ES51', 'labour', 'javascript:alert(1)', 'https://example.org/', 'NaN', '2019-13', '\u202E', '<script>'),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53),
);
const entryLike = fc.dictionary(fc.constantFrom(...ENTRY_KEYS), nearlyValid, { maxKeys: 10 });

/** Feed-shaped garbage: the right format and version, then anything in the usual places. */
export const feedLike = fc
  .record(
    {
      title: nearlyValid,
      updated: nearlyValid,
      sample: nearlyValid,
      attribution: fc.oneof(nearlyValid, fc.array(nearlyValid, { maxLength: 4 })),
      framework: fc.oneof(
        nearlyValid,
        fc.record({
          id: nearlyValid,
          scale: fc.oneof(nearlyValid, fc.tuple(fc.double(), fc.double())),
          dimensions: fc.array(fc.oneof(entryLike, fc.record({ id: fc.constantFrom(...DIMENSION_IDS, 'x'), label: text })), {
            maxLength: 5,
          }),
        }),
      ),
      regions: fc.array(
        fc.oneof(
          entryLike,
          validRegion.map((r) => ({ ...r, id: 'ES51' })),
        ),
        { maxLength: 6 },
      ),
      partners: fc.array(entryLike, { maxLength: 4 }),
      scores: fc.array(entryLike, { maxLength: 6 }),
      baselines: fc.array(entryLike, { maxLength: 4 }),
      measures: fc.array(entryLike, { maxLength: 6 }),
    },
    { requiredKeys: [] },
  )
  .map((f) => ({ format: 'regin-feed', version: '1.0', ...f }));

/** Any feed input the normaliser may meet: feed-shaped garbage, or valid entries with junk mixed in. */
export const anyFeedInput = fc.oneof(
  feedLike,
  mixedFeed.map((m) => m.input),
);
