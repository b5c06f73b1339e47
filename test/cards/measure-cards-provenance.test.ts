import { expect, html, waitUntil } from '@open-wc/testing';
import { $, $$, type Cards, mount, text, uniqueGroup } from './element-helpers.js';

/** A real feed (not `sample`) with one sourced measure and one measure marked illustrative. */
function mixedFeed() {
  return {
    format: 'regin-feed',
    version: '1.1',
    updated: '2026-12-06',
    regions: [{ id: 'PT20', name: { en: 'Azores', pt: 'Açores' }, country: 'PT', roles: ['regin-partner'] }],
    measures: [
      {
        id: 'pt20-guia',
        region: 'PT20',
        title: { en: "Migrant's Guide", pt: 'Guia do (I)migrante' },
        summary: { en: 'A guide to public services for migrants.' },
        start: '2021',
        verification: 'stated',
        sources: [
          { url: 'https://www.migrante.azores.gov.pt/imigrante/projeto', date: '2021-09' },
          { url: 'https://reginproject.eu/azores/', title: { en: 'REGIN Integration Lab: Azores' } },
          { url: 'javascript:alert(1)' },
        ],
      },
      {
        id: 'pt20-example',
        region: 'PT20',
        title: 'An example measure',
        verification: 'partly-stated',
        sample: true,
        sources: [{ url: 'https://example.org/source', date: '2023-03-15' }],
      },
    ],
  };
}

/** The texts a person reads in `node`: each paragraph and inline item, whitespace collapsed. */
const words = (node: Element) => [...node.querySelectorAll('p, span, li')].map(text);

const card = (el: Cards, title: string) => $$(el, '[part~=card]').find((c) => text(c.querySelector('h3')).includes(title))!;

async function openDetail(el: Cards, title: string): Promise<HTMLDialogElement> {
  card(el, title).querySelector<HTMLButtonElement>('button[aria-haspopup=dialog]')!.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog opens');
  await el.updateComplete;
  return $<HTMLDialogElement>(el, 'dialog')!;
}

describe('<regin-measure-cards> provenance (feed 1.1)', () => {
  it('is accessible with sources and an illustrative measure', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${mixedFeed()} group=${uniqueGroup()}></regin-measure-cards>`);
    await expect(el).to.be.accessible();
  });

  it('shows each card’s sources as links named by their site or title, leaving out unsafe ones', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${mixedFeed()} group=${uniqueGroup()}></regin-measure-cards>`);
    const links = [...card(el, "Migrant's Guide").querySelectorAll<HTMLAnchorElement>('[part=sources] a')];
    expect(links.map((a) => [text(a), a.href])).to.deep.equal([
      ['migrante.azores.gov.pt', 'https://www.migrante.azores.gov.pt/imigrante/projeto'],
      ['REGIN Integration Lab: Azores', 'https://reginproject.eu/azores/'],
    ]);
    expect(links.every((a) => a.rel.includes('noopener'))).to.equal(true);
    expect(text(card(el, "Migrant's Guide").querySelector('[part=sources]'))).to.match(/^Sources:/);
  });

  it('numbers links that would read the same, so each says where it goes', async () => {
    const feed = mixedFeed();
    feed.measures[0]!.sources = [
      { url: 'https://reginproject.eu/a' },
      { url: 'https://reginproject.eu/b', date: '2021' },
      { url: 'https://other.org/' },
    ] as never;
    const el = await mount(html`<regin-measure-cards .feed=${feed} group=${uniqueGroup()}></regin-measure-cards>`);
    const names = [...card(el, "Migrant's Guide").querySelectorAll('[part=sources] a')].map(text);
    expect(names).to.deep.equal(['reginproject.eu (1)', 'reginproject.eu (2)', 'other.org']);
  });

  it('shows a year given alone as the year, not as January', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${mixedFeed()} group=${uniqueGroup()}></regin-measure-cards>`);
    expect(words(card(el, "Migrant's Guide")).some((w) => w.includes('since 2021'))).to.equal(true);
    expect(text(card(el, "Migrant's Guide"))).not.to.include('January');
  });

  it('marks only the illustrative measure, and says nothing of a sample feed', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${mixedFeed()} group=${uniqueGroup()}></regin-measure-cards>`);
    expect(words(card(el, 'An example measure'))).to.include('Illustrative example');
    expect(words(card(el, "Migrant's Guide"))).not.to.include('Illustrative example');
    expect($(el, '[part~=sample-notice]')).to.equal(null);
  });

  it('lists the sources with their dates and how fully they state the measure in the details', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${mixedFeed()} group=${uniqueGroup()}></regin-measure-cards>`);
    const dialog = await openDetail(el, "Migrant's Guide");
    const items = [...dialog.querySelectorAll('[part=sources] li')].map(text);
    expect(items).to.deep.equal(['migrante.azores.gov.pt (September 2021)', 'REGIN Integration Lab: Azores']);
    expect(words(dialog)).to.include('Everything shown here is stated by these sources.');
    expect(words(dialog)).not.to.include('This measure is an illustrative example, not a real one.');
  });

  it('says in the details that an illustrative measure is not a real one, and what its sources leave out', async () => {
    const el = await mount(html`<regin-measure-cards .feed=${mixedFeed()} group=${uniqueGroup()}></regin-measure-cards>`);
    const dialog = await openDetail(el, 'An example measure');
    expect(words(dialog)).to.include('This measure is an illustrative example, not a real one.');
    expect(words(dialog).some((w) => w.includes('not stated by these sources'))).to.equal(true);
    expect(text(dialog.querySelector('[part=sources]'))).to.include('March 15, 2023');
  });

  it('speaks the widget’s language', async () => {
    const el = await mount(
      html`<regin-measure-cards lang="fr" .feed=${mixedFeed()} group=${uniqueGroup()}></regin-measure-cards>`,
    );
    await waitUntil(() => words(card(el, 'An example measure')).includes('Exemple illustratif'), 'French loads');
    expect(text(card(el, 'Migrant').querySelector('[part=sources]'))).to.match(/^Sources :/);
  });
});
