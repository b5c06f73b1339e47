import { expect } from '@open-wc/testing';
import { SCALE_COLOURS } from '../../src/map/colour.js';
import { choropleth } from '../../src/map/colour-by.js';
import { fixtureFeed } from './helpers.js';

describe('choropleth()', () => {
  it('choropleth() splits the framework scale into five equal classes', async () => {
    const c = choropleth(await fixtureFeed(), 'labour');
    expect(c.classes).to.deep.equal([
      { from: 0, to: 20 },
      { from: 20, to: 40 },
      { from: 40, to: 60 },
      { from: 60, to: 80 },
      { from: 80, to: 100 },
    ]);
    expect(SCALE_COLOURS).to.have.length(5);
  });

  it('choropleth() classes each region with a score and leaves the others without data', async () => {
    const c = choropleth(await fixtureFeed(), 'labour');
    expect(Object.fromEntries(c.classOf)).to.deep.equal({ ES51: 3, PT20: 2, ITF3: 0, SE224: 4 });
    expect(c.classOf.has('ES62'), 'ES62 has a health score only').to.equal(false);
    expect(c.dimension?.id).to.equal('labour');
    expect(c.years).to.deep.equal([2020, 2021]);
    expect(c.synthetic).to.equal('all');
  });

  it('choropleth() tells whether none, some or all of the scores shown are synthetic', async () => {
    const feed = await fixtureFeed();
    const mixed = { ...feed, scores: feed.scores.map((s) => (s.region === 'ES51' ? { ...s, synthetic: false } : s)) };
    expect(choropleth(mixed, 'labour').synthetic).to.equal('some');
    const none = { ...feed, scores: feed.scores.map((s) => ({ ...s, synthetic: false })) };
    expect(choropleth(none, 'labour').synthetic).to.equal('none');
  });

  it('choropleth() shows the score without a target group over a target-group score', async () => {
    const c = choropleth(await fixtureFeed(), 'labour');
    expect(c.scores.get('ES51')?.value).to.equal(67);
  });

  it('choropleth() of an unknown dimension has no data and no dimension', async () => {
    const c = choropleth(await fixtureFeed(), 'nope');
    expect(c.dimension).to.equal(undefined);
    expect(c.classOf.size).to.equal(0);
    expect(c.years).to.equal(undefined);
  });
});
