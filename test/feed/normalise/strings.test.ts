import { expect } from '@open-wc/testing';
import { afterCodePoints, cleanString, codePointsOver, cut, echo, LONG, SHORT } from '../../../src/feed/normalise/strings.js';
import { problemList } from '../../../src/feed/normalise/problems.js';

const clean = (s: string, kind: typeof SHORT | typeof LONG = SHORT, cap = 300) =>
  cleanString(s, kind, cap, problemList(), '$', 'title');

describe('normalise/strings', () => {
  it('cleanString() collapses whitespace in a short text', () => {
    expect(clean('  Labour\n\t market  ')).to.equal('Labour market');
  });

  it('cleanString() keeps line breaks in a long text, at most one blank line in a row', () => {
    expect(clean('a\r\nb\n\n\n\nc', LONG, 5000)).to.equal('a\nb\n\nc');
  });

  it('cleanString() removes control and bidi characters', () => {
    expect(clean('a\u0000b\u202Ec\uFEFF')).to.equal('abc');
  });

  it('cleanString() replaces a lone surrogate', () => {
    expect(clean('a\uD800b')).to.equal('a\uFFFDb');
  });

  it('cleanString() cuts a text over its cap with "…" and reports it at path.key', () => {
    const problems = problemList();
    expect(cleanString('abcdef', SHORT, 4, problems, '$.regions[0]', 'name')).to.equal('abc…');
    expect(problems.done()).to.deep.equal([
      { path: '$.regions[0].name', severity: 'fixed', code: 'too-long', params: ['name', 4] },
    ]);
  });

  it('codePointsOver() counts code points, not UTF-16 units', () => {
    expect(codePointsOver('🌍🌍', 2)).to.equal(false);
    expect(codePointsOver('🌍🌍🌍', 2)).to.equal(true);
  });

  it('afterCodePoints() never splits a surrogate pair', () => {
    expect(afterCodePoints('🌍a', 1)).to.equal(2);
  });

  it('cut() keeps cap code points including the "…"', () => {
    expect(cut('🌍🌍🌍🌍', 3)).to.equal('🌍🌍…');
  });

  it('echo() shortens a value to 40 characters and names non-strings by type', () => {
    expect(echo('x'.repeat(50))).to.have.length(40);
    expect(echo({})).to.equal('a object');
    expect(echo(2)).to.equal('2');
  });
});
