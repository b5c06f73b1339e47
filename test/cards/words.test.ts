import { expect } from '@open-wc/testing';
import { humanise } from '../../src/cards/format.js';
import { labeller } from '../../src/cards/words.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { basicFeed } from './helpers.js';

describe('labeller()', () => {
  after(() => unmountAll());

  it('option() names regions and policy areas from the feed, in the widget language', async () => {
    const en = labeller(basicFeed(), await localeIn('en'));
    const es = labeller(basicFeed(), await localeIn('es'));
    expect(en.option('region', 'ES51')).to.deep.equal({ value: 'Catalonia' });
    expect(es.option('region', 'ES51')).to.deep.equal({ value: 'Cataluña' });
    expect(es.option('region', 'ITF4'), 'a fallback keeps its language').to.deep.equal({ value: 'Apulia', lang: 'en' });
    expect(es.option('dimension', 'labour')).to.deep.equal({ value: 'Mercado laboral' });
  });

  it('option() humanises ids that neither the feed nor the messages name, never leaving a blank', async () => {
    const labels = labeller(basicFeed(), await localeIn('en'));
    expect(labels.option('region', 'XX99')).to.deep.equal({ value: humanise('XX99') });
    expect(labels.option('dimension', 'social-security')).to.deep.equal({ value: 'Social security' });
    expect(labels.option('targetGroup', 'unaccompanied-minors')).to.deep.equal({ value: 'Unaccompanied minors' });
    expect(labels.option('funding', 'AMIF'), 'an acronym as it is').to.deep.equal({ value: 'AMIF' });
  });

  it('option() names target groups, status and funding from the UI messages; funding ids in any case', async () => {
    const en = labeller(basicFeed(), await localeIn('en'));
    expect(en.option('targetGroup', 'tcn').value).to.equal('Third-country nationals');
    expect(en.option('status', 'ongoing').value).to.equal('Ongoing');
    expect(en.option('funding', 'regional').value).to.equal('Regional budget');
    expect(en.option('funding', 'REGIONAL').value).to.equal('Regional budget');
    const fr = labeller(basicFeed(), await localeIn('fr'));
    for (const [key, id] of [
      ['targetGroup', 'tcn'],
      ['status', 'ongoing'],
      ['funding', 'regional'],
    ] as const) {
      const value = fr.option(key, id).value;
      expect(value, `${key} ${id} in French`).to.not.equal(en.option(key, id).value);
      expect(value).to.not.equal(humanise(id));
    }
  });

  it('facet() and sort() name every facet, the search and every sort order', async () => {
    const labels = labeller(basicFeed(), await localeIn('en'));
    const facets = (['region', 'dimension', 'targetGroup', 'status', 'funding', 'query'] as const).map((k) => labels.facet(k));
    expect(facets).to.deep.equal(['Region', 'Policy area', 'Target group', 'Status', 'Funding', 'Search']);
    const sorts = (['relevance', 'recent', 'title', 'region'] as const).map((k) => labels.sort(k));
    expect(new Set(sorts).size).to.equal(4);
    expect(sorts.every((s) => s.length > 0)).to.equal(true);
  });

  it('options() orders policy areas as the framework, target groups and status naturally, the unknown last', async () => {
    const labels = labeller(basicFeed(), await localeIn('en'));
    const order = (key: 'dimension' | 'targetGroup' | 'status', values: string[]) =>
      labels.options(key, values).codes.map((c) => values[c]);
    expect(order('dimension', ['health', 'labour', 'education'])).to.deep.equal(['labour', 'education', 'health']);
    expect(order('targetGroup', ['women', 'unaccompanied-minors', 'bip', 'tcn'])).to.deep.equal([
      'tcn',
      'bip',
      'women',
      'unaccompanied-minors',
    ]);
    expect(order('status', ['completed', 'planned', 'ongoing'])).to.deep.equal(['planned', 'ongoing', 'completed']);
  });

  it('options() sorts regions and funding alphabetically in the widget language, and works each facet out once', async () => {
    const labels = labeller(basicFeed(), await localeIn('en'));
    const regions = ['SE224', 'ES62', 'ES51', 'ITF4'];
    const entry = labels.options('region', regions);
    expect(entry.codes.map((c) => entry.labels[c]!.value)).to.deep.equal(['Apulia', 'Catalonia', 'Region of Murcia', 'Skåne']);
    expect(labels.options('region', regions)).to.equal(entry);
    const funding = ['regional', 'AMIF', 'ESF+', 'national'];
    const f = labels.options('funding', funding);
    expect(f.codes.map((c) => f.labels[c]!.value)).to.deep.equal(['AMIF', 'ESF+', 'National budget', 'Regional budget']);
  });
});
