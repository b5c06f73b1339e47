import { expect } from '@open-wc/testing';
import { excerpt, hasMatch, highlight } from '../../src/cards/highlight.js';
import { parseQuery } from '../../src/cards/search-index.js';

const marked = (text: string, q: string) =>
  highlight(text, parseQuery(q))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlight()', () => {
  it('marks whole words and the prefix being typed, on the original text', () => {
    expect(marked('Educación intercultural en las escuelas', 'educacion escu')).to.equal(
      '[Educación] intercultural en las [escu]elas',
    );
  });
  it('keeps the original spelling of folded letters', () => {
    expect(marked('Die Straße', 'stras')).to.equal('Die [Straß]e');
    expect(marked('Malmö och Ørestad', 'malmo orestad ')).to.equal('[Malmö] och [Ørestad]');
  });
  it('keeps combining accents inside the mark', () => {
    expect(marked('Educacio\u0301n', 'educacion')).to.equal('[Educacio\u0301n]');
  });
  it('returns the text unchanged for an empty query', () => {
    expect(highlight('a <b>', parseQuery(''))).to.deep.equal([{ text: 'a <b>', match: false }]);
  });
  it('keeps markup in the text as text', () => {
    const segs = highlight('<img src=x onerror=alert(1)> img', parseQuery('img'));
    expect(segs.map((s) => s.text).join('')).to.equal('<img src=x onerror=alert(1)> img');
    expect(segs.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['img', 'img']);
  });
  it('never loses or adds characters', () => {
    const text = 'Ǆemal’s col·laboració — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﬁnance ÅSA';
    for (const q of ['col', 'collaboracio', 'finance', 'asa', 'dzemal', 'unicode']) {
      expect(
        highlight(text, parseQuery(q))
          .map((s) => s.text)
          .join(''),
      ).to.equal(text);
    }
  });
  it('hasMatch() says whether anything was marked', () => {
    expect(hasMatch(highlight('abc', parseQuery('ab')))).to.equal(true);
    expect(hasMatch(highlight('abc', parseQuery('bc')))).to.equal(false);
  });
});

describe('excerpt()', () => {
  const long =
    'Sixty hours on rights, work and everyday life in Sweden, taught in the learner’s own language by trained civic communicators in every municipality.';
  it('cuts around the first match with ellipses', () => {
    const segs = excerpt(long, parseQuery('communicators'), 60)!;
    const text = segs.map((s) => s.text).join('');
    expect(text.startsWith('…')).to.equal(true);
    expect(text).to.include('communicators');
    expect(text.length).to.be.lessThan(80);
  });
  it('returns null when nothing matches', () => {
    expect(excerpt(long, parseQuery('housing'))).to.equal(null);
  });
  it('returns the whole text when it is short', () => {
    expect(
      excerpt('short text', parseQuery('short'))!
        .map((s) => s.text)
        .join(''),
    ).to.equal('short text');
  });
});
