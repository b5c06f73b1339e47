// schema/regin-feed-1.schema.json against the widgets' normaliser, with the one schema engine of the
// repository (Ajv, through bin/lib/schema-check.mjs): the published schema accepts every valid feed, the
// normaliser's output is valid under it, and `regin-feed validate` reports every problem the widgets find.
// Runs under bin/dev/register.mjs (npm run test:node), which lets Node load the TypeScript sources.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { schemaCheck } from '../../bin/lib/schema-check.mjs';
import { validateFeed } from '../../bin/lib/validate.mjs';
import { describeProblem } from '../../src/feed/diagnostics.ts';
import { normaliseFeed } from '../../src/feed/normalise.ts';
import { anyFeedInput, mixedFeed, validFeed } from '../feed/arbitraries.ts';

const json = async (path) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = await json('schema/regin-feed-1.schema.json');
const fixture = (name) => json(`test/fixtures/${name}.json`);
const roundTrip = (v) => JSON.parse(JSON.stringify(v));
const runs = { numRuns: 200 };
const lines = (problems) => problems.map((p) => `${p.path}: ${p.message}`);

describe('schema/regin-feed-1.schema.json', () => {
  it('is a draft 2020-12 schema whose $id is only an identifier', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/regin-widgets\.example\//);
  });

  it('describes every property and every definition, for producers', () => {
    const missing = [];
    const walk = (node, path) => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      for (const key of ['properties', '$defs']) {
        for (const [name, child] of Object.entries(node[key] ?? {})) {
          if (typeof child.description !== 'string' || child.description.length < 5) missing.push(`${path}/${key}/${name}`);
        }
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    assert.deepEqual(missing, []);
  });

  it('accepts test/fixtures/minimal.json, empty.json and the examples', async () => {
    for (const feed of [await fixture('minimal'), await fixture('empty'), await json('examples/illustrative-feed.json')]) {
      assert.deepEqual(schemaCheck(feed), []);
    }
  });

  it('accepts the built-in feed, which the normaliser and the feed tool read without problems', async () => {
    const builtin = await json('src/assets/regin-feed.json');
    assert.deepEqual(schemaCheck(builtin), []);
    assert.deepEqual(normaliseFeed(builtin).problems, []);
    assert.deepEqual(validateFeed(builtin), []);
  });

  it('refuses test/fixtures/partial.json, hostile.json, wrong-major.json and not-a-feed.json', async () => {
    for (const name of ['partial', 'hostile', 'wrong-major', 'not-a-feed'])
      assert.notDeepEqual(schemaCheck(await fixture(name)), [], name);
  });

  it('property: a feed of valid entries passes the schema and normalises without problems', () => {
    fc.assert(
      fc.property(validFeed, (feed) => {
        assert.deepEqual(schemaCheck(feed), []);
        assert.deepEqual(normaliseFeed(feed).problems, []);
      }),
      runs,
    );
  });

  it('property: whatever the normaliser returns passes the schema', () => {
    fc.assert(
      fc.property(anyFeedInput, (input) => {
        assert.deepEqual(schemaCheck(roundTrip(normaliseFeed(input).feed)), []);
      }),
      runs,
    );
  });
});

describe('the required fields of the schema', () => {
  // One valid entry of each kind, in a feed where it is the only one of its collection.
  const entries = {
    dimension: {
      at: '$.framework.dimensions[0]',
      entry: { id: 'access', label: 'Access' },
      feed: (e) => ({ framework: { id: 'custom', dimensions: [e] } }),
    },
    region: {
      at: '$.regions[0]',
      entry: { id: 'ES51', name: 'Catalonia', country: 'ES', nuts: 'ES51' },
      feed: (e) => ({ regions: [e] }),
    },
    partner: { at: '$.partners[0]', entry: { id: 'cpmr', name: 'CPMR', kind: 'coordinator' }, feed: (e) => ({ partners: [e] }) },
    score: {
      at: '$.scores[0]',
      entry: { region: 'ES51', dimension: 'labour', value: 50 },
      feed: (e) => ({ regions: [REGION], scores: [e] }),
    },
    baseline: { at: '$.baselines[0]', entry: { country: 'ES', label: 'Spain', value: 60 }, feed: (e) => ({ baselines: [e] }) },
    measure: {
      at: '$.measures[0]',
      entry: { id: 'm1', region: 'ES51', title: 'Courses' },
      feed: (e) => ({ regions: [REGION], measures: [e] }),
    },
    source: {
      at: '$.regions[0].sources[0]',
      entry: { url: 'https://x.example/' },
      feed: (e) => ({ regions: [{ ...REGION, sources: [e] }] }),
    },
  };
  const REGION = { id: 'ES51', name: 'Catalonia', country: 'ES' };
  const feedWith = (kind, entry) => ({ format: 'regin-feed', version: '1.1', ...entries[kind].feed(entry) });

  it('every kind of entry the schema requires fields of is covered here', () => {
    const withRequired = Object.entries(schema.$defs)
      .filter(([, d]) => d.type === 'object' && d.required)
      .map(([name]) => name);
    assert.deepEqual(withRequired.filter((name) => name !== 'framework').sort(), Object.keys(entries).sort());
  });

  for (const [kind, { at, entry }] of Object.entries(entries)) {
    it(`a ${kind} without one of the fields the schema requires is reported by the widgets`, () => {
      assert.deepEqual(normaliseFeed(feedWith(kind, entry)).problems, [], 'the complete entry is valid');
      for (const field of schema.$defs[kind].required) {
        const { [field]: _, ...without } = entry;
        const problems = normaliseFeed(feedWith(kind, without)).problems;
        assert.ok(
          problems.some((p) => p.path === at || p.path.startsWith(`${at}.`)),
          `${kind} without ${field}: ${JSON.stringify(problems)}`,
        );
      }
    });
  }
});

describe('regin-feed validate and the widgets', () => {
  it('report the same problems for the hostile sample feed', async () => {
    const hostile = await fixture('hostile');
    const widgets = lines(normaliseFeed(hostile).problems.map((p) => ({ path: p.path, message: describeProblem(p) })));
    const tool = lines(validateFeed(hostile));
    assert.ok(widgets.length > 20);
    for (const line of widgets) assert.ok(tool.includes(line), line);
  });

  it('property: the tool reports every problem the widgets find, in the same words', () => {
    fc.assert(
      fc.property(anyFeedInput, (input) => {
        const tool = lines(validateFeed(input));
        for (const p of normaliseFeed(input).problems) assert.ok(tool.includes(`${p.path}: ${describeProblem(p)}`), p.path);
      }),
      runs,
    );
  });

  it('property: a feed the tool finds valid is one the widgets read without problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mixedFeed.map((m) => m.input),
          validFeed,
        ),
        (input) => {
          if (validateFeed(input).length === 0) assert.deepEqual(normaliseFeed(input).problems, []);
        },
      ),
      runs,
    );
  });
});
