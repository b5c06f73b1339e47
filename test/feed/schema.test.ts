import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { crossCheck, fatalProblem } from '../../bin/lib/cross-check.mjs';
import { safeUrl as toolSafeUrl } from '../../bin/lib/safe-url.mjs';
import schema from '../../schema/regin-feed-1.schema.json';
import builtin from '../../src/assets/regin-feed.json';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { safeUrl } from '../../src/feed/url.js';
import empty from '../fixtures/empty.json';
import hostile from '../fixtures/hostile.json';
import minimal from '../fixtures/minimal.json';
import notAFeed from '../fixtures/not-a-feed.json';
import partial from '../fixtures/partial.json';
import wrongMajor from '../fixtures/wrong-major.json';
import { feedLike, mixedFeed, validFeed } from './arbitraries.js';

// An ES-module validator that runs in the browser without eval; the feed tool uses Ajv on the same
// schema, so the schema is checked by two independent implementations.
const validator = new Validator(schema as object, '2020-12', false);
const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const runs = { numRuns: 200 };

/** `#/measures/3/title` → `$.measures[3].title` */
const jsonPath = (location: string): string =>
  '$' +
  location
    .slice(1)
    .split('/')
    .filter(Boolean)
    .map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${decodeURIComponent(k).replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('');

function schemaErrors(feed: unknown): OutputUnit[] {
  const result = validator.validate(feed);
  return result.valid ? [] : result.errors;
}

describe('schema/regin-feed-1.schema.json', function () {
  // The properties below check hundreds of generated feeds: give a busy machine time.
  this.timeout(120_000);

  it('is a draft 2020-12 schema whose $id is only an identifier', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.match(/^https:\/\/regin-widgets\.example\//);
  });

  it('describes every property and every definition, for producers', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      for (const key of ['properties', '$defs'] as const) {
        const children = o[key] as Record<string, Record<string, unknown>> | undefined;
        if (!children) continue;
        for (const [name, child] of Object.entries(children)) {
          if (typeof child.description !== 'string' || child.description.length < 5) missing.push(`${path}/${key}/${name}`);
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(missing).to.deep.equal([]);
  });

  it('accepts test/fixtures/minimal.json and test/fixtures/empty.json', () => {
    expect(schemaErrors(minimal)).to.deep.equal([]);
    expect(schemaErrors(empty)).to.deep.equal([]);
  });

  it('accepts the built-in feed src/assets/regin-feed.json, which the normaliser reads without problems', () => {
    expect(schemaErrors(builtin)).to.deep.equal([]);
    expect(crossCheck(builtin)).to.deep.equal([]);
    expect(normaliseFeed(builtin).problems).to.deep.equal([]);
  });

  it('refuses test/fixtures/partial.json, hostile.json, wrong-major.json and not-a-feed.json', () => {
    for (const [name, fixture] of Object.entries({ partial, hostile, wrongMajor, notAFeed })) {
      expect(validator.validate(fixture).valid, name).to.equal(false);
    }
  });

  it('points at the bad entries of test/fixtures/partial.json', () => {
    const paths = new Set([...schemaErrors(partial).map((e) => jsonPath(e.instanceLocation)), ...crossCheck(partial).map((p) => p.path)]);
    for (const dropped of normaliseFeed(partial).problems.filter((p) => p.severity === 'dropped')) {
      expect([...paths].some((p) => p.startsWith(dropped.path)), dropped.path).to.equal(true);
    }
  });

  it('property: a feed of valid entries passes the schema and the cross-check, and normalises without problems', () => {
    fc.assert(
      fc.property(validFeed, (feed) => {
        expect(schemaErrors(feed).map((e) => `${e.instanceLocation} ${e.error}`)).to.deep.equal([]);
        expect(crossCheck(feed)).to.deep.equal([]);
        expect(normaliseFeed(feed).problems).to.deep.equal([]);
      }),
      runs,
    );
  });

  it('property: whatever the normaliser returns passes the schema and the cross-check', () => {
    fc.assert(
      fc.property(fc.oneof(feedLike, mixedFeed.map((m) => m.input)), (input) => {
        const out = roundTrip(normaliseFeed(input).feed);
        expect(schemaErrors(out).map((e) => `${e.instanceLocation} ${e.error}`)).to.deep.equal([]);
        expect(crossCheck(out)).to.deep.equal([]);
      }),
      runs,
    );
  });

  it('property: every entry the normaliser drops is reported by the schema or the cross-check at or inside its path', () => {
    fc.assert(
      fc.property(mixedFeed, ({ input }) => {
        const reported = [...schemaErrors(input).map((e) => jsonPath(e.instanceLocation)), ...crossCheck(input).map((p) => p.path)];
        for (const dropped of normaliseFeed(input).problems.filter((p) => p.severity === 'dropped')) {
          const hit = reported.some((p) => p === dropped.path || p.startsWith(`${dropped.path}.`) || p.startsWith(`${dropped.path}[`));
          expect(hit, `${dropped.path}: ${dropped.message}`).to.equal(true);
        }
      }),
      runs,
    );
  });
});

describe('feed tool checks (bin/lib) agree with the widgets', function () {
  this.timeout(60_000);

  it('fatalProblem() refuses exactly the inputs the normaliser refuses', () => {
    const versions = fc.oneof(fc.constantFrom('1.0', '1.7', '1', '2.0', '0.9', '1.0.1', 'v1', '', ' 1.0 ', 1, 2, null), fc.jsonValue());
    const inputs = fc.oneof(
      fc.jsonValue(),
      versions.map((version) => ({ format: 'regin-feed', version })),
      fc.constantFrom({ format: 'regin-feed' }, { format: 'geojson', version: '1.0' }, []),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        expect(fatalProblem(input) === null, JSON.stringify(input)).to.equal(normaliseFeed(input).feed !== null);
      }),
      { numRuns: 500 },
    );
  });

  it("the tool's URL check gives the same answer as the widgets' one", () => {
    const forms = ['https://example.org/a b', ' JaVaScRiPt:alert(1)', 'mailto:a b@x.org', '//evil', 'https://u:p@x.org', 'http://[::1]/', 'https://[bad/'];
    for (const f of forms) expect(toolSafeUrl(f), f).to.equal(safeUrl(f));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withIPv6: true, withPort: true } })), (u) => {
        expect(toolSafeUrl(u)).to.equal(safeUrl(u));
      }),
      { numRuns: 500 },
    );
  });
});
