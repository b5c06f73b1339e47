import { expect } from '@open-wc/testing';
import { COLLECTION_LIMITS, PATTERNS, TEXT_LIMITS } from '../../../src/feed/contract.js';
import { codeOf, idListOf, idOf, reference } from '../../../src/feed/normalise/ids.js';
import { problemList, Reason } from '../../../src/feed/normalise/problems.js';

describe('normalise/ids', () => {
  it('idOf() keeps a trimmed id of letters, digits and . _ : + -', () => {
    expect(idOf(' ES51 ')).to.equal('ES51');
    expect(idOf('ESF+')).to.equal('ESF+');
    expect(idOf('Skåne')).to.equal('Skåne');
  });

  it('idOf() refuses spaces, markup, a leading sign and ids over the cap', () => {
    for (const bad of ['has space', '<b>', '-x', 'x'.repeat(TEXT_LIMITS.id + 1), '', 7]) expect(idOf(bad)).to.equal(undefined);
    expect(idOf('x'.repeat(TEXT_LIMITS.id))).to.have.length(TEXT_LIMITS.id);
  });

  it('codeOf() upper-cases a code before checking its pattern', () => {
    expect(codeOf('es', PATTERNS.country)).to.equal('ES');
    expect(codeOf('ESP', PATTERNS.country)).to.equal(undefined);
    expect(codeOf('eur', PATTERNS.currency)).to.equal('EUR');
  });

  it('idListOf() removes bad items with one problem and duplicates silently', () => {
    const problems = problemList();
    expect(idListOf(['a', 'a', 'b c', 7, 'b'], '$.regions[0].roles', problems, 'roles')).to.deep.equal(['a', 'b']);
    expect(problems.done()).to.deep.equal([
      { path: '$.regions[0].roles', severity: 'fixed', code: 'bad-codes', params: ['roles', 2] },
    ]);
  });

  it(`idListOf() reads at most ${COLLECTION_LIMITS.list} items`, () => {
    const problems = problemList();
    expect(
      idListOf(
        Array.from({ length: 60 }, (_, i) => `r${i}`),
        '$.x',
        problems,
        'roles',
      ),
    ).to.have.length(COLLECTION_LIMITS.list);
    expect(problems.done()[0]!.code).to.equal('too-many-items');
  });

  it('idListOf() reports a value that is not a list', () => {
    const problems = problemList();
    expect(idListOf('a', '$.x', problems, 'roles')).to.deep.equal([]);
    expect(problems.done()[0]!.code).to.equal('not-list');
  });

  it('reference() returns a known id, or the reason the entry is left out', () => {
    const known = new Set(['ES51']);
    expect(reference({ region: 'ES51' }, 'region', 'score', known, 'is for')).to.equal('ES51');
    const unknown = reference({ region: 'XX99' }, 'region', 'score', known, 'is for') as Reason;
    expect([unknown.code, ...unknown.params]).to.deep.equal(['unknown-ref', 'score', 'is for', 'region', 'XX99']);
    const missing = reference({}, 'region', 'score', known, 'is for') as Reason;
    expect([missing.code, ...missing.params]).to.deep.equal(['no-ref', 'score', 'region']);
  });
});
