import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LazyPart } from '../../src/core/lazy-part.js';
import { selectedIn, selectIn, subscribeSelection } from '../../src/core/selection.js';
import { primeFeedStore, resetFeedStore } from '../../src/feed/store.js';
import '../../src/partner-map.js';
import type { ReginPartnerMap } from '../../src/partner-map.js';
import { mountMap, rawFixture, unmountAll, zoomButton } from './helpers.js';

const root = (el: ReginPartnerMap) => el.shadowRoot!;
const regions = (el: ReginPartnerMap) => [...root(el).querySelectorAll<SVGElement>('svg [data-key]')];
const region = (el: ReginPartnerMap, key: string) => root(el).querySelector<SVGElement>(`svg [data-key="${key}"]`);
const focusedKey = (el: ReginPartnerMap) => (root(el).activeElement as Element | null)?.getAttribute('data-key');
/** The details panel's "See measures" button, found by its name. */
const seeMeasures = (el: ReginPartnerMap) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part=panel] button')].find((b) => b.textContent!.trim() === 'See measures');

let groups = 0;

/** A map on the fixture feed, in a fresh group, drawn (geometry loaded, size measured). */
async function drawn(
  template = (feed: unknown, group: string) => html`<regin-partner-map group=${group} .feed=${feed}></regin-partner-map>`,
) {
  const feed = await rawFixture();
  const el = await mountMap(template(feed, `map-${++groups}`), 960);
  await waitUntil(() => region(el, 'ES51'), 'the map is drawn', { timeout: 8000 });
  return el;
}

afterEach(() => (unmountAll(), LazyPart.loaders.clear()));

