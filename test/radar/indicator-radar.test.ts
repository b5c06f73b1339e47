import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { selectIn } from '../../src/core/selection.js';
import { primeFeedStore, resetFeedStore } from '../../src/feed/store.js';
import '../../src/indicator-radar.js';
import type { ReginIndicatorRadar } from '../../src/indicator-radar.js';
import { all, attributeValues, button, captureDownload, html, mount, one, root, text } from './element-helpers.js';
import { rawCopy } from './fixture.js';

type Radar = ReginIndicatorRadar;
const points = (el: Radar) => all<SVGElement>(el, 'svg.radar .point');
const names = (el: Radar) => points(el).map((p) => p.getAttribute('aria-label'));
const focusedName = (el: Radar) => (root(el).activeElement as Element | null)?.getAttribute('aria-label');
const radar = (regions: string, extra: { baseline?: string } = {}) =>
  mount<Radar>(
    (feed, group) =>
      html`<regin-indicator-radar group=${group} regions=${regions} .feed=${feed} baseline=${extra.baseline ?? ''}></regin-indicator-radar>`,
  );

describe('<regin-indicator-radar>', () => {
  it('is accessible', async () => {
    const el = await radar('ES51 PT20', { baseline: 'national' });
    await expect(el).to.be.accessible();
  });

  it('names every point "region, dimension: value", axes in the framework’s order', async () => {
    const el = await radar('ES51');
    expect(names(el).slice(0, 3)).to.deep.equal([
      'Catalonia, Labour market: 67',
      'Catalonia, Education: 78',
      'Catalonia, Health: 70',
    ]);
    const labels = all(el, 'svg.radar .axis-label').map((t) =>
      t.children.length ? [...t.children].map((line) => line.textContent).join(' ') : t.textContent,
    );
    expect(labels).to.deep.equal([
      'Labour market',
      'Education',
      'Health',
      'Housing',
      'Language',
      'Culture',
      'Religion',
      'Social security and assistance',
    ]);
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('shows a missing value as a "no data" gap, not as zero', async () => {
    const el = await radar('ITF3');
    expect(names(el)).to.include('Campania, Religion: no data');
    const outline = one(el, 'svg.radar .outline')!;
    expect(outline.getAttribute('d')).not.to.include('Z');
    expect(one(el, 'svg.radar .point.gap')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the group’s selected region when no regions are given, else the first partner region', async () => {
    const first = await mount<Radar>(
      (feed, group) => html`<regin-indicator-radar group=${group} .feed=${feed}></regin-indicator-radar>`,
    );
    expect(names(first)[0]).to.match(/^Catalonia,/);
    const group = first.group!;
    selectIn(group, 'PT20');
    await waitUntil(() => names(first)[0]?.startsWith('Azores,'), 'follows the group selection');
    expect(points(first)).to.have.length(8);
  });

  it('keeps what it showed when the selected region has no scores, says so, and offers the scored regions', async () => {
    const el = await mount<Radar>(
      (feed, group) => html`<regin-indicator-radar group=${group} .feed=${feed}></regin-indicator-radar>`,
    );
    const group = el.group!;
    selectIn(group, 'SE224');
    await waitUntil(() => names(el)[0]?.startsWith('Skåne,'), 'follows the group selection');
    expect(one(el, '[part~=notice][role=status]')).to.equal(null);
    selectIn(group, 'FRH');
    await el.updateComplete;
    expect(names(el)[0]).to.match(/^Skåne,/);
    // The note's code loads the first time it is needed.
    await waitUntil(() => one(el, '[part~=notice][role=status]'), 'the note is shown');
    expect(text(el, '[part~=notice][role=status] p:first-child')).to.equal(
      'No MIPEX-R indicator scores for Bretagne; showing Skåne.',
    );
    await expect(el).to.be.accessible();
    const select = one<HTMLSelectElement>(el, '[part~=notice][role=status] select')!;
    expect([...select.options].map((o) => o.value)).to.not.include('FRH');
    expect(select.value).to.equal('SE224');
    const events: Event[] = [];
    el.addEventListener('regin-region-select', (e) => events.push(e));
    select.value = 'PT20';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)[0]).to.match(/^Azores,/);
    expect(text(el, '[part~=notice][role=status] p:first-child')).to.equal(
      'No MIPEX-R indicator scores for Bretagne; showing Azores.',
    );
    expect(events, 'a local choice: no event').to.deep.equal([]);
    // A scored selection is followed again, and the note goes.
    selectIn(group, 'ITF4');
    await el.updateComplete;
    expect(names(el)[0]).to.match(/^Puglia,/);
    expect(one(el, '[part~=notice][role=status]')).to.equal(null);
  });

  it('has one tab stop; arrows move across axes and series, Home/End to the ends', async () => {
    const el = await radar('ES51 PT20');
    expect(points(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    points(el)[0]!.focus();
    expect(focusedName(el)).to.equal('Catalonia, Labour market: 67');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedName(el)).to.equal('Catalonia, Education: 78');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedName(el)).to.equal('Azores, Education: 64');
    await sendKeys({ press: 'End' });
    expect(focusedName(el)).to.equal('Azores, Social security and assistance: 63');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedName(el)).to.equal('Azores, Labour market: 58');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedName(el)).to.equal('Catalonia, Labour market: 67');
    expect(points(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('highlights the focused series and shows its value labels', async () => {
    const el = await radar('ES51 PT20');
    points(el)[8]!.focus(); // Azores, labour
    await el.updateComplete;
    const series = all(el, 'svg.radar g.series');
    expect(series.filter((g) => g.classList.contains('dim')).length).to.be.greaterThan(0);
    expect(all(el, 'svg.radar .value-label').map((t) => t.textContent)).to.include('58');
  });

  it('focusing or pointing at a legend entry highlights its series; leaving the legend clears it', async () => {
    const el = await radar('ES51 PT20');
    const seriesClasses = () => all(el, 'svg.radar g.series').map((g) => g.getAttribute('class'));
    expect(seriesClasses()).to.deep.equal(['series', 'series']);
    button(el, 'Azores')!.focus();
    await el.updateComplete;
    expect(seriesClasses()).to.deep.equal(['series dim', 'series hl']);
    button(el, 'Azores')!.blur();
    await el.updateComplete;
    expect(seriesClasses()).to.deep.equal(['series', 'series']);
    const catalonia = button(el, 'Catalonia')!;
    catalonia.querySelector('span')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(seriesClasses()).to.deep.equal(['series hl', 'series dim']);
    one(el, '[part=legend]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(seriesClasses()).to.deep.equal(['series', 'series']);
  });

  it('pointing at the legend between its entries highlights no series', async () => {
    const el = await radar('ES51 PT20');
    one(el, '[part=legend] li')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(all(el, 'svg.radar g.series.hl')).to.have.length(0);
    expect(all(el, 'svg.radar g.series.dim')).to.have.length(0);
  });

  it('legend entries are toggle buttons that hide and show a series, by keyboard too', async () => {
    const el = await radar('ES51 PT20');
    const azores = button(el, 'Azores')!;
    expect(azores.getAttribute('aria-pressed')).to.equal('true');
    azores.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el, 'Azores')!.getAttribute('aria-pressed')).to.equal('false');
    expect(names(el).some((n) => n!.startsWith('Azores'))).to.equal(false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button(el, 'Azores')!.getAttribute('aria-pressed')).to.equal('true');
    expect(names(el).filter((n) => n!.startsWith('Azores'))).to.have.length(8);
  });

  it('offers the same numbers as bars and as a table', async () => {
    const el = await radar('ES51 ITF3');
    button(el, 'Bars')!.click();
    await el.updateComplete;
    expect(button(el, 'Bars')!.getAttribute('aria-pressed')).to.equal('true');
    const bars = all(el, 'svg.bars .bar').map((b) => b.getAttribute('aria-label'));
    expect(bars).to.include('Catalonia, Labour market: 67');
    expect(bars).to.include('Campania, Religion: no data');
    await expect(el).to.be.accessible();
    button(el, 'Table')!.click();
    await el.updateComplete;
    const table = one(el, 'table')!;
    expect([...table.querySelectorAll('thead th')].map((t) => t.textContent!.trim())).to.deep.equal([
      'Dimension',
      'Catalonia',
      'Campania',
    ]);
    const religion = [...table.querySelectorAll('tbody tr')][6]!;
    expect([...religion.children].map((c) => c.textContent!.trim())).to.deep.equal(['Religion', '35', 'no data']);
    await expect(el).to.be.accessible();
  });

  it('remembers the chosen view per element id; the attribute only sets the first view', async () => {
    const id = `radar-${Date.now()}`;
    localStorage.removeItem(`regin-widgets:radar-view:${id}`);
    const el = await mount<Radar>(
      (feed) => html`<regin-indicator-radar id=${id} view="bars" regions="ES51" .feed=${feed}></regin-indicator-radar>`,
    );
    expect(one(el, 'svg.bars')).to.exist;
    button(el, 'Table')!.click();
    await el.updateComplete;
    el.remove();
    const again = await mount<Radar>(
      (feed) => html`<regin-indicator-radar id=${id} view="bars" regions="ES51" .feed=${feed}></regin-indicator-radar>`,
    );
    expect(one(again, 'table')).to.exist;
    localStorage.removeItem(`regin-widgets:radar-view:${id}`);
  });

  it('does not remember a view set by script', async () => {
    const id = `radar-script-${Date.now()}`;
    const el = await mount<Radar>(
      (feed) => html`<regin-indicator-radar id=${id} regions="ES51" .feed=${feed}></regin-indicator-radar>`,
    );
    el.view = 'table';
    await el.updateComplete;
    expect(one(el, 'table')).to.exist;
    expect(localStorage.getItem(`regin-widgets:radar-view:${id}`)).to.equal(null);
  });

  it('summarises each profile in plain language', async () => {
    const one_ = await radar('ES51');
    expect(text(one_, '[part=summary]')).to.equal(
      'Strongest: Education 78; weakest: Religion 35; 3 points above the national MIPEX overall score (60).',
    );
    const two = await radar('ES51 ITF4');
    const items = all(two, '[part=summary] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.equal(
      'Catalonia — Strongest: Education 78; weakest: Religion 35; 7 points above the average of the shown regions.',
    );
    expect(items[1]).to.equal(
      'Puglia — Strongest: Health 60; weakest: Religion 38; 7 points below the average of the shown regions.',
    );
  });

  it('says "1 point" in the singular, in English and French', async () => {
    // Two regions whose means are 51 and 49: each is 1 point from the average of the shown regions.
    const data = rawCopy();
    data.scores = (data.scores as Array<Record<string, unknown>>)
      .filter((s) => s.region === 'ES51' || s.region === 'ITF4')
      .map((s) => ({ ...s, value: s.region === 'ES51' ? 51 : 49 }));
    const el = await mount<Radar>(
      (feed) => html`<regin-indicator-radar regions="ES51 ITF4" .feed=${feed}></regin-indicator-radar>`,
      data,
    );
    const items = () => all(el, '[part=summary] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items()[0]).to.match(/; 1 point above the average of the shown regions\.$/);
    expect(items()[1]).to.match(/; 1 point below the average of the shown regions\.$/);
    el.lang = 'fr';
    await waitUntil(() => items()[0]?.includes('au-dessus'), 'French summary', { timeout: 5000 });
    expect(items()[0]).to.match(/1 point au-dessus de la moyenne des régions affichées\.$/);
  });

  it('draws the national MIPEX score as a labelled reference with its source', async () => {
    const el = await radar('ES51', { baseline: 'national' });
    expect(all(el, 'svg.radar polygon.national')).to.have.length(1);
    const notes = text(el, '[part=notes]');
    expect(notes).to.include('Spain: national MIPEX 2020 overall score: 60 (2019 data) — national index, not regional');
    const link = one<HTMLAnchorElement>(el, '[part=notes] a')!;
    expect(link.href).to.equal('https://www.mipex.eu/spain');
    expect(link.textContent).to.equal('www.mipex.eu');
  });

  it('names the country of a national score whose label does not', async () => {
    const feed = rawCopy();
    feed.baselines[0].label = { en: 'MIPEX 2020 national overall score' };
    const el = await mount<Radar>(
      (f) => html`<regin-indicator-radar regions="ES51" baseline="national" .feed=${f}></regin-indicator-radar>`,
      feed,
    );
    expect(text(el, '[part=notes]')).to.include(
      'Spain: MIPEX 2020 national overall score: 60 (2019 data) — national index, not regional',
    );
  });

  it('adds the average of the shown regions as a reference series', async () => {
    const el = await radar('ITF4 ITF3', { baseline: 'average' });
    expect(button(el, 'Average of the shown regions')).to.exist;
    expect(names(el)).to.include('Average of the shown regions, Labour market: 50.5');
  });

  it('says so when a region only has scores for another target group', async () => {
    const el = await radar('SE224');
    expect(text(el, '[part=notes]')).to.include(
      'Scores for Skåne are for beneficiaries of international protection: the data has none for third-country nationals.',
    );
  });

  it('shows the illustrative-data notice on screen', async () => {
    const el = await radar('ES51');
    expect(text(el, '[part~=sample-notice]')).to.match(/Illustrative/);
  });

  it('marks by name the regions with synthetic scores when others have published ones, in the legend, table and download', async () => {
    const feed = rawCopy();
    feed.sample = false;
    for (const s of feed.scores) if (s.region === 'PT20') s.synthetic = false;
    const el = await mount<Radar>(
      (f) => html`<regin-indicator-radar regions="ES51 PT20" .feed=${f}></regin-indicator-radar>`,
      feed,
    );
    expect(text(el, '[part~=sample-notice]')).to.include('Some scores are illustrative');
    expect(text(el, '[part~=sample-notice] a')).to.include('CIDOB and MPG');
    const legend = all(el, '[part=legend] button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend).to.deep.equal(['Catalonia (illustrative)', 'Azores']);
    const download = captureDownload();
    button(el, 'Download SVG')!.click();
    const svg = await (await fetch((await download).href)).text();
    const texts = [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((t) =>
      t.textContent!.trim(),
    );
    expect(texts).to.include('Catalonia (illustrative)');
    expect(texts).to.include('Azores');
    expect(texts.some((t) => t.startsWith('Some scores') || t.startsWith('Illustrative scores'))).to.equal(true);
  });

  it('never writes NaN or Infinity into the chart, whatever the scores', async () => {
    const feed = rawCopy();
    feed.scores = [
      { region: 'ES51', dimension: 'labour', value: 'NaN', synthetic: true },
      { region: 'ES51', dimension: 'education', value: 1e308, synthetic: true },
      { region: 'ES51', dimension: 'health', value: -5, synthetic: true },
      { region: 'ES51', dimension: 'housing', value: null, synthetic: true },
      { region: 'ES51', dimension: 'language', value: 55, synthetic: true },
    ];
    const el = await mount<Radar>((f) => html`<regin-indicator-radar regions="ES51" .feed=${f}></regin-indicator-radar>`, feed);
    for (const view of ['Radar', 'Bars', 'Table']) {
      button(el, view)!.click();
      await el.updateComplete;
      const bad = attributeValues(el).filter((a) => /NaN|Infinity|undefined/.test(a));
      expect(bad, view).to.deep.equal([]);
    }
  });

  it('downloads the radar as SVG with title, legend, source and date', async () => {
    const el = await radar('ES51 PT20', { baseline: 'national' });
    const download = captureDownload();
    button(el, 'Download SVG')!.click();
    const { href, name } = await download;
    expect(name).to.match(/^regin-radar-ES51-PT20-2026-11-28\.svg$/);
    const svg = await (await fetch(href)).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect(texts).to.include('Indicator profile: Catalonia and Azores');
    expect(texts).to.include('Catalonia');
    expect(texts).to.include('Azores');
    expect(texts.some((t) => t.startsWith('Source: REGIN indicators (sample)'))).to.equal(true);
    expect(texts).to.include('Data as of November 28, 2026.');
    expect(svg).not.to.match(/<link|@import|url\(|xlink:href|<image/);
    expect(doc.querySelectorAll('svg svg path').length).to.be.greaterThan(16);
  });

  it('downloads every label the screen shows, each halo painted behind its text', async () => {
    const el = await radar('ES51', { baseline: 'national' });
    const chart = root(el).querySelector<SVGSVGElement>('svg.chart, [part~=chart] svg, svg')!;
    const visible = (t: Element) => getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden';
    const onScreen = [...chart.querySelectorAll('text')]
      .filter(visible)
      .map((t) => t.textContent!.trim())
      .filter(Boolean);
    expect(onScreen.length).to.be.greaterThan(8);
    const download = captureDownload();
    button(el, 'Download SVG')!.click();
    const svg = await (await fetch((await download).href)).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const exported = [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim());
    for (const t of onScreen) expect(exported, `"${t}" is in the download`).to.include(t);
    const stroked = [...doc.querySelectorAll('text')].filter((t) => (t.getAttribute('stroke') ?? 'none') !== 'none');
    expect(stroked.length, 'value labels have halos').to.be.greaterThan(0);
    for (const t of stroked) expect(t.getAttribute('paint-order') ?? '', `halo of "${t.textContent}"`).to.match(/^stroke/);
    // The legend keys the national reference with the ring's own dash.
    const dash = chart.querySelector('polygon.national')!.getAttribute('stroke-dasharray');
    expect(
      [...doc.querySelectorAll('svg > line')].some((l) => l.getAttribute('stroke-dasharray') === dash),
      `key line ${dash}`,
    ).to.equal(true);
    // The focus ring of the live chart is not part of the image.
    expect(doc.querySelectorAll('circle').length).to.equal(0);
  });

  it('downloads the radar as a PNG image', async () => {
    const el = await radar('ES51');
    const download = captureDownload();
    button(el, 'Download PNG')!.click();
    const { href, name } = await download;
    expect(name).to.match(/\.png$/);
    const blob = await (await fetch(href)).blob();
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.greaterThan(1000);
  });

  it('does not emit events when regions or the view are set by script', async () => {
    const el = await radar('ES51');
    let events = 0;
    for (const type of ['regin-region-select', 'regin-feed-load', 'regin-feed-error']) el.addEventListener(type, () => events++);
    el.regions = 'PT20 ITF4';
    el.view = 'bars';
    await el.updateComplete;
    expect(all(el, 'svg.bars .bar').length).to.equal(16);
    expect(events).to.equal(0);
  });

  it('speaks the page language for feed texts', async () => {
    const feed = rawCopy();
    const wrap = document.createElement('div');
    wrap.lang = 'fr';
    const el = document.createElement('regin-indicator-radar');
    el.regions = 'ES51';
    el.feed = feed;
    wrap.append(el);
    document.body.append(wrap);
    await waitUntil(() => names(el).length > 0, 'drawn', { timeout: 8000 });
    expect(names(el)[0]).to.match(/^Catalonia, Marché du travail[\s\u00a0\u202f]?: 67$/);
    wrap.remove();
  });
});

describe('<regin-indicator-radar> states', () => {
  afterEach(() => resetFeedStore());

  it('shows a skeleton while loading', async () => {
    primeFeedStore('/radar/slow.json', { url: '/radar/slow.json', loading: true, feed: null, problems: [], error: null });
    const el = await mount<Radar>(() => html`<regin-indicator-radar src="/radar/slow.json"></regin-indicator-radar>`);
    expect(el.state).to.equal('loading');
    expect(one(el, '[part=skeleton]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error when the feed cannot be loaded', async () => {
    primeFeedStore('/radar/broken.json', {
      url: '/radar/broken.json',
      loading: false,
      feed: null,
      problems: [],
      error: { code: 'http', message: 'HTTP 500', status: 500 },
    });
    const el = await mount<Radar>(() => html`<regin-indicator-radar src="/radar/broken.json"></regin-indicator-radar>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(one(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
  });

  it('is empty, and says so, when no shown region has scores', async () => {
    const el = await radar('FRH');
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.include('There are no indicator scores for the regions shown.');
    await expect(el).to.be.accessible();
  });

  it('fires regin-feed-load once a feed from src has loaded', async () => {
    const el = document.createElement('regin-indicator-radar');
    el.setAttribute('src', '/test/fixtures/radar-feed.json?as=feed'); // not the URL the tests import as a module
    el.setAttribute('regions', 'ES51');
    const loaded = oneEvent(el, 'regin-feed-load');
    document.body.append(el);
    const ev = await loaded;
    expect(ev.detail.counts.scores).to.be.greaterThan(40);
    await el.updateComplete;
    expect(points(el)).to.have.length(8);
    el.remove();
  });
});
