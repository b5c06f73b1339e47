// The four widgets in one group on one page, as a visitor uses them: what each does when a person
// clicks anything in any of them (the rules of src/core/selection.ts and the README's "How linked
// widgets behave").
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import { selectedIn } from '../../src/core/selection.js';
import type { ReginIndicatorRadar } from '../../src/indicator-radar.js';
import type { ReginMeasureCards } from '../../src/measure-cards.js';
import type { ReginPartnerMap } from '../../src/partner-map.js';
import type { ReginRegionComparison } from '../../src/region-comparison.js';
import feedJson from '../fixtures/linked-widgets.json';

interface Page {
  readonly group: string;
  /** The box holding the four widgets. */
  readonly box: HTMLElement;
  readonly map: ReginPartnerMap;
  readonly cards: ReginMeasureCards;
  readonly radar: ReginIndicatorRadar;
  readonly comparison: ReginRegionComparison;
  /** Every `regin-region-select` on the page, as `tag: regionId`. */
  readonly events: string[];
}

const boxes: HTMLElement[] = [];
let groups = 0;

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<E>(selector)];

/** The four widgets on the test feed, in a fresh group, with the map drawn. */
async function linkedPage(): Promise<Page> {
  const group = `linked-${++groups}`;
  const box = document.createElement('div');
  box.style.width = '960px';
  document.body.append(box);
  boxes.push(box);
  const feed = structuredClone(feedJson);
  render(
    html`<regin-partner-map group=${group} .feed=${feed}></regin-partner-map>
      <regin-measure-cards group=${group} .feed=${feed}></regin-measure-cards>
      <regin-indicator-radar group=${group} .feed=${feed}></regin-indicator-radar>
      <regin-region-comparison group=${group} regions="ES51 ITF3" .feed=${feed}></regin-region-comparison>`,
    box,
  );
  const events: string[] = [];
  box.addEventListener('regin-region-select', (e) => events.push(`${(e.target as Element).localName}: ${e.detail.regionId}`));
  const page = {
    group,
    box,
    map: box.querySelector('regin-partner-map')!,
    cards: box.querySelector('regin-measure-cards')!,
    radar: box.querySelector('regin-indicator-radar')!,
    comparison: box.querySelector('regin-region-comparison')!,
    events,
  };
  await waitUntil(() => [page.cards, page.radar, page.comparison].every((el) => el.state === 'ready'), 'the widgets are ready', {
    timeout: 8000,
  });
  await waitUntil(() => region(page, 'ES51'), 'the map is drawn', { timeout: 8000 });
  return page;
}

const region = (p: Page, id: string) => $<SVGElement>(p.map, `svg [data-key="${id}"]`);

async function settled(p: Page): Promise<void> {
  await Promise.all([p.map, p.cards, p.radar, p.comparison].map((el) => el.updateComplete));
}