describe('<regin-partner-map>', () => {
  it('is accessible', async () => {
    const el = await drawn();
    await expect(el).to.be.accessible();
  });

  it('shows each region as a named button: polygons, markers and the Azores in an inset', async () => {
    const el = await drawn();
    const polygons = [...root(el).querySelectorAll('path[part~=region]')].map((p) => p.getAttribute('data-key'));
    expect(polygons).to.have.members(['PT20', 'ITF3', 'ES51', 'ES62', 'ITF4', 'SE224', 'FRH', 'ES70']);
    const markers = [...root(el).querySelectorAll('g.marker')].map((p) => p.getAttribute('data-key'));
    expect(markers).to.have.members(['FI20', 'partner:cpmr', 'partner:cidob', 'partner:instrategies', 'partner:mpg']);
    for (const r of regions(el)) expect(r.getAttribute('role')).to.equal('button');
    expect(region(el, 'ES51')!.getAttribute('aria-label')).to.equal(
      'Catalonia, Regional partner, Government of Catalonia, 2 measures',
    );
    expect(region(el, 'partner:cpmr')!.getAttribute('aria-label')).to.equal(
      'Conference of Peripheral Maritime Regions, Project coordinator, Rennes',
    );
    const insets = [...root(el).querySelectorAll('[part=inset]')];
    expect(insets.map((i) => i.querySelector('.inset-label')!.textContent)).to.deep.equal(['Azores', 'Canary Islands']);
    expect(insets[0]!.querySelector('[data-key=PT20]')).to.exist;
  });

  it('has one tab stop and a text summary', async () => {
    const el = await drawn();
    expect(regions(el).filter((r) => r.getAttribute('tabindex') === '0')).to.have.length(1);
    const svg = root(el).querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.equal('Map of partner and member regions');
    const summary = root(el).getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).to.contain('The map shows 13 places');
    expect(summary.textContent).to.contain('Outermost regions in insets: Azores and Canary Islands.');
  });

  it('lists the regions it cannot place instead of losing them', async () => {
    const el = await drawn();
    expect(root(el).querySelector('.unplaced')!.textContent).to.contain('Nowhere region');
    expect(region(el, 'XX99')).to.equal(null);
  });

  it('reaches every region, insets included, with the arrow keys', async () => {
    const el = await drawn();
    region(
      el,
      regions(el)
        .find((r) => r.getAttribute('tabindex') === '0')!
        .getAttribute('data-key')!,
    )!.focus();
    await sendKeys({ press: 'Home' });
    const seen = new Set([focusedKey(el)]);
    for (let i = 0; i < regions(el).length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      seen.add(focusedKey(el));
    }
    expect([...seen].sort()).to.deep.equal(
      regions(el)
        .map((r) => r.getAttribute('data-key'))
        .sort(),
    );
    expect(seen.has('PT20') && seen.has('ES70')).to.equal(true);
    expect(
      regions(el)
        .filter((r) => r.getAttribute('tabindex') === '0')
        .map((r) => r.getAttribute('data-key')),
    ).to.deep.equal([focusedKey(el)]);
    await sendKeys({ press: 'Home' });
    expect(['PT20', 'ES70'], 'the insets, on the left, come first').to.include(focusedKey(el));
  });

  it('says so where the details would be when their code cannot be loaded, and still selects', async () => {
    const el = await drawn();
    LazyPart.loaders.set('map.panel', () => Promise.reject(new TypeError('Failed to fetch')));
    region(el, 'ES51')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~=notice][role=status]'), 'the notice is shown');
    expect(el.selected).to.equal('ES51');
    expect(root(el).querySelector('[part=panel]')).to.equal(null);
    expect(root(el).querySelector('[part~=notice][role=status]')!.textContent).to.equal(
      'This part could not be loaded; please try again.',
    );
    await expect(el).to.be.accessible();
  });

  it('names the sources of what it says of a region and of its partner in the details', async () => {
    const el = await drawn((feed: any, group) => {
      const es51 = feed.regions.find((r: { id: string }) => r.id === 'ES51');
      es51.sources = [{ url: 'https://example.org/cpmr-members', date: '2024-10' }];
      const partner = feed.partners.find((p: { region?: string }) => p.region === 'ES51');
      partner.sources = [{ url: 'https://reginproject.eu/partners/', title: 'REGIN partners' }];
      return html`<regin-partner-map group=${group} .feed=${feed}></regin-partner-map>`;
    });
    region(el, 'ES51')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part=panel]'), 'the details open');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part=panel] .sources a')].map((a) => [
      a.textContent,
      a.href,
    ]);
    expect(links).to.deep.equal([
      ['example.org', 'https://example.org/cpmr-members'],
      ['REGIN partners', 'https://reginproject.eu/partners/'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('hides the tooltip with Escape, keeping focus, and shows it again on the next place (WCAG 1.4.13)', async () => {
    const el = await drawn();
    region(el, 'ES51')!.focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part=tooltip]'), 'tooltip on focus').to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part=tooltip]'), 'dismissed').to.equal(null);
    expect(focusedKey(el)).to.equal('ES51');
    expect(el.selected ?? null, 'Escape selects nothing').to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedKey(el)).to.not.equal('ES51');
    expect(root(el).querySelector('[part=tooltip]'), 'shown for the next place').to.not.equal(null);
  });

  it('selects with Enter, tells the page, opens the details, and Escape closes them', async () => {
    const el = await drawn();
    region(el, 'ES51')!.focus();
    const event = oneEvent(el, 'regin-region-select');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({ detail: { regionId: 'ES51' }, bubbles: true, composed: true });
    expect(el.selected).to.equal('ES51');
    expect(selectedIn(el.group!)).to.equal('ES51');
    await el.updateComplete;
    expect(region(el, 'ES51')!.getAttribute('aria-pressed')).to.equal('true');
    const panel = root(el).querySelector('[part=panel]')!;
    expect(panel.querySelector('h3')!.textContent).to.equal('Catalonia');
    expect(panel.textContent).to.contain('Regional partner: MIPEX-R pilot.');
    expect(panel.querySelector('a')!.getAttribute('href')).to.equal('https://web.gencat.cat/');
    expect(panel.textContent).to.contain('2 measures');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part=panel]')).to.equal(null);
    expect(focusedKey(el)).to.equal('ES51');
  });

  it('selects on click, and "See measures" selects the region for the group again', async () => {
    const el = await drawn();
    const clicked = oneEvent(el, 'regin-region-select');
    (region(el, 'ITF4') as SVGElement & { dispatchEvent(e: Event): boolean }).dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    expect((await clicked).detail).to.deep.equal({ regionId: 'ITF4' });
    await el.updateComplete;
    el.selected = null;
    await el.updateComplete;
    const again = oneEvent(el, 'regin-region-select');
    seeMeasures(el)!.click();
    expect((await again).detail).to.deep.equal({ regionId: 'ITF4' });
    expect(selectedIn(el.group!)).to.equal('ITF4');
  });

  it('opens a partner organisation without selecting a region', async () => {
    const el = await drawn();
    let events = 0;
    el.addEventListener('regin-region-select', () => events++);
    region(el, 'partner:cpmr')!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(root(el).querySelector('[part=panel] h3')!.textContent).to.equal('Conference of Peripheral Maritime Regions');
    expect(seeMeasures(el)).to.equal(undefined);
    expect(events).to.equal(0);
  });

  it('does not emit when `selected` is set by script, but selects for the group', async () => {
    const el = await drawn();
    let events = 0;
    el.addEventListener('regin-region-select', () => events++);
    el.selected = 'PT20';
    await el.updateComplete;
    expect(region(el, 'PT20')!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelectorAll('.outline.selected')).to.have.length(1);
    expect(selectedIn(el.group!)).to.equal('PT20');
    expect(events).to.equal(0);
  });

  it('does not emit when another widget of the group selects, and highlights that region', async () => {
    const el = await drawn();
    let events = 0;
    el.addEventListener('regin-region-select', () => events++);
    selectIn(el.group!, 'SE224');
    await el.updateComplete;
    expect(el.selected).to.equal('SE224');
    expect(region(el, 'SE224')!.getAttribute('aria-pressed')).to.equal('true');
    expect(events).to.equal(0);
  });

  it('shows a tooltip for the focused region, hidden from assistive technology', async () => {
    const el = await drawn();
    region(el, 'PT20')!.focus();
    await el.updateComplete;
    const tip = root(el).querySelector<HTMLElement>('[part=tooltip]')!;
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    expect([...tip.children].map((c) => c.textContent)).to.deep.equal([
      'Azores',
      'Regional partner',
      'Presidência do Governo Regional dos Açores',
      '1 measure',
    ]);
    expect(tip.style.getPropertyValue('--_tip-x')).to.match(/px$/);
    const box = root(el).querySelector('[part=map]')!.getBoundingClientRect();
    const r = tip.getBoundingClientRect();
    expect(
      r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom,
      'the tooltip is inside the map box',
    ).to.equal(true);
  });

  it('shows feed texts in the widget language and marks the ones in another language', async () => {
    const el = await drawn((feed, group) => html`<regin-partner-map lang="ca" group=${group} .feed=${feed}></regin-partner-map>`);
    expect(region(el, 'ES51')!.getAttribute('aria-label')).to.match(/^Catalunya, /);
    region(el, 'PT20')!.focus();
    await el.updateComplete;
    const name = root(el).querySelector('[part=tooltip] strong')!;
    expect([name.textContent, name.getAttribute('lang')]).to.deep.equal(['Azores', 'en']);
  });

  it('shows the tooltip on hover and hides it when the pointer leaves the map', async () => {
    const el = await drawn();
    region(el, 'ITF3')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('[part=tooltip] strong')!.textContent).to.equal('Campania');
    expect(root(el).querySelector('.outline.focused'), 'the hovered region is outlined').to.exist;
    root(el).querySelector('[part=map]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(root(el).querySelector('[part=tooltip]')).to.equal(null);
  });

  it('pans a zoomed map by dragging, without selecting the region the drag ends on', async () => {
    const el = await drawn();
    let events = 0;
    el.addEventListener('regin-region-select', () => events++);
    zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    const main = () => root(el).querySelector('g.main')!.getAttribute('transform');
    const before = main();
    const target = region(el, 'ES51')!;
    const at = { bubbles: true, composed: true, pointerId: 7, button: 0 };
    target.dispatchEvent(new PointerEvent('pointerdown', { ...at, clientX: 400, clientY: 300 }));
    target.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: 430, clientY: 320 }));
    target.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: 430, clientY: 320 }));
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(main()).to.not.equal(before);
    expect(events).to.equal(0);
  });

  it('colours by an indicator with a legend that states the scale, the year and "no data"', async () => {
    const el = await drawn();
    const before = region(el, 'ES51')!;
    const d = before.getAttribute('d');
    expect(before.getAttribute('class')).to.contain('role-regional-partner');
    el.colorBy = 'labour';
    await el.updateComplete;
    const legend = root(el).querySelector('[part=legend]')!;
    // (the title may wrap onto two lines, at the legend's width)
    expect([...legend.querySelectorAll('text')].map((t) => t.textContent).join(' ')).to.equal(
      'Labour market, 2020–2021 80–100 60–80 40–60 20–40 0–20 No data',
    );
    expect(legend.getAttribute('role')).to.equal('img');
    expect(legend.getAttribute('aria-label')).to.equal('Labour market, 2020–2021: 80–100; 60–80; 40–60; 20–40; 0–20; No data');
    expect(region(el, 'ES51'), 'same node').to.equal(before);
    expect(before.getAttribute('d'), 'paths are not recomputed').to.equal(d);
    expect(before.getAttribute('class')).to.contain('class-3');
    expect(region(el, 'SE224')!.getAttribute('class')).to.contain('class-4');
    expect(region(el, 'ES62')!.getAttribute('class')).to.contain('nodata');
    expect(region(el, 'ES62')!.getAttribute('fill')).to.match(/^url\(#/);
    expect(getComputedStyle(region(el, 'ES62')!).fill).to.contain('url(');
    expect(region(el, 'ES51')!.getAttribute('aria-label')).to.equal(
      'Catalonia, Regional partner, Government of Catalonia, Labour market: 67 (2021), 2 measures',
    );
    expect(region(el, 'ES62')!.getAttribute('aria-label')).to.contain('Labour market: no data');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('from 12 (Campania) to 100 (Skåne)');
  });

  it('says so when the indicator to colour by is unknown', async () => {
    const el = await drawn(
      (feed, group) => html`<regin-partner-map group=${group} color-by="nope" .feed=${feed}></regin-partner-map>`,
    );
    expect(root(el).textContent).to.contain('The indicator to colour by is not in the data');
    expect(regions(el).filter((r) => r.getAttribute('class')!.includes('nodata')).length).to.be.greaterThan(5);
  });

  it('zooms with the buttons and keys, not with a plain wheel', async () => {
    const el = await drawn();
    const main = () => root(el).querySelector('g.main')!.getAttribute('transform');
    expect(main()).to.equal('translate(0 0) scale(1)');
    const svg = root(el).querySelector('svg')!;
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true, clientX: 500, clientY: 300 }));
    await el.updateComplete;
    expect(main(), 'plain wheel scrolls the page').to.equal('translate(0 0) scale(1)');
    const zoomed = new WheelEvent('wheel', {
      deltaY: -300,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      clientX: 500,
      clientY: 300,
    });
    svg.dispatchEvent(zoomed);
    await el.updateComplete;
    expect(zoomed.defaultPrevented).to.equal(true);
    expect(main()).to.match(/scale\(2\.7/);
    region(el, 'ES51')!.focus();
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(main()).to.equal('translate(0 0) scale(1)');
    const zoomIn = zoomButton(el, 'Zoom in');
    zoomIn.click();
    await el.updateComplete;
    expect(main()).to.match(/scale\(2\)/);
    expect(regions(el).find((r) => r.getAttribute('tabindex') === '0')).to.exist;
  });

  it('switches to a list of the same places, whose buttons select', async () => {
    const el = await drawn();
    const toggle = root(el).querySelector<HTMLButtonElement>('.toolbar > button')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.view).to.equal('list');
    const table = root(el).querySelector('table[part=list]')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Regions and partners on the map');
    const names = [...table.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(names).to.have.length(14);
    expect(names).to.include('Nowhere region');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'regin-region-select');
    table.querySelector<HTMLButtonElement>('button[data-key=ES62]')!.click();
    expect((await event).detail).to.deep.equal({ regionId: 'ES62' });
  });

  it('keeps host page CSS out', async () => {
    const style = document.createElement('style');
    style.textContent =
      'svg path, path, g { fill: red !important; display: none !important } button, table, p { display: none !important; color: red !important }';
    document.head.append(style);
    try {
      const el = await drawn();
      expect(getComputedStyle(region(el, 'ES51')!).fill).to.equal('rgb(0, 114, 178)');
      expect(getComputedStyle(region(el, 'ES51')!).display).to.not.equal('none');
      expect(getComputedStyle(root(el).querySelector('.toolbar button')!).display).to.not.equal('none');
    } finally {
      style.remove();
    }
  });

  it('credits the boundaries and the country outlines', async () => {
    const el = await drawn();
    const credits = root(el).querySelector('[part=credits]')!.textContent!;
    expect(credits).to.contain('© EuroGeographics for the administrative boundaries');
    expect(credits).to.contain('Country outlines: Natural Earth');
    expect(credits).to.contain('Fixture data for the map tests');
  });

  it('draws regions from a host’s lon/lat TopoJSON named by `geometry`, insets included; what it lacks becomes a marker', async () => {
    const el = await drawn(
      (feed, group) =>
        html`<regin-partner-map group=${group} geometry="/test/map/host-regions.topo.json" .feed=${feed}></regin-partner-map>`,
    );
    for (const key of ['ES51', 'ES62', 'ITF3', 'ITF4', 'FRH']) expect(region(el, key)!.localName, key).to.equal('path');
    expect(root(el).querySelector('[part=inset] path[data-key=PT20]'), 'the Azores in their inset').to.exist;
    expect(region(el, 'SE224')!.localName, 'not in that file: a marker at its location').to.equal('g');
    expect(region(el, 'FI20')!.localName).to.equal('g');
  });

  it('draws regions from a host file in the planar form of the built ones', async () => {
    const el = await drawn(
      (feed, group) =>
        html`<regin-partner-map group=${group} geometry="/src/assets/geometry/base.topo.json" .feed=${feed}></regin-partner-map>`,
    );
    expect(region(el, 'ES51')!.localName).to.equal('path');
    expect(region(el, 'SE224')!.localName, 'a NUTS 3 region of the base file').to.equal('path');
  });

  it('keeps the land and regions of each inset inside its frame', async () => {
    const el = await drawn();
    for (const inset of root(el).querySelectorAll('[part=inset]')) {
      const frame = inset.querySelector('.inset-frame')!;
      const clipped = inset.querySelector('[clip-path]')!;
      expect(clipped.querySelector('.land'), 'land is clipped').to.exist;
      expect(clipped.querySelector('[part=region]'), 'regions are clipped').to.exist;
      const id = /^url\(#(.+)\)$/.exec(clipped.getAttribute('clip-path')!)![1]!;
      const rect = root(el).getElementById(id)!.querySelector('rect')!;
      for (const a of ['x', 'y', 'width']) expect(rect.getAttribute(a), a).to.equal(frame.getAttribute(a));
      // the picture: the frame above its label strip
      expect(Number(rect.getAttribute('height'))).to.be.within(
        Number(frame.getAttribute('height')) / 2,
        Number(frame.getAttribute('height')) - 13,
      );
    }
  });
});

