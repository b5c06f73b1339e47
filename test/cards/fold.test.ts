import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fold, foldWithMap, tokenize, wordSpans } from '../../src/cards/fold.js';

describe('fold()', () => {
  it('removes accents and case', () => {
    expect(fold('Educación')).to.equal('educacion');
    expect(fold('ÉCOLE Ça')).to.equal('ecole ca');
    expect(fold('Skåne Malmö')).to.equal('skane malmo');
  });

  it('folds letters that Unicode does not decompose', () => {
    expect(fold('Straße')).to.equal('strasse');
    expect(fold('Øresund Ærø')).to.equal('oresund aero');
    expect(fold('Łódź')).to.equal('lodz');
    expect(fold('Œuvre')).to.equal('oeuvre');
  });

  it('keeps Catalan l·l words whole', () => {
    expect(tokenize('col·laboració')).to.deep.equal(['collaboracio']);
  });

  it('treats decomposed and precomposed input alike', () => {
    expect(fold('Educacio\u0301n')).to.equal(fold('Educación'));
  });

  it('folds compatibility forms (ligatures, full-width letters)', () => {
    expect(fold('ﬁnance')).to.equal('finance');
    expect(fold('ＡＢＣ')).to.equal('abc');
  });
});

describe('tokenize()', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize("L'integració, (ES51) & AMIF-2021!")).to.deep.equal(['l', 'integracio', 'es51', 'amif', '2021']);
  });

  it('does not choke on regular-expression characters', () => {
    expect(tokenize('.*+?^${}()|[]\\')).to.deep.equal([]);
    expect(tokenize('a.*b')).to.deep.equal(['a', 'b']);
  });
});

describe('foldWithMap()', () => {
  it('gives the same text as fold() for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldWithMap(s).text).to.equal(fold(s));
      }),
    );
  });

  it('gives the same text as fold() for Latin text with accents', () => {
    const latin = fc.constantFrom(...'aeiouAEIOU ßøæœłÅÉçñüÖ·-\u0301'.split(''));
    fc.assert(
      fc.property(
        fc.array(latin).map((a) => a.join('')),
        (s) => {
          expect(foldWithMap(s).text).to.equal(fold(s));
        },
      ),
    );
  });

  it('maps folded offsets back to the original text', () => {
    const m = foldWithMap('Straße Educacio\u0301n');
    // "strasse" is 7 folded units from 6 original ones: both s of "ß" point at it.
    expect(m.text).to.equal('strasse educacion');
    expect(m.start[4]).to.equal(4);
    expect(m.start[5]).to.equal(4);
    expect(m.end[5]).to.equal(5);
    // the trailing combining accent belongs to the "o" before it
    const o = m.text.lastIndexOf('o');
    expect(m.end[o]).to.equal('Straße Educacio\u0301'.length);
  });
});

describe('wordSpans()', () => {
  it('finds word boundaries in folded text', () => {
    expect(wordSpans('ab, cd')).to.deep.equal([
      [0, 2],
      [4, 6],
    ]);
  });
});
