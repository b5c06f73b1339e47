import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { NO_SELECTION } from '../../src/cards/facets.js';
import { NO_FILTERS, type CardFilters } from '../../src/cards/filters.js';
import { parseFilters, readHash, serialiseFilters, writeHash } from '../../src/cards/url-state.js';

const filters = ({ sel, ...f }: Partial<CardFilters> & { sel?: Partial<CardFilters['selection']> }): CardFilters => ({
  ...NO_FILTERS,
  ...f,
  selection: { ...NO_SELECTION, ...sel },
});

describe('serialiseFilters() / parseFilters()', () => {
  it('writes the documented format', () => {
    expect(serialiseFilters(filters({ query: 'lang', sel: { region: ['ES51'] } }))).to.equal('q:lang;region:ES51');
    expect(serialiseFilters(filters({ sel: { dimension: ['labour', 'health'], targetGroup: ['tcn'] }, sort: 'title' }))).to.equal(
      'dim:labour,health;tg:tcn;sort:title',
    );
  });
  it('writes nothing for the defaults', () => {
    expect(serialiseFilters(NO_FILTERS)).to.equal('');
  });
  it('escapes separators inside values', () => {
    const f = filters({ query: 'a;b:c,d&e=f #g', sel: { funding: ['ESF+', 'x,y'] } });
    const s = serialiseFilters(f);
    expect(s.split(';')).to.have.length(2);
    expect(parseFilters(s)).to.deep.equal(f);
  });
  it('round-trips any filters', () => {
    const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50 }).filter((q) => q.trim() !== ''),
        ids,
        ids,
        fc.constantFrom('relevance', 'recent', 'title', 'region' as const),
        (query, region, funding, sort) => {
          const f = filters({ query, sel: { region, funding }, sort });
          expect(parseFilters(serialiseFilters(f))).to.deep.equal(f);
        },
      ),
    );
  });
  it('ignores what it cannot read', () => {
    const f = parseFilters('q:%E0%A4%A;region:ES51,%ZZ,;unknown:1;sort:evil;dim;tg:' + 'x'.repeat(500));
    expect(f.query).to.equal('');
    expect(f.selection.region).to.deep.equal(['ES51']);
    expect(f.selection.targetGroup).to.deep.equal([]);
    expect(f.sort).to.equal('relevance');
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseFilters(s)));
  });
});

describe('readHash() / writeHash()', () => {
  it('reads the cards’ part among others', () => {
    expect(readHash('#map=ES51&measures=q:x')).to.equal('q:x');
    expect(readHash('#top')).to.equal(null);
    expect(readHash('')).to.equal(null);
  });
  it('replaces only the cards’ part and keeps the rest', () => {
    const f = filters({ query: 'x' });
    expect(writeHash('#map=ES51&measures=q:old', f)).to.equal('#map=ES51&measures=q:x');
    expect(writeHash('#top', f)).to.equal('#top&measures=q:x');
    expect(writeHash('', f)).to.equal('#measures=q:x');
  });
  it('removes the cards’ part when nothing is filtered', () => {
    expect(writeHash('#map=ES51&measures=q:x', NO_FILTERS)).to.equal('#map=ES51');
    expect(writeHash('#measures=q:x', NO_FILTERS)).to.equal('');
  });
});