describe('<regin-partner-map> with no configuration', () => {
  afterEach(() => resetFeedStore());

  it('shows the REGIN partners (the Azores in an inset), the technical partners and the member regions; Catalonia tells the page', async () => {
    const el = await mountMap(html`<regin-partner-map></regin-partner-map>`, 1000);
    await waitUntil(() => region(el, 'ES51'), 'the built-in feed is drawn', { timeout: 8000 });
    for (const key of ['PT20', 'ITF3', 'ES51', 'ES62', 'ITF4', 'SE224']) {
      expect(region(el, key)!.getAttribute('class'), key).to.contain('role-regional-partner');
    }
    expect(root(el).querySelector('[part=inset] [data-key=PT20]')).to.exist;
    for (const key of ['partner:cpmr', 'partner:cidob', 'partner:instrategies', 'partner:mpg'])
      expect(region(el, key), key).to.exist;
    // the 18 regions whose CPMR membership a source in the built-in feed states
    expect(root(el).querySelectorAll('.role-cpmr-member[data-key]').length).to.equal(18);
    expect(root(el).querySelector('.unplaced')).to.equal(null);
    const heard: Array<string | null> = [];
    const off = subscribeSelection('default', (id) => heard.push(id));
    try {
      region(el, 'ES51')!.focus();
      const event = oneEvent(document.body, 'regin-region-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ regionId: 'ES51' });
      expect(heard).to.deep.equal(['ES51']);
    } finally {
      off();
      selectIn('default', null);
    }
  });
});

describe('<regin-partner-map> states', () => {
  afterEach(() => resetFeedStore());

  it('shows a skeleton while loading', async () => {
    primeFeedStore('/feeds/slow.json', { url: '/feeds/slow.json', loading: true, feed: null, problems: [], error: null });
    const el = await fixture<ReginPartnerMap>(html`<regin-partner-map src="/feeds/slow.json"></regin-partner-map>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(root(el).querySelector('[part=skeleton]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error when the feed cannot be loaded', async () => {
    primeFeedStore('/feeds/broken.json', {
      url: '/feeds/broken.json',
      loading: false,
      feed: null,
      problems: [],
      error: { code: 'http', message: 'HTTP 500', status: 500 },
    });
    const el = await fixture<ReginPartnerMap>(html`<regin-partner-map src="/feeds/broken.json"></regin-partner-map>`);
    expect(el.state).to.equal('error');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
  });

  it('says when there is nothing to show', async () => {
    const feed = { ...(await rawFixture()), regions: [], partners: [], scores: [], measures: [] };
    const el = await fixture<ReginPartnerMap>(html`<regin-partner-map .feed=${feed}></regin-partner-map>`);
    expect(el.state).to.equal('empty');
    expect(root(el).textContent).to.contain('There are no regions or partners in this data yet.');
  });

  it('lists the places when the geometry cannot be loaded', async () => {
    const el = await drawnOrList('/nowhere/shapes.topo.json');
    await waitUntil(() => root(el).querySelector('table[part=list]'), 'falls back to the list', { timeout: 8000 });
    expect(root(el).textContent).to.contain('The map could not be drawn; the places are listed instead.');
  });

  it('ignores a `geometry` URL that is not http(s) and uses the built-in shapes', async () => {
    const el = await drawnOrList('javascript:alert(1)');
    await waitUntil(() => region(el, 'ES51'), 'the map is drawn', { timeout: 8000 });
  });
});

async function drawnOrList(geometry: string): Promise<ReginPartnerMap> {
  const feed = await rawFixture();
  return fixture<ReginPartnerMap>(html`<regin-partner-map geometry=${geometry} .feed=${feed}></regin-partner-map>`);
}
