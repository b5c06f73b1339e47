import { expect } from '@open-wc/testing';
import { formatProblem, readVersion } from '../../../src/feed/normalise/version.js';

describe('normalise/version', () => {
  it('formatProblem() is undefined for a regin-feed', () => {
    expect(formatProblem({ format: 'regin-feed' })).to.equal(undefined);
  });

  it('formatProblem() says what was found instead of a regin-feed', () => {
    expect(formatProblem([])).to.equal(
      'This is not a regin-feed: expected a JSON object with "format": "regin-feed", found a list.',
    );
    expect(formatProblem({})).to.equal('This is not a regin-feed: it has no "format": "regin-feed".');
    expect(formatProblem({ format: 'geojson' })).to.equal(
      'This is not a regin-feed: its format is "geojson", expected "regin-feed".',
    );
  });

  it('readVersion() reads 1.x versions, "1" as "1.0"', () => {
    expect(readVersion('1.2')).to.deep.equal({ version: '1.2', fromNumber: false });
    expect(readVersion(' 1 ')).to.deep.equal({ version: '1.0', fromNumber: false });
    expect(readVersion(1.1)).to.deep.equal({ version: '1.1', fromNumber: true });
  });

  it('readVersion() says how to fix another major version', () => {
    expect(readVersion('2.0')).to.equal('This feed is version 2.0; this widget reads version 1.x feeds — update regin-widgets.');
    expect(readVersion('0.9')).to.equal(
      'This feed is version 0.9; this widget reads version 1.x feeds — update the feed to version 1.x.',
    );
  });

  it('readVersion() refuses a missing version and one that is not a number', () => {
    expect(readVersion(undefined)).to.match(/has no version/);
    expect(readVersion('one')).to.match(/"one" is not a version number/);
  });
});