/** A person clicks a region on the map. */
async function clickMap(p: Page, id: string): Promise<void> {
  region(p, id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await settled(p);
}

const cardTitles = (p: Page) => $$(p.cards, '[part~=card] h3').map(text);
const chips = (p: Page) => $$(p.cards, '[part~=chip]').map(text);
/** The cards' region checkbox named `name`. */
const regionBox = (p: Page, name: string) => {
  const group = $$(p.cards, '[part~=facets] details').find((d) => text(d.querySelector('summary')).startsWith('Region'))!;
  return [...group.querySelectorAll('label')].find((l) => text(l.querySelector('span')) === name)!.querySelector('input')!;
};
const radarRegions = (p: Page) => [
  ...new Set($$(p.radar, 'svg.radar .point').map((pt) => pt.getAttribute('aria-label')!.split(',')[0])),
];
const comparisonIds = (p: Page) => $$<HTMLSelectElement>(p.comparison, '[part=picker] select').map((s) => s.value);

afterEach(() => {
  for (const box of boxes.splice(0)) {
    render(html``, box);
    box.remove();
  }
});

describe('linked widgets', () => {
  it('pass an accessibility check side by side', async () => {
    const p = await linkedPage();
    // One check of the whole page: each widget alone is checked in its own tests.
    await expect(p.box).to.be.accessible();
  });

  it('a click on the map selects for the group: the cards filter, the radar shows it, the comparison adds it', async () => {
    const p = await linkedPage();
    await clickMap(p, 'ITF4');
    expect(p.events).to.deep.equal(['regin-partner-map: ITF4']);
    expect(region(p, 'ITF4')!.getAttribute('aria-pressed')).to.equal('true');
    expect(cardTitles(p)).to.have.length(3);
    expect(chips(p)).to.deep.equal(['Remove filter: Region: Puglia (from map) ×']);
    expect(regionBox(p, 'Puglia').checked).to.equal(true);
    expect(radarRegions(p)).to.deep.equal(['Puglia']);
    expect(comparisonIds(p)).to.deep.equal(['ES51', 'ITF3', 'ITF4']);
  });

  it('a region ticked in the cards adds to the linked one; unticking the linked one clears it everywhere', async () => {
    const p = await linkedPage();
    await clickMap(p, 'ES51');
    regionBox(p, 'Azores').click();
    await settled(p);
    expect(text($(p.cards, '[part~=count]'))).to.equal('4 of 7 measures match');
    expect(regionBox(p, 'Catalonia').checked).to.equal(true);
    expect(regionBox(p, 'Azores').checked).to.equal(true);
    // Counts stay meaningful: what ticking Puglia would add.
    expect(text(regionBox(p, 'Puglia').closest('label'))).to.equal('Puglia (3)');
    regionBox(p, 'Catalonia').click();
    await settled(p);
    expect(p.events).to.deep.equal(['regin-partner-map: ES51', 'regin-measure-cards: null']);
    expect(selectedIn(p.group)).to.equal(null);
    expect(region(p, 'ES51')!.getAttribute('aria-pressed')).to.equal('false');
    expect(cardTitles(p)).to.deep.equal(['Welcome desk for migrants']);
    expect(chips(p)).to.deep.equal(['Remove filter: Region: Azores ×']);
  });

  it('a region without scores or measures: every widget says so in words and keeps what it showed', async () => {
    const p = await linkedPage();
    await clickMap(p, 'PT20');
    expect(radarRegions(p)).to.deep.equal(['Azores']);
    await clickMap(p, 'FRH');
    expect(region(p, 'FRH')!.getAttribute('aria-pressed')).to.equal('true');
    expect(radarRegions(p)).to.deep.equal(['Azores']);
    // The notes' code loads the first time one is needed.
    await waitUntil(
      () => $(p.radar, '[part~=notice][role=status]') && $(p.comparison, '[part~=notice][role=status]'),
      'the notes are shown',
    );
    expect(text($(p.radar, '[part~=notice][role=status] p'))).to.equal(
      'No MIPEX-R indicator scores for Bretagne; showing Azores.',
    );
    expect(comparisonIds(p)).to.deep.equal(['ES51', 'ITF3', 'PT20']);
    expect(text($(p.comparison, '[part~=notice][role=status] p'))).to.equal(
      'No MIPEX-R indicator scores for Bretagne; the comparison is unchanged.',
    );
    expect(text($(p.cards, '[part=empty] p'))).to.equal('No measures for Bretagne in this feed.');
    // The radar's note is checked in its own tests; the cards' note for a region is only checked here.
    await expect(p.cards).to.be.accessible();
  });

  it('a comparison picker is a local choice: nothing else changes and nothing is broadcast', async () => {
    const p = await linkedPage();
    await clickMap(p, 'ITF4');
    const select = $$<HTMLSelectElement>(p.comparison, '[part=picker] select')[1]!;
    select.value = 'SE224';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(p);
    expect(comparisonIds(p)).to.deep.equal(['ES51', 'SE224', 'ITF4']);
    expect(p.events).to.deep.equal(['regin-partner-map: ITF4']);
    expect(selectedIn(p.group)).to.equal('ITF4');
    expect(region(p, 'ITF4')!.getAttribute('aria-pressed')).to.equal('true');
    expect(radarRegions(p)).to.deep.equal(['Puglia']);
    expect(cardTitles(p)).to.have.length(3);
  });
});
