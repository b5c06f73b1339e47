// The cards at scale: a synthetic 5,000-measure feed is searched and paged correctly (speed is measured
// by `npm run bench cards`, not here).
import { expect, html } from '@open-wc/testing';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { $, $$, count, mount, search, uniqueGroup } from './element-helpers.js';
import { generateFeed } from './generate-feed.js';

describe('cards at scale', () => {
  it('the generator is deterministic and makes a valid feed', () => {
    expect(JSON.stringify(generateFeed(50, 7))).to.equal(JSON.stringify(generateFeed(50, 7)));
    const { feed, problems } = normaliseFeed(generateFeed(500));
    expect(problems.filter((p) => p.severity !== 'fixed')).to.deep.equal([]);
    expect(feed!.measures).to.have.length(500);
  });

  it('renders only one page of 5,000 measures and searches them', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${generateFeed(5000)} group=${uniqueGroup()}></regin-measure-cards>`);
    expect(count(el)).to.equal('5,000 measures');
    expect($$(el, '[part~=card]')).to.have.length(12);
    expect($(el, '[part~=more]'), 'a first page of many').to.exist;
    await expect(el).to.be.accessible();
    await search(el, 'integration');
    expect(count(el)).to.match(/^[\d,]+ of 5,000 measures match$/);
    expect($$(el, '[part~=card]').length).to.be.at.most(12);
    expect($(el, '[part~=more]')).to.exist;
  });
});
