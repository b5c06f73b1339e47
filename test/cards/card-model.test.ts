import { expect } from '@open-wc/testing';
import { cardView, shown, type ViewContext } from '../../src/cards/card-model.js';
import { labeller } from '../../src/cards/words.js';
import * as search from '../../src/cards/search.js';
import { parseQuery } from '../../src/cards/search-index.js';
import type { Measure } from '../../src/feed/types.js';
import { localeIn, unmountAll } from '../i18n/locale.js';
import { basicFeed } from './helpers.js';

async function context(lang: string, query = ''): Promise<ViewContext> {
  const i18n = await localeIn(lang);
  return { labels: labeller(basicFeed(), i18n), query: parseQuery(query), i18n, search };
}

const measure = (id: string): Measure => basicFeed().measures.find((m) => m.id === id)!;
const plain = (segments: readonly { text: string; match: boolean }[]) => segments.map((s) => s.text).join('');

describe('cardView()', () => {
  after(() => unmountAll());

  it('resolves the card’s ids and texts in the widget language', async () => {
    const ctx = await context('es');
    const card = cardView(measure('m-es51-001'), ctx);
    expect(card.id).to.equal('m-es51-001');
    expect(card.title).to.deep.equal({
      segments: [{ text: 'Cursos de lengua e integración cívica', match: false }],
      lang: undefined,
    });
    expect(card.region).to.deep.equal({ value: 'Cataluña' });
    expect(card.period).to.equal(ctx.i18n.period('2019-03', '2021-12'));
    expect(card.status).to.deep.equal({ id: 'completed', label: ctx.labels.option('status', 'completed').value });
    expect(card.targetGroups.map((t) => t.value)).to.deep.equal(
      ['tcn', 'bip', 'women'].map((id) => ctx.labels.option('targetGroup', id).value),
    );
    expect(card.dimensions.map((d) => d.value)).to.have.length(2);
    expect(card.found).to.equal(undefined);
  });

  it('marks a text in another language with it, and shows the id of a measure without a title', async () => {
    const ctx = await context('sv');
    const card = cardView(measure('m-es51-001'), ctx);
    expect(card.title.lang).to.equal('en');
    const untitled = cardView({ ...measure('m-es51-001'), title: {} }, ctx);
    expect(untitled.title).to.deep.equal({ segments: [{ text: 'm-es51-001', match: false }] });
  });

  it('marks the words searched for in the title and summary, keeping every character', async () => {
    const ctx = await context('en', 'civic');
    const card = cardView(measure('m-es51-001'), ctx);
    expect(card.title.segments.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['civic']);
    expect(plain(card.title.segments)).to.equal('Language and civic integration courses');
    expect(card.summary!.segments.some((s) => s.match && s.text === 'civic')).to.equal(true);
    expect(card.found, 'the match is shown already').to.equal(undefined);
  });

  it('says where the search matched when the title and summary do not show it', async () => {
    const ctx = await context('en', 'childcare');
    const card = cardView(measure('m-es51-001'), ctx);
    expect(card.found?.field).to.equal('lessons');
    expect(card.found!.text.segments.some((s) => s.match && s.text === 'childcare')).to.equal(true);
  });
});

describe('shown()', () => {
  after(() => unmountAll());

  it('is undefined for a missing or empty text', async () => {
    const ctx = await context('en');
    expect(shown(undefined, ctx)).to.equal(undefined);
    expect(shown({}, ctx)).to.equal(undefined);
    expect(shown({ en: '' }, ctx)).to.equal(undefined);
  });
});
