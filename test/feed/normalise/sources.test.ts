import { expect } from '@open-wc/testing';
import { problemList } from '../../../src/feed/normalise/problems.js';
import { sourcesOf } from '../../../src/feed/normalise/sources.js';

describe('normalise/sources', () => {
  it('sourcesOf() reads a plain link as {url}', () => {
    expect(sourcesOf(['https://example.org/a'], '$.sources', problemList())).to.deep.equal([{ url: 'https://example.org/a' }]);
  });

  it('sourcesOf() keeps a title and a date, and a link listed twice once', () => {
    const list = sourcesOf(
      [{ url: 'https://x.eu/', title: 'Report', date: '2021-09' }, 'https://x.eu/'],
      '$.sources',
      problemList(),
    );
    expect(list).to.deep.equal([{ url: 'https://x.eu/', title: { '': 'Report' }, date: '2021-09' }]);
  });

  it('sourcesOf() removes a source without a safe link, with one problem', () => {
    const problems = problemList();
    expect(sourcesOf([{ url: 'javascript:alert(1)' }, 7], '$.sources', problems)).to.deep.equal([]);
    expect(problems.done().map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      '$.sources[0] source-no-link',
      '$.sources[1] source-not-object',
    ]);
  });

  it('sourcesOf() clears a bad date but keeps the source', () => {
    const problems = problemList();
    expect(sourcesOf([{ url: 'https://x.eu/', date: '2021-02-30' }], '$.sources', problems)).to.deep.equal([
      { url: 'https://x.eu/' },
    ]);
    expect(problems.done()[0]!.path).to.equal('$.sources[0].date');
  });

  it('sourcesOf() reports a value that is not a list', () => {
    const problems = problemList();
    expect(sourcesOf('https://x.eu/', '$.sources', problems)).to.deep.equal([]);
    expect(problems.done()[0]!.code).to.equal('sources-not-list');
  });
});
