import { expect } from '@open-wc/testing';
import { TEXT_LIMITS } from '../../../src/feed/contract.js';
import { problemList } from '../../../src/feed/normalise/problems.js';
import { LONG, SHORT } from '../../../src/feed/normalise/strings.js';
import { textList, textOf, whyNoText } from '../../../src/feed/normalise/texts.js';

describe('normalise/texts', () => {
  it('textOf() keeps a plain string under the key ""', () => {
    expect(textOf(' Health ', SHORT, problemList(), '$', 'label')).to.deep.equal({ '': 'Health' });
  });

  it('textOf() keeps translations under canonical language tags', () => {
    expect(textOf({ EN: 'Health', 'pt-br': 'Saúde' }, SHORT, problemList(), '$', 'label')).to.deep.equal({
      en: 'Health',
      'pt-BR': 'Saúde',
    });
  });

  it('textOf() leaves out invalid language keys with one problem', () => {
    const problems = problemList();
    expect(textOf({ en: 'a', 'not a tag': 'b', '<x>': 'c' }, SHORT, problems, '$', 'title')).to.deep.equal({ en: 'a' });
    expect(problems.done()).to.deep.equal([{ path: '$.title', severity: 'fixed', code: 'language-keys', params: ['title', 2] }]);
  });

  it(`textOf() keeps at most ${TEXT_LIMITS.languages} languages`, () => {
    const langs = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
        'a',
      ]),
    );
    const text = textOf(langs, LONG, problemList(), '$', 'summary')!;
    expect(Object.keys(text)).to.have.length(TEXT_LIMITS.languages);
  });

  it('textOf() returns undefined for empty texts and non-texts', () => {
    for (const v of ['  ', {}, { en: '' }, 7, null]) expect(textOf(v, SHORT, problemList(), '$', 'x')).to.equal(undefined);
  });

  it('whyNoText() tells an empty text from a value that is not a text', () => {
    expect(whyNoText('')).to.deep.equal(['empty']);
    expect(whyNoText(7)).to.deep.equal(['not-text']);
  });

  it('textList() removes a bad stakeholder ("fix") and keeps the rest', () => {
    const problems = problemList();
    expect(textList({ stakeholders: ['a', 7, { en: 'b' }] }, 'stakeholders', '$.measures[0]', problems, 'fix')).to.deep.equal([
      { '': 'a' },
      { en: 'b' },
    ]);
    expect(problems.done()).to.deep.equal([
      { path: '$.measures[0].stakeholders[1]', severity: 'fixed', code: 'field', params: ['stakeholder', 'removed', 'not-text'] },
    ]);
  });

  it('textList() leaves out a bad attribution line ("drop")', () => {
    const problems = problemList();
    expect(textList({ attribution: ['', 'b'] }, 'attribution', '$', problems, 'drop')).to.deep.equal([{ '': 'b' }]);
    expect(problems.done()[0]!.severity).to.equal('dropped');
  });
});
