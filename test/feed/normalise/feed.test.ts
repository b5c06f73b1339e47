import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  COLLECTION_LIMITS,
  MAX_PROBLEMS,
  MIPEX_R_FRAMEWORK,
  TEXT_LIMITS,
  normaliseFeed as normaliseToCodes,
} from '../../../src/feed/normalise.js';
import { describeProblem } from '../../../src/feed/diagnostics.js';
import type { Feed, FeedProblem, NormaliseResult } from '../../../src/feed/types.js';
import { anyFeedInput, feedLike, mixedFeed } from '../arbitraries.js';
import empty from '../../fixtures/empty.json';
import hostile from '../../fixtures/hostile.json';
import minimal from '../../fixtures/minimal.json';
import notAFeed from '../../fixtures/not-a-feed.json';
import partial from '../../fixtures/partial.json';
import wrongMajor from '../../fixtures/wrong-major.json';
import { checkInvariants } from '../invariants.js';

type Json = Record<string, any>;

/** A fresh deep copy, so a test can change a fixture freely. */
const copy = <T>(v: T): any => JSON.parse(JSON.stringify(v));
const base = (extra: Json = {}): Json => ({ format: 'regin-feed', version: '1.0', ...extra });
const region = (id: string, extra: Json = {}): Json => ({ id, name: `Region ${id}`, country: id.slice(0, 2), ...extra });
const measure = (id: string, regionId = 'ES51', extra: Json = {}): Json => ({
  id,
  region: regionId,
  title: `Measure ${id}`,
  ...extra,
});

/**
 * The normaliser's result with each problem as a webmaster reads it: JSON path, severity and the English
 * explanation that the diagnostics module writes from the problem's code and parameters.
 */
function normaliseFeed(input: unknown): NormaliseResult {
  const { feed, problems } = normaliseToCodes(input);
  return {
    feed,
    problems: problems.map((p) => ({ path: p.path, severity: p.severity, message: describeProblem(p) }) as FeedProblem),
  };
}

function ok(input: unknown): { feed: Feed; problems: readonly FeedProblem[] } {
  const result = normaliseFeed(input);
  expect(result.feed, JSON.stringify(result.problems)).to.not.equal(null);
  return result as { feed: Feed; problems: readonly FeedProblem[] };
}
const fatalMessage = (result: NormaliseResult): string => {
  expect(result.feed).to.equal(null);
  expect(result.problems).to.have.length(1);
  expect(result.problems[0]!.severity).to.equal('fatal');
  expect(result.problems[0]!.path).to.equal('$');
  return result.problems[0]!.message!;
};
const problemAt = (problems: readonly FeedProblem[], path: string): FeedProblem | undefined =>
  problems.find((p) => p.path === path);

