import { expect } from '@open-wc/testing';
import { buildSearchIndex, parseQuery, searchIndex, IN_BODY, IN_TITLE } from '../../src/cards/search-index.js';
import type { Measure } from '../../src/feed/types.js';
import { basicFeed } from './helpers.js';

const feed = basicFeed();
const index = buildSearchIndex(feed.measures);

function find(query: string): string[] {
  const hits = searchIndex(index, parseQuery(query));
  if (!hits) return feed.measures.map((m) => m.id);
  return feed.measures.filter((_, i) => hits.matched[i]).map((m) => m.id);
}

describe('parseQuery()', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('civic integ')).to.deep.equal({ complete: ['civic'], prefix: 'integ' });
  });
  it('treats every word as complete after a trailing space or punctuation', () => {
    expect(parseQuery('civic integ ')).to.deep.equal({ complete: ['civic', 'integ'] });
  });
  it('folds accents and case and drops repeats', () => {
    expect(parseQuery('Educación EDUCACION')).to.deep.equal({ complete: [], prefix: 'educacion' });
  });
  it('gives no words for punctuation only, including regex characters', () => {
    expect(parseQuery('.*(?<[)|\\')).to.deep.equal({ complete: [] });
  });
});

describe('buildSearchIndex()', () => {
  it('indexes every language of title, summary, lessons and transferability', () => {
    const word = (w: string) => index.words.indexOf(w);
    expect(word('sprakcafeer')).to.be.greaterThan(-1); // Swedish title
    expect(word('sprakträning'.normalize('NFD').replace(/\p{M}/gu, ''))).to.be.greaterThan(-1); // Swedish summary
    expect(word('childcare')).to.be.greaterThan(-1); // lessons
    expect(word('pilot')).to.be.greaterThan(-1); // transferability
  });
  it('keeps the words sorted and records where each was found', () => {
    const sorted = [...index.words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(index.words).to.deep.equal(sorted);
    const lang = index.words.indexOf('language');
    expect([...index.where[lang]!].every((w) => (w & (IN_TITLE | IN_BODY)) !== 0)).to.equal(true);
  });
  it('does not index the lead, stakeholders or ids', () => {
    expect(index.words).not.to.include('consortium');
    expect(index.words).not.to.include('m');
  });
  it('indexes an empty list', () => {
    const empty = buildSearchIndex([]);
    expect(empty.size).to.equal(0);
    expect(searchIndex(empty, parseQuery('x'))!.count).to.equal(0);
  });
});

describe('searchIndex()', () => {
  it('returns null for an empty query (everything matches)', () => {
    expect(searchIndex(index, parseQuery('   '))).to.equal(null);
  });
  it('finds "educacion" in "Educación"', () => {
    expect(find('educacion')).to.deep.equal(['m-es51-003']);
  });
  it('finds words of another language than the page (Swedish)', () => {
    expect(find('nyanlända')).to.have.members(['m-se224-001', 'm-se224-002']);
    expect(find('NYANLANDA')).to.have.members(['m-se224-001', 'm-se224-002']);
  });
  it('matches the last word as a prefix while typing', () => {
    // titles of m-es51-001 and m-se224-001, lessons of m-es51-002, summary of m-se224-002
    expect(find('langu')).to.have.members(['m-es51-001', 'm-es51-002', 'm-se224-001', 'm-se224-002']);
    expect(find('langu ')).to.deep.equal([]);
  });
  it('requires every word to match (AND)', () => {
    expect(find('language skane')).to.deep.equal(['m-se224-001']);
    expect(find('language puglia')).to.deep.equal([]);
  });
  it('does not match across words or inside them', () => {
    expect(find('uage')).to.deep.equal([]);
  });
  it('ranks title hits above body hits', () => {
    const q = parseQuery('language ');
    const hits = searchIndex(index, q)!;
    const title = feed.measures.findIndex((m) => m.id === 'm-es51-001'); // "Language …" in the title
    const body = feed.measures.findIndex((m) => m.id === 'm-se224-002'); // "language" in the summary only
    expect(hits.matched[body]).to.equal(1);
    expect(hits.score[title]).to.be.greaterThan(hits.score[body]!);
  });
  it('counts the matches', () => {
    expect(searchIndex(index, parseQuery('language '))!.count).to.equal(find('language ').length);
  });
  it('never throws on hostile queries', () => {
    for (const q of ['(', '[a-', '\\', '$^.*+?', '<script>', '\u0000', '🙂🙂', 'a'.repeat(10000)]) {
      expect(() => searchIndex(index, parseQuery(q))).not.to.throw();
    }
  });
  it('searches measures without summary or translations', () => {
    const ms = [
      {
        id: 'x',
        region: 'R',
        title: { '': 'Straße' },
        dimensions: [],
        targetGroups: [],
        stakeholders: [],
        funding: [],
        sources: [],
        sample: false,
      },
    ] as Measure[];
    const small = buildSearchIndex(ms);
    expect(searchIndex(small, parseQuery('strasse'))!.count).to.equal(1);
  });
});
