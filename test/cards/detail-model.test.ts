import { expect } from '@open-wc/testing';
import type { ViewContext } from '../../src/cards/card-model.js';
import { criterionName, detailView } from '../../src/cards/detail-model.js';
import { labeller } from '../../src/cards/words.js';
import { parseQuery } from '../../src/cards/search-index.js';
import { EVALUATION_CRITERIA, type Measure } from '../../src/feed/types.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { basicFeed } from './helpers.js';

async function context(lang: string): Promise<ViewContext> {
  const i18n = await localeIn(lang);
  return { labels: labeller(basicFeed(), i18n), query: parseQuery(''), i18n };
}

const measure = (id: string): Measure => basicFeed().measures.find((m) => m.id === id)!;

describe('detailView()', () => {
  after(() => unmountAll());

  it('adds the lead, stakeholders, funding, budget, role, lessons and the evaluation in the framework’s order', async () => {
    const ctx = await context('en');
    const d = detailView(measure('m-es51-001'), 'https://catalonia.example/', ctx);
    expect(d.id).to.equal('m-es51-001');
    expect(d.lead).to.deep.equal({ value: 'Secretariat for Equality, Migration and Citizenship' });
    expect(d.stakeholders.map((s) => s.value)).to.deep.equal([
      'Municipal adult schools',
      'Consortium for Language Normalisation',
      'Migrant associations',
    ]);
    expect(d.funding).to.deep.equal(['AMIF', 'Regional budget']);
    expect(d.budget).to.equal(ctx.i18n.currency(120000, 'EUR'));
    expect(d.authorityRole).to.equal('direct');
    expect(d.lessons!.segments.map((s) => s.text).join('')).to.equal(
      'Evening classes and childcare doubled attendance among women.',
    );
    expect(d.evaluation.map((e) => e.criterion)).to.deep.equal([...EVALUATION_CRITERIA]);
    expect(d.evaluation.map((e) => e.score)).to.deep.equal(EVALUATION_CRITERIA.map((c) => measure('m-es51-001').evaluation![c]));
    expect(d.url).to.equal('https://catalonia.regin.example/measures/language-courses');
    expect(d.regionUrl).to.equal('https://catalonia.example/');
    expect(d.found, 'the dialog shows every text: no “found in”').to.equal(undefined);
  });

  it('keeps only scores from 1 to 5, rounded, and leaves out links that fail the URL check', async () => {
    const ctx = await context('en');
    const hostile = {
      ...measure('m-es51-001'),
      evaluation: { communication: 0, inclusion: 6, innovation: Number.NaN, sustainability: 4.6, multiStakeholder: '5' },
      url: 'javascript:alert(1)',
    } as unknown as Measure;
    const d = detailView(hostile, 'data:text/html,x', ctx);
    expect(d.evaluation.map(({ criterion, score }) => [criterion, score])).to.deep.equal([['sustainability', 5]]);
    expect(d.url).to.equal(undefined);
    expect(d.regionUrl).to.equal(undefined);
  });

  it('has no budget, lead or evaluation for a measure that states none', async () => {
    const ctx = await context('en');
    const d = detailView(measure('m-itf4-002'), undefined, ctx);
    expect(d.budget).to.equal('');
    expect(d.evaluation).to.deep.equal([]);
    expect(d.regionUrl).to.equal(undefined);
  });
});

describe('criterionName()', () => {
  after(() => unmountAll());

  it('names every criterion in the widget language, and an unknown one humanised', async () => {
    const en = await localeIn('en');
    const fr = await localeIn('fr');
    expect(criterionName(en, 'multiLevelGovernance')).to.equal('Multi-level governance');
    expect(EVALUATION_CRITERIA.map((c) => criterionName(fr, c))).to.deep.equal([
      'Communication',
      'Inclusion',
      'Innovation',
      'Gouvernance multiniveau',
      'Approche multi-acteurs',
      'Suivi et évaluation',
      'Pérennité',
    ]);
    expect(criterionName(en, 'costEffectiveness' as never)).to.equal('Cost effectiveness');
  });
});