describe('normaliseFeed()', () => {
  it('reports problems as codes and parameters, without English sentences (those load on demand)', () => {
    const { problems } = normaliseToCodes(base({ regions: [region('ES51', { url: 'javascript:alert(1)' }), { name: 'no id' }] }));
    expect(problems.map((p) => ({ ...p }))).to.deep.equal([
      { path: '$.regions[0].url', severity: 'fixed', code: 'field', params: ['url', 'removed', 'not-link'] },
      { path: '$.regions[1]', severity: 'dropped', code: 'left-out', params: ['no-id', 'region'] },
    ]);
    expect(problems.map(describeProblem)).to.deep.equal([
      'url is not a safe absolute link (https, http or mailto); it was removed.',
      'region has no valid id; it was left out.',
    ]);
  });

  describe('fixtures', () => {
    it('reads test/fixtures/minimal.json without any problem', () => {
      const { feed, problems } = ok(minimal);
      expect(problems).to.deep.equal([]);
      expect(feed.sample).to.equal(true);
      expect(feed.regions.map((r) => r.id)).to.deep.equal(['ES51', 'PT20', 'SE224', 'ITF4']);
      expect(feed.partners).to.have.length(6);
      expect(feed.scores).to.have.length(24);
      expect(feed.scores.every((s) => s.synthetic)).to.equal(true);
      expect(feed.baselines).to.have.length(2);
      expect(feed.measures).to.have.length(5);
      expect(feed.framework.dimensions.map((d) => d.id)).to.deep.equal(MIPEX_R_FRAMEWORK.dimensions.map((d) => d.id));
      checkInvariants(feed);
    });

    it('drops exactly the broken entries of test/fixtures/partial.json and keeps the rest', () => {
      const { feed, problems } = ok(partial);
      expect(feed.regions.map((r) => r.id)).to.deep.equal(['ES51', 'PT20', 'ITF3']);
      expect(feed.measures.map((m) => m.id)).to.deep.equal(['m-es51-001', 'm-pt20-001']);
      expect(feed.scores.map((s) => s.region)).to.deep.equal(['ES51', 'PT20', 'ITF3']);
      expect(feed.baselines.map((b) => b.country)).to.deep.equal(['ES']);
      expect(problems.filter((p) => p.severity === 'dropped').map((p) => p.path)).to.deep.equal([
        '$.regions[3]',
        '$.regions[4]',
        '$.scores[3]',
        '$.scores[4]',
        '$.baselines[1]',
        '$.measures[2]',
        '$.measures[3]',
        '$.measures[4]',
      ]);
      expect(problemAt(problems, '$.measures[2]')!.message).to.equal('measure has no title; it was left out.');
      checkInvariants(feed);
    });

    it('reads test/fixtures/empty.json as a usable feed with no entries', () => {
      const { feed, problems } = ok(empty);
      expect(problems).to.deep.equal([]);
      expect([feed.regions, feed.partners, feed.scores, feed.baselines, feed.measures].every((l) => l.length === 0)).to.equal(
        true,
      );
      expect(feed.framework).to.equal(MIPEX_R_FRAMEWORK);
    });

    it('refuses test/fixtures/wrong-major.json with a message a webmaster can act on', () => {
      expect(fatalMessage(normaliseFeed(wrongMajor))).to.equal(
        'This feed is version 2.0; this widget reads version 1.x feeds — update regin-widgets.',
      );
    });

    it('refuses test/fixtures/not-a-feed.json', () => {
      expect(fatalMessage(normaliseFeed(notAFeed))).to.match(/not a regin-feed/);
    });

    it('keeps markup in test/fixtures/hostile.json as plain text and removes every unsafe part', () => {
      const { feed, problems } = ok(hostile);
      checkInvariants(feed);
      // Markup is not stripped: it is text, and the widgets render it as text.
      expect(feed.title).to.deep.equal({ en: '<script>alert("title")</script>Hostile sample feed' });
      expect(feed.regions[0]!.name).to.deep.equal({ en: '<img src=x onerror=alert("name")>Catalonia' });
      // Bidi override characters are removed.
      expect(feed.regions[1]!.name).to.deep.equal({ '': 'Azoressexif' });
      // No link survived: every one was a script, data or protocol-relative link.
      expect(feed.regions.some((r) => r.url)).to.equal(false);
      expect(feed.partners[0]!.url).to.equal(undefined);
      expect(feed.measures[0]!.url).to.equal(undefined);
      // NaN-like strings and 1e999 (Infinity) are "no data".
      expect(feed.scores.filter((s) => s.value !== undefined).map((s) => s.value)).to.deep.equal([50]);
      expect(feed.scores[2]!.synthetic).to.equal(true);
      // 10,000-character texts are cut to their caps.
      expect([...feed.regions[2]!.name['']!]).to.have.length(TEXT_LIMITS.short);
      expect([...feed.measures[0]!.summary!['']!]).to.have.length(TEXT_LIMITS.long);
      expect(problems.some((p) => p.severity === 'fatal')).to.equal(false);
    });

    it('does not let __proto__ keys of test/fixtures/hostile.json change any prototype', () => {
      ok(copy(hostile));
      const probe: Json = {};
      expect(probe.polluted).to.equal(undefined);
      expect(probe.isAdmin).to.equal(undefined);
    });
  });

  describe('format and version', () => {
    it('refuses anything that is not an object', () => {
      for (const input of [undefined, null, 42, 'regin-feed', true, [], [base()]]) {
        expect(fatalMessage(normaliseFeed(input))).to.match(/^This is not a regin-feed: expected a JSON object/);
      }
    });

    it('refuses another format and echoes it safely', () => {
      const message = fatalMessage(normaliseFeed(base({ format: 'geojson\u0000<b>' + 'x'.repeat(100) })));
      expect(message).to.match(/^This is not a regin-feed: its format is "geojson<b>x+…", expected "regin-feed"\.$/);
    });

    it('refuses a feed without a version', () => {
      expect(fatalMessage(normaliseFeed({ format: 'regin-feed' }))).to.match(
        /^This feed has no version; this widget reads version 1\.x feeds/,
      );
    });

    it('refuses an older major version, telling to update the feed', () => {
      expect(fatalMessage(normaliseFeed(base({ version: '0.9' })))).to.equal(
        'This feed is version 0.9; this widget reads version 1.x feeds — update the feed to version 1.x.',
      );
    });

    it('refuses a version that is not a version number', () => {
      expect(fatalMessage(normaliseFeed(base({ version: 'latest' })))).to.match(/version "latest" is not a version number/);
      expect(fatalMessage(normaliseFeed(base({ version: {} })))).to.match(/is not a version number/);
    });

    it('accepts a higher minor version and keeps it', () => {
      expect(ok(base({ version: '1.7' })).feed.version).to.equal('1.7');
      expect(ok(base({ version: '1.12.3' })).feed.version).to.equal('1.12.3');
    });

    it('accepts a version written as a number, with a problem', () => {
      const { feed, problems } = ok(base({ version: 1 }));
      expect(feed.version).to.equal('1.0');
      expect(problemAt(problems, '$.version')!.severity).to.equal('fixed');
    });
  });

  describe('texts', () => {
    it('keeps a plain string under the key ""', () => {
      expect(ok(base({ title: 'REGIN' })).feed.title).to.deep.equal({ '': 'REGIN' });
    });

    it('keeps translations under canonical language tags', () => {
      const { feed, problems } = ok(base({ title: { en: 'Map', 'PT-br': 'Mapa', 'sv-SE': 'Karta', 'sr-latn-RS': 'Mapa' } }));
      expect(feed.title).to.deep.equal({ en: 'Map', 'pt-BR': 'Mapa', 'sv-SE': 'Karta', 'sr-Latn-RS': 'Mapa' });
      expect(problems).to.deep.equal([]);
    });

    it('leaves out keys that are not language tags, with one problem', () => {
      const { feed, problems } = ok(base({ title: { english: 'Map', en_GB: 'Map', fr: 'Carte', '1': 'x' } }));
      expect(feed.title).to.deep.equal({ fr: 'Carte' });
      expect(problemAt(problems, '$.title')!.message).to.match(/has 3 keys that are not a language tag/);
    });

    it('leaves out empty translations, and a text with nothing left', () => {
      const { feed, problems } = ok(base({ title: { en: '  ', fr: '\u0000' } }));
      expect(feed).to.not.have.property('title');
      expect(problemAt(problems, '$.title')!.message).to.equal('title is empty; it was left out.');
    });

    it('refuses a text that is neither a string nor an object', () => {
      const { feed, problems } = ok(base({ title: 42 }));
      expect(feed).to.not.have.property('title');
      expect(problemAt(problems, '$.title')!.message).to.match(/is not a text/);
    });

    it('strips control and bidi characters and collapses whitespace in short texts', () => {
      const name = ' Ca\u0000ta\u0007lo\u202Enia\u202C \t\n  (ES)\u2066 ';
      const { feed } = ok(base({ regions: [region('ES51', { name })] }));
      expect(feed.regions[0]!.name).to.deep.equal({ '': 'Catalonia (ES)' });
    });

    it('keeps line breaks and tabs in long texts, normalising CRLF and blank runs', () => {
      const summary = 'First line\r\nSecond\tline\r\rThird\n\n\n\n\nFourth\u0000';
      const { feed } = ok(base({ regions: [region('ES51')], measures: [measure('m1', 'ES51', { summary })] }));
      expect(feed.measures[0]!.summary).to.deep.equal({ '': 'First line\nSecond\tline\n\nThird\n\nFourth' });
    });

    it('replaces lone surrogates and keeps emoji whole', () => {
      const { feed } = ok(base({ title: 'a\uD800b 🌍' }));
      expect(feed.title).to.deep.equal({ '': 'a\uFFFDb 🌍' });
    });

    it('cuts a long title to its cap with an ellipsis, without splitting a character', () => {
      const title = '🌍'.repeat(TEXT_LIMITS.short + 10);
      const { feed, problems } = ok(base({ title }));
      const cut = [...feed.title!['']!];
      expect(cut).to.have.length(TEXT_LIMITS.short);
      expect(cut.at(-1)).to.equal('…');
      expect(cut.slice(0, -1).every((c) => c === '🌍')).to.equal(true);
      expect(problemAt(problems, '$.title')!.message).to.equal(
        `title is longer than ${TEXT_LIMITS.short} characters; it was shortened.`,
      );
    });

    it('keeps a title of exactly the cap, counted in characters, untouched', () => {
      const title = '🌍'.repeat(TEXT_LIMITS.short);
      const { feed, problems } = ok(base({ title }));
      expect(feed.title!['']).to.equal(title);
      expect(problems).to.deep.equal([]);
    });
  });

  describe('entries', () => {
    it('drops a region without an id, a name or a country, saying why', () => {
      const { feed, problems } = ok(
        base({
          regions: [
            region('ES51'),
            { name: 'x', country: 'ES' },
            { id: 'PT20', country: 'PT' },
            { id: 'QQ', name: 'No country' },
          ],
        }),
      );
      expect(feed.regions.map((r) => r.id)).to.deep.equal(['ES51']);
      expect(problems.map((p) => [p.path, p.severity, p.message])).to.deep.equal([
        ['$.regions[1]', 'dropped', 'region has no valid id; it was left out.'],
        ['$.regions[2]', 'dropped', 'region has no name; it was left out.'],
        ['$.regions[3]', 'dropped', 'region has no two-letter country code; it was left out.'],
      ]);
    });

    it('takes a missing country from the NUTS code', () => {
      const { feed, problems } = ok(base({ regions: [{ id: 'SE224', name: 'Skåne', nuts: 'se224' }] }));
      expect(feed.regions[0]).to.include({ country: 'SE', nuts: 'SE224' });
      expect(problemAt(problems, '$.regions[0].country')!.severity).to.equal('fixed');
    });

    it('drops an entry that is not an object', () => {
      const { feed, problems } = ok(base({ regions: [null, 'ES51', 7, [], region('ES51')] }));
      expect(feed.regions).to.have.length(1);
      expect(problems.map((p) => p.message)).to.deep.equal(Array(4).fill('region is not an object; it was left out.'));
    });

    it('drops a whole collection that is not a list', () => {
      const { feed, problems } = ok(base({ measures: { 0: measure('m1') } }));
      expect(feed.measures).to.deep.equal([]);
      expect(problemAt(problems, '$.measures')).to.deep.equal({
        path: '$.measures',
        severity: 'dropped',
        message: 'measures should be a list; all of it was left out.',
      });
    });

    it('drops duplicate ids, keeping the first', () => {
      const { feed, problems } = ok(
        base({
          regions: [region('ES51', { name: 'First' }), region('ES51', { name: 'Second' })],
          partners: [
            { id: 'p', name: 'P', kind: 'region' },
            { id: 'p', name: 'Q', kind: 'region' },
          ],
          measures: [measure('m1'), measure('m1')],
        }),
      );
      expect(feed.regions[0]!.name).to.deep.equal({ '': 'First' });
      expect(feed.partners).to.have.length(1);
      expect(feed.measures).to.have.length(1);
      expect(problemAt(problems, '$.regions[1]')!.message).to.equal('region id "ES51" is used twice; it was left out.');
      expect(problemAt(problems, '$.partners[1]')!.message).to.equal('partner id "p" is used twice; it was left out.');
      expect(problemAt(problems, '$.measures[1]')!.message).to.equal('measure id "m1" is used twice; it was left out.');
    });

    it('reports only why a dropped entry was dropped, not what was wrong inside it', () => {
      const { problems } = ok(
        base({ regions: [region('ES51')], measures: [measure('m1', 'ES51', { title: '', url: 'javascript:x' })] }),
      );
      expect(problems.map((p) => p.path)).to.deep.equal(['$.measures[0]']);
    });

    it('refuses ids with spaces, markup or over 64 characters', () => {
      const ids = ['has space', '<b>', '-leading', 'x'.repeat(TEXT_LIMITS.id + 1), ''];
      const { feed } = ok(
        base({
          regions: [...ids.map((id) => region(id, { country: 'ES' })), region('x'.repeat(TEXT_LIMITS.id), { country: 'ES' })],
        }),
      );
      expect(feed.regions.map((r) => r.id)).to.deep.equal(['x'.repeat(TEXT_LIMITS.id)]);
    });

    it('accepts ids with letters of any script, digits and . _ : + -', () => {
      const { feed } = ok(base({ regions: [region('ES51'), region('SE-skåne_1.2:a+b', { country: 'SE' })] }));
      expect(feed.regions.map((r) => r.id)).to.deep.equal(['ES51', 'SE-skåne_1.2:a+b']);
    });

    it('clears an unsafe url and keeps a safe one, normalised', () => {
      const { feed, problems } = ok(
        base({
          regions: [region('ES51', { url: 'javascript:alert(1)' }), region('PT20', { url: 'HTTPS://Azores.example/a b' })],
        }),
      );
      expect(feed.regions[0]).to.not.have.property('url');
      expect(feed.regions[1]!.url).to.equal('https://azores.example/a%20b');
      expect(problemAt(problems, '$.regions[0].url')).to.deep.equal({
        path: '$.regions[0].url',
        severity: 'fixed',
        message: 'url is not a safe absolute link (https, http or mailto); it was removed.',
      });
    });

    it('reads roles and commissions as lists of short codes, removing bad items', () => {
      const { feed, problems } = ok(
        base({
          regions: [region('ES51', { roles: ['cpmr-member', 7, '<b>', 'cpmr-member', ' mipex-r '], commissions: 'islands' })],
        }),
      );
      expect(feed.regions[0]!.roles).to.deep.equal(['cpmr-member', 'mipex-r']);
      expect(feed.regions[0]!.commissions).to.deep.equal([]);
      expect(problemAt(problems, '$.regions[0].roles')!.message).to.match(/2 items were not a short code/);
      expect(problemAt(problems, '$.regions[0].commissions')!.message).to.equal('commissions should be a list; it was left out.');
    });

    it('keeps a location within range and clears one outside', () => {
      const { feed, problems } = ok(
        base({
          regions: [
            region('PT20', { location: [-25.366, 37.785] }),
            region('ES51', { location: [181, 41] }),
            region('ES52', { location: [1, -90.5] }),
            region('ES53', { location: ['1', '2'] }),
            region('ES54', { location: [1, 2, 3] }),
          ],
        }),
      );
      expect(feed.regions[0]!.location).to.deep.equal([-25.366, 37.785]);
      expect(feed.regions.slice(1).every((r) => r.location === undefined)).to.equal(true);
      expect(problems.filter((p) => p.path.endsWith('.location'))).to.have.length(4);
    });

    it('validates partner kinds and clears a link to an unknown region', () => {
      const { feed, problems } = ok(
        base({
          regions: [region('ES51')],
          partners: [
            { id: 'a', name: 'A', kind: 'coordinator', region: 'ES51' },
            { id: 'b', name: 'B', kind: 'sponsor', region: 'XX99' },
          ],
        }),
      );
      expect(feed.partners[0]).to.include({ kind: 'coordinator', region: 'ES51' });
      expect(feed.partners[1]!.kind).to.equal('associated');
      expect(feed.partners[1]).to.not.have.property('region');
      expect(problemAt(problems, '$.partners[1].region')!.message).to.equal(
        'region "XX99" is not in the feed\'s regions; the link to it was removed.',
      );
    });
  });

  describe('scores and baselines', () => {
    const withScores = (scores: Json[], extra: Json = {}) => base({ regions: [region('ES51')], scores, ...extra });

    it('drops a score for an unknown region', () => {
      const { feed, problems } = ok(withScores([{ region: 'XX99', dimension: 'labour', value: 50 }]));
      expect(feed.scores).to.deep.equal([]);
      expect(problemAt(problems, '$.scores[0]')!.message).to.equal(
        'score is for region "XX99", which is not in the feed\'s regions; it was left out.',
      );
    });

    it('drops a score for an unknown dimension', () => {
      const { feed, problems } = ok(withScores([{ region: 'ES51', dimension: 'astrology', value: 50 }]));
      expect(feed.scores).to.deep.equal([]);
      expect(problemAt(problems, '$.scores[0]')!.severity).to.equal('dropped');
    });

    it('treats a value outside the scale or not a finite number as no data', () => {
      const values = [-1, 100.5, Number.NaN, Infinity, '67', null, true];
      const { feed, problems } = ok(
        withScores(values.map((value, i) => ({ region: 'ES51', dimension: 'labour', value, year: 2000 + i }))),
      );
      expect(feed.scores).to.have.length(values.length);
      expect(feed.scores.every((s) => !('value' in s))).to.equal(true);
      // null means "no data" on purpose: no problem for it.
      expect(problems.map((p) => p.path)).to.deep.equal([0, 1, 2, 3, 4, 6].map((i) => `$.scores[${i}].value`));
      expect(problems.every((p) => p.severity === 'fixed')).to.equal(true);
    });

    it('writes a negative zero as zero, as JSON would', () => {
      const { feed } = ok(withScores([{ region: 'ES51', dimension: 'labour', value: -0 }]));
      expect(Object.is(feed.scores[0]!.value, 0)).to.equal(true);
    });

    it("checks values against the framework's own scale", () => {
      const framework = { id: 'stars', scale: [1, 5], dimensions: [{ id: 'overall', label: 'Overall' }] };
      const { feed } = ok(
        withScores(
          [
            { region: 'ES51', dimension: 'overall', value: 4.5, year: 2020 },
            { region: 'ES51', dimension: 'overall', value: 50, year: 2021 },
          ],
          { framework },
        ),
      );
      expect(feed.framework.scale).to.deep.equal([1, 5]);
      expect(feed.scores.map((s) => s.value)).to.deep.equal([4.5, undefined]);
    });

    it('marks scores as not synthetic by default and keeps synthetic: true', () => {
      const { feed } = ok(
        withScores([
          { region: 'ES51', dimension: 'labour', value: 1 },
          { region: 'ES51', dimension: 'health', value: 1, synthetic: true },
          { region: 'ES51', dimension: 'housing', value: 1, synthetic: false },
        ]),
      );
      expect(feed.scores.map((s) => s.synthetic)).to.deep.equal([false, true, false]);
    });

    it('treats a synthetic flag that is not a boolean as synthetic', () => {
      const { feed, problems } = ok(withScores([{ region: 'ES51', dimension: 'labour', value: 1, synthetic: 'no' }]));
      expect(feed.scores[0]!.synthetic).to.equal(true);
      expect(problemAt(problems, '$.scores[0].synthetic')!.severity).to.equal('fixed');
    });

    it('checks years are integers from 1900 to 2100', () => {
      const years = [1899, 1900, 2100, 2101, 2020.5, '2020'];
      const { feed } = ok(
        withScores(years.map((year, i) => ({ region: 'ES51', dimension: MIPEX_R_FRAMEWORK.dimensions[i]!.id, year }))),
      );
      expect(feed.scores.map((s) => s.year)).to.deep.equal([undefined, 1900, 2100, undefined, undefined, undefined]);
    });

    it('drops a second score for the same region, dimension, year and target group', () => {
      const s = { region: 'ES51', dimension: 'labour', value: 1, year: 2021 };
      const { feed, problems } = ok(withScores([s, { ...s, targetGroup: 'bip' }, { ...s, year: 2020 }, { ...s, value: 2 }]));
      expect(feed.scores).to.have.length(3);
      expect(problemAt(problems, '$.scores[3]')!.message).to.equal(
        'another score for ES51 / labour / 2021 came first; it was left out.',
      );
    });

    it('keeps a baseline without a dimension as an overall score, and drops one for an unknown dimension', () => {
      const { feed, problems } = ok(
        base({
          baselines: [
            { country: 'es', label: 'Spain', value: 60, year: 2019, source: 'https://www.mipex.eu/spain' },
            { country: 'ES', label: 'Spain', dimension: 'astrology', value: 60 },
          ],
        }),
      );
      expect(feed.baselines).to.deep.equal([
        { country: 'ES', label: { '': 'Spain' }, value: 60, year: 2019, source: 'https://www.mipex.eu/spain', synthetic: false },
      ]);
      expect(problemAt(problems, '$.baselines[1]')!.severity).to.equal('dropped');
    });
  });

  describe('measures', () => {
    const withMeasure = (extra: Json) => base({ regions: [region('ES51')], measures: [measure('m1', 'ES51', extra)] });

    it('drops a measure without a title, or in an unknown region', () => {
      const { feed, problems } = ok(
        base({ regions: [region('ES51')], measures: [{ id: 'm1', region: 'ES51' }, measure('m2', 'XX99')] }),
      );
      expect(feed.measures).to.deep.equal([]);
      expect(problems.map((p) => p.message)).to.deep.equal([
        'measure has no title; it was left out.',
        'measure is in region "XX99", which is not in the feed\'s regions; it was left out.',
      ]);
    });

    it('removes dimension ids that the framework does not know', () => {
      const { feed, problems } = ok(withMeasure({ dimensions: ['labour', 'astrology', 'health', 'tarot'] }));
      expect(feed.measures[0]!.dimensions).to.deep.equal(['labour', 'health']);
      expect(problemAt(problems, '$.measures[0].dimensions')!.message).to.equal(
        'dimensions not in the framework were removed: astrology, tarot.',
      );
    });

    it('validates status and authority role', () => {
      const good = ok(withMeasure({ status: 'ongoing', authorityRole: 'indirect' })).feed.measures[0]!;
      expect(good).to.include({ status: 'ongoing', authorityRole: 'indirect' });
      const { feed, problems } = ok(withMeasure({ status: 'Ongoing', authorityRole: 'both' }));
      expect(feed.measures[0]).to.not.have.any.keys('status', 'authorityRole');
      expect(problems.map((p) => p.path)).to.deep.equal(['$.measures[0].status', '$.measures[0].authorityRole']);
    });

    it('validates dates as YYYY, YYYY-MM or YYYY-MM-DD', () => {
      const dates = [
        '2019',
        '2019-03',
        '2020-02-29',
        '2019-02-29',
        '2019-13',
        '2019-3',
        '1899-12',
        '1899',
        '03/2019',
        '2019-03-15T10:00:00Z',
        '19',
      ];
      for (const start of dates) {
        const m = ok(withMeasure({ start })).feed.measures[0]!;
        expect(m.start, start).to.equal(['2019', '2019-03', '2020-02-29'].includes(start) ? start : undefined);
      }
    });

    it('clears an end that is before the start', () => {
      const early = ok(withMeasure({ start: '2021-05', end: '2020-12' }));
      expect(early.feed.measures[0]).to.not.have.property('end');
      expect(problemAt(early.problems, '$.measures[0].end')!.message).to.equal(
        'end (2020-12) is before start (2021-05); it was removed.',
      );
      expect(ok(withMeasure({ start: '2021-05-20', end: '2021-05' })).feed.measures[0]!.end).to.equal('2021-05');
      expect(ok(withMeasure({ start: '2021-05', end: '2021' })).feed.measures[0]!.end).to.equal('2021');
      expect(ok(withMeasure({ start: '2021', end: '2020-12' })).feed.measures[0]).to.not.have.property('end');
    });

    it('checks the budget and the evaluation criteria', () => {
      const { feed, problems } = ok(
        withMeasure({
          budget: { amount: 120000, currency: 'eur' },
          evaluation: { communication: 4, inclusion: 6, innovation: 0, sustainability: 2.5, unknown: 3 },
        }),
      );
      expect(feed.measures[0]!.budget).to.deep.equal({ amount: 120000, currency: 'EUR' });
      expect(feed.measures[0]!.evaluation).to.deep.equal({ communication: 4, sustainability: 2.5 });
      expect(problems.map((p) => p.path)).to.deep.equal([
        '$.measures[0].evaluation.inclusion',
        '$.measures[0].evaluation.innovation',
      ]);
      const bad = ok(withMeasure({ budget: { amount: Infinity, currency: 'EUR' } }));
      expect(bad.feed.measures[0]).to.not.have.property('budget');
      expect(problemAt(bad.problems, '$.measures[0].budget')!.severity).to.equal('fixed');
    });

    it('reads stakeholders as texts and funding and target groups as short codes', () => {
      const { feed, problems } = ok(
        withMeasure({
          stakeholders: ['Libraries', { en: 'NGOs', ca: 'ONG' }, 5, ''],
          funding: ['AMIF', 'ESF+'],
          targetGroups: ['tcn', 'bip'],
        }),
      );
      const m = feed.measures[0]!;
      expect(m.stakeholders).to.deep.equal([{ '': 'Libraries' }, { en: 'NGOs', ca: 'ONG' }]);
      expect(m.funding).to.deep.equal(['AMIF', 'ESF+']);
      expect(m.targetGroups).to.deep.equal(['tcn', 'bip']);
      expect(problems.map((p) => p.path)).to.deep.equal(['$.measures[0].stakeholders[2]', '$.measures[0].stakeholders[3]']);
    });

    it('gives every list field a list even when the feed leaves it out', () => {
      const m = ok(withMeasure({})).feed.measures[0]!;
      expect(m).to.deep.equal({
        id: 'm1',
        region: 'ES51',
        title: { '': 'Measure m1' },
        dimensions: [],
        targetGroups: [],
        stakeholders: [],
        funding: [],
        sources: [],
        sample: false,
      });
    });
  });

  describe('provenance (feed 1.1)', () => {
    const withMeasure = (extra: Json) => base({ regions: [region('ES51')], measures: [measure('m1', 'ES51', extra)] });

    it('reads sources as links with an optional title and date', () => {
      const sources = [
        { url: 'https://example.org/a', title: { en: 'Decree', ca: 'Decret' }, date: '2014-11-20' },
        { url: 'http://example.org/b', date: '2021' },
        'https://example.org/c',
      ];
      const { feed, problems } = ok(withMeasure({ sources }));
      expect(problems).to.deep.equal([]);
      expect(feed.measures[0]!.sources).to.deep.equal([
        { url: 'https://example.org/a', title: { en: 'Decree', ca: 'Decret' }, date: '2014-11-20' },
        { url: 'http://example.org/b', date: '2021' },
        { url: 'https://example.org/c' },
      ]);
    });

    it('keeps the entry and removes a source without a safe link, with one problem each', () => {
      const sources = [
        { url: 'javascript:alert(1)' },
        { title: 'no link' },
        42,
        { url: 'https://example.org/ok', date: 'undated' },
        { url: 'https://example.org/ok' },
      ];
      const { feed, problems } = ok(withMeasure({ sources }));
      expect(feed.measures).to.have.length(1);
      expect(feed.measures[0]!.sources).to.deep.equal([{ url: 'https://example.org/ok' }]);
      expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([
        ['$.measures[0].sources[0]', 'fixed'],
        ['$.measures[0].sources[1]', 'fixed'],
        ['$.measures[0].sources[2]', 'fixed'],
        ['$.measures[0].sources[3].date', 'fixed'],
      ]);
      expect(problems[0]!.message).to.equal('source has no safe absolute link (https, http or mailto); it was removed.');
      expect(problems[2]!.message).to.equal('source is not {"url": …}; it was removed.');
    });

    it('clears sources that are not a list', () => {
      const { feed, problems } = ok(withMeasure({ sources: 'https://example.org' }));
      expect(feed.measures[0]!.sources).to.deep.equal([]);
      expect(problemAt(problems, '$.measures[0].sources')!.severity).to.equal('fixed');
    });

    it('reads sources on regions and partners too', () => {
      const src = [{ url: 'https://example.org/member' }];
      const { feed, problems } = ok(
        base({
          regions: [region('ES51', { sources: src })],
          partners: [{ id: 'p', name: 'P', kind: 'technical', sources: src }],
        }),
      );
      expect(problems).to.deep.equal([]);
      expect(feed.regions[0]!.sources).to.deep.equal(src);
      expect(feed.partners[0]!.sources).to.deep.equal(src);
    });

    it('ignores an unknown verification level with a problem', () => {
      expect(ok(withMeasure({ verification: 'partly-stated' })).feed.measures[0]!.verification).to.equal('partly-stated');
      const { feed, problems } = ok(withMeasure({ verification: 'certain' }));
      expect(feed.measures[0]).to.not.have.property('verification');
      expect(problemAt(problems, '$.measures[0].verification')!.message).to.equal(
        'verification is not one of stated, partly-stated; it was removed.',
      );
    });

    it('marks a sample measure in a real feed, and every measure of a sample feed', () => {
      const real = ok(
        base({ regions: [region('ES51')], measures: [measure('m1'), measure('m2', 'ES51', { sample: true })] }),
      ).feed;
      expect(real.sample).to.equal(false);
      expect(real.measures.map((m) => m.sample)).to.deep.equal([false, true]);
      const wholly = ok(base({ sample: true, regions: [region('ES51')], measures: [measure('m1')] })).feed;
      expect(wholly.measures[0]!.sample).to.equal(true);
    });

    it('marks baselines as synthetic only when they say so', () => {
      const baselines = [
        { country: 'ES', label: 'ES', value: 60 },
        { country: 'IT', label: 'IT', value: 58, synthetic: true },
      ];
      expect(ok(base({ baselines })).feed.baselines.map((b) => b.synthetic)).to.deep.equal([false, true]);
    });
  });

  describe('framework', () => {
    it('uses the MIPEX-R framework when the feed has none', () => {
      const { feed } = ok(base());
      // The framework itself: test/feed/normalise/mipex-r.test.ts.
      expect(feed.framework).to.equal(MIPEX_R_FRAMEWORK);
    });

    it('keeps the canonical order of a custom framework, never sorting it', () => {
      const dimensions = ['zeta', 'alpha', 'mu'].map((id) => ({ id, label: id.toUpperCase() }));
      const { feed } = ok(base({ framework: { id: 'custom', scale: [0, 10], dimensions } }));
      expect(feed.framework.dimensions.map((d) => d.id)).to.deep.equal(['zeta', 'alpha', 'mu']);
    });

    it('drops a dimension without a label unless it is a MIPEX-R dimension, and duplicate dimensions', () => {
      const { feed, problems } = ok(
        base({
          framework: {
            id: 'mipex-r',
            dimensions: [
              { id: 'labour' },
              { id: 'mystery' },
              { id: 'health', label: 'Health care' },
              { id: 'labour', label: 'Again' },
            ],
          },
        }),
      );
      expect(feed.framework.dimensions.map((d) => [d.id, d.label['en'] ?? d.label['']])).to.deep.equal([
        ['labour', 'Labour market'],
        ['health', 'Health care'],
      ]);
      expect(problems.map((p) => p.path)).to.deep.equal(['$.framework.dimensions[1]', '$.framework.dimensions[3]']);
    });

    it('falls back to MIPEX-R when a framework is unusable', () => {
      for (const framework of ['mipex-r', { id: 'x', dimensions: [] }, { id: 'x', dimensions: [{ label: 'no id' }] }]) {
        const { feed, problems } = ok(base({ framework }));
        expect(feed.framework.dimensions).to.equal(MIPEX_R_FRAMEWORK.dimensions);
        expect(problems.length).to.be.greaterThan(0);
      }
    });

    it('refuses a scale that is not [lowest, highest]', () => {
      for (const scale of [[100, 0], [0], [0, Infinity], 'wide']) {
        const { feed, problems } = ok(base({ framework: { id: 'mipex-r', scale } }));
        expect(feed.framework.scale).to.deep.equal([0, 100]);
        expect(problemAt(problems, '$.framework.scale')!.severity).to.equal('fixed');
      }
    });
  });

  describe('feed fields', () => {
    it('keeps sample: true and treats anything else that is set as sample too', () => {
      expect(ok(base()).feed.sample).to.equal(false);
      expect(ok(base({ sample: false })).feed.sample).to.equal(false);
      expect(ok(base({ sample: true })).feed.sample).to.equal(true);
      const { feed, problems } = ok(base({ sample: 'yes' }));
      expect(feed.sample).to.equal(true);
      expect(problemAt(problems, '$.sample')!.severity).to.equal('fixed');
    });

    it('accepts updated as a date or an RFC 3339 date-time', () => {
      for (const [updated, kept] of [
        ['2026-11-28T10:00:00Z', true],
        ['2026-11-28T10:00:00.123+01:00', true],
        ['2026-11-28', true],
        ['2026-11-28T10:00:00', false],
        ['2026-11-31', false],
        ['yesterday', false],
        ['2026-11-28T25:00:00Z', false],
      ] as const) {
        expect(ok(base({ updated })).feed.updated, updated).to.equal(kept ? updated : undefined);
      }
    });

    it('drops attribution entries that are not texts', () => {
      const { feed, problems } = ok(
        base({ attribution: ['© EuroGeographics for the administrative boundaries', 5, { en: 'Sample' }] }),
      );
      expect(feed.attribution).to.deep.equal([{ '': '© EuroGeographics for the administrative boundaries' }, { en: 'Sample' }]);
      expect(problemAt(problems, '$.attribution[1]')!.severity).to.equal('dropped');
    });

    it('ignores unknown fields silently', () => {
      const { feed, problems } = ok(base({ future: { x: 1 }, regions: [region('ES51', { population: 7_700_000 })] }));
      expect(problems).to.deep.equal([]);
      expect(feed).to.not.have.property('future');
      expect(feed.regions[0]).to.not.have.property('population');
    });
  });

  describe('limits', () => {
    it(`reads at most ${COLLECTION_LIMITS.measures} measures and says so once`, () => {
      const measures = Array.from({ length: COLLECTION_LIMITS.measures + 5 }, (_, i) => measure(`m${i}`));
      const { feed, problems } = ok(base({ regions: [region('ES51')], measures }));
      expect(feed.measures).to.have.length(COLLECTION_LIMITS.measures);
      expect(problems).to.deep.equal([
        {
          path: '$.measures',
          severity: 'dropped',
          message: `measures has ${COLLECTION_LIMITS.measures + 5} entries; only the first ${COLLECTION_LIMITS.measures} are used.`,
        },
      ]);
    });

    it(`lists at most ${MAX_PROBLEMS} problems and then one summary`, () => {
      const regions = Array.from({ length: 250 }, () => ({ name: 'no id' }));
      const { problems } = ok(base({ regions }));
      expect(problems).to.have.length(MAX_PROBLEMS + 1);
      expect(problems.at(-1)).to.deep.equal({
        path: '$',
        severity: 'dropped',
        message: '…and 150 more problems of the same kinds.',
      });
    });

    it('reads only the first items of a huge sparse list', () => {
      const regions = new Array(1e9);
      regions[0] = region('ES51');
      const { feed, problems } = ok(base({ regions }));
      expect(feed.regions).to.have.length(1);
      expect(problems[0]!.message).to.equal(
        `regions has 1000000000 entries; only the first ${COLLECTION_LIMITS.regions} are used.`,
      );
    });
  });

  describe('hostile objects', () => {
    it('never throws on cyclic objects', () => {
      const feed: Json = base({ regions: [] });
      const r: Json = region('ES51');
      r.self = r;
      r.roles = feed.regions;
      r.name = { en: 'Catalonia', self: r };
      feed.regions.push(r);
      feed.framework = { id: 'mipex-r', parent: feed };
      const { feed: out } = ok(feed);
      expect(out.regions[0]!.name).to.deep.equal({ en: 'Catalonia' });
    });

    it('drops an entry whose getters throw, and keeps the rest', () => {
      const evil = {
        id: 'PT20',
        country: 'PT',
        get name(): string {
          throw new Error('boom');
        },
      };
      const { feed, problems } = ok(base({ regions: [evil, region('ES51')] }));
      expect(feed.regions.map((r) => r.id)).to.deep.equal(['ES51']);
      expect(problems[0]!.path).to.equal('$.regions[0]');
    });

    it('never throws on proxies that throw from every trap, or on revoked proxies', () => {
      const thrower = new Proxy(
        {},
        {
          get() {
            throw new Error('get');
          },
          ownKeys() {
            throw new Error('ownKeys');
          },
          getOwnPropertyDescriptor() {
            throw new Error('gopd');
          },
          has() {
            throw new Error('has');
          },
          getPrototypeOf() {
            throw new Error('proto');
          },
        },
      );
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      for (const input of [
        thrower,
        proxy,
        base({ regions: thrower }),
        base({ regions: [thrower, proxy] }),
        base({ title: thrower, framework: thrower }),
      ]) {
        expect(() => normaliseFeed(input)).to.not.throw();
      }
      expect(ok(base({ regions: [thrower, region('ES51')] })).feed.regions).to.have.length(1);
    });

    it('shares no object with the input and returns a deep-frozen feed', () => {
      const input = copy(minimal);
      const { feed } = ok(input);
      input.regions[0].name.en = 'Changed';
      input.regions[0].roles.push('changed');
      input.measures[0].budget.amount = 1;
      input.regions.pop();
      expect(feed.regions).to.have.length(4);
      expect(feed.regions[0]!.name['en']).to.equal('Catalonia');
      expect(feed.regions[0]!.roles).to.not.include('changed');
      expect(feed.measures[0]!.budget!.amount).to.equal(120000);
      checkInvariants(feed); // includes: every object and array is frozen
    });

    it('is idempotent: a normalised feed normalises to itself without problems', () => {
      for (const fixture of [minimal, partial, hostile]) {
        const once = ok(fixture).feed;
        const twice = ok(copy(once));
        expect(twice.problems).to.deep.equal([]);
        expect(twice.feed).to.deep.equal(once);
      }
    });
  });
});

const runs = { numRuns: 300 };
const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('normaliseFeed() properties', function () {
  // Hundreds of generated feeds per property: give a busy machine time.
  this.timeout(120_000);

  it('never throws for any JSON value, and any feed it returns keeps every promise', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const { feed, problems } = normaliseToCodes(input);
        expect(problems.length).to.be.greaterThan(0);
        if (feed) checkInvariants(feed);
      }),
      runs,
    );
  });

  it('never throws for any value at all (prototype-less objects, typed arrays, sparse arrays …)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
        }),
        (input) => {
          expect(() => normaliseToCodes(input)).to.not.throw();
          expect(() =>
            normaliseToCodes({ format: 'regin-feed', version: '1.0', regions: [input], measures: input, title: input }),
          ).to.not.throw();
        },
      ),
      runs,
    );
  });

  it('turns feed-shaped garbage into a feed that keeps every promise', () => {
    fc.assert(
      fc.property(feedLike, (input) => {
        const { feed, problems } = normaliseToCodes(input);
        expect(feed, JSON.stringify(problems)).to.not.equal(null);
        checkInvariants(feed!);
        for (const p of problems) {
          expect(p.severity).to.be.oneOf(['dropped', 'fixed']);
          expect(p.path).to.match(/^\$/);
          expect(describeProblem(p).length).to.be.greaterThan(0);
        }
      }),
      runs,
    );
  });

  it('keeps every valid entry, in order, and drops exactly the junk mixed in with them', () => {
    fc.assert(
      fc.property(mixedFeed, ({ input, regionIds, measureIds, scoreKeys, junk }) => {
        const { feed, problems } = normaliseToCodes(input);
        expect(feed).to.not.equal(null);
        expect(feed!.regions.map((r) => r.id)).to.deep.equal(regionIds);
        expect(feed!.measures.map((m) => m.id)).to.deep.equal(measureIds);
        expect(feed!.scores.map((s) => `${s.region}|${s.dimension}`)).to.deep.equal(scoreKeys);
        expect(problems.map((p) => p.severity)).to.deep.equal(Array(junk).fill('dropped'));
        checkInvariants(feed!);
      }),
      runs,
    );
  });

  it('is idempotent: normalising its own output changes nothing and finds no problem', () => {
    fc.assert(
      fc.property(anyFeedInput, (input) => {
        const once = normaliseToCodes(input).feed!;
        const twice = normaliseToCodes(roundTrip(once));
        expect(twice.problems).to.deep.equal([]);
        expect(twice.feed).to.deep.equal(once);
      }),
      runs,
    );
  });
});
