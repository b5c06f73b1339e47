import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LazyPart } from '../../src/core/lazy-part.js';
import { selectIn, selectedIn } from '../../src/core/selection.js';
import '../../src/region-comparison.js';
import type { ReginRegionComparison } from '../../src/region-comparison.js';
import { all, button, captureDownload, html, mount, one, root, text } from '../radar/element-helpers.js';
import { rawCopy } from '../radar/fixture.js';

type Comparison = ReginRegionComparison;
const compare = (regions?: string) =>
  mount<Comparison>((feed, group) =>
    regions === undefined
      ? html`<regin-region-comparison group=${group} .feed=${feed}></regin-region-comparison>`
      : html`<regin-region-comparison group=${group} regions=${regions} .feed=${feed}></regin-region-comparison>`,
  );
const headers = (el: Comparison) => all(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
/** What a screen reader reads in a node: its text without aria-hidden parts. */
const spoken = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};
const rowCells = (el: Comparison) => all(el, 'tbody tr').map((tr) => [...tr.children].slice(0, -1).map(spoken));
const rowNames = (el: Comparison) => rowCells(el).map((r) => r[0]);
const pickerSelects = (el: Comparison) => all<HTMLSelectElement>(el, '[part=picker] select');
const shownIds = (el: Comparison) => pickerSelects(el).map((s) => s.value);

async function choose(el: Comparison, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<regin-region-comparison>', () => {
  it('is accessible', async () => {
    const el = await compare('ES51 ITF3 PT20');
    await expect(el).to.be.accessible();
  });

  it('shows the regions side by side, a row per dimension in the framework’s order', async () => {
    const el = await compare('ES51 ITF3 PT20');
    expect(headers(el).slice(0, 5)).to.deep.equal(['Dimension', 'Catalonia', 'Campania', 'Azores', 'Gap (highest − lowest)']);
    expect(rowNames(el)).to.deep.equal([
      'Labour market',
      'Education',
      'Health',
      'Housing',
      'Language',
      'Culture',
      'Religion',
      'Social security and assistance',
    ]);
    expect(rowCells(el)[0]).to.deep.equal(['Labour market', '67 (highest)', '49 (lowest)', '58', '18']);
  });

  it('shows no data honestly and leaves it out of the gap', async () => {
    const el = await compare('ES51 ITF3 PT20');
    expect(rowCells(el)[6]).to.deep.equal(['Religion', '35 (lowest)', 'no data', '44 (highest)', '9']);
    expect(one(el, 'tbody tr:nth-child(7) td.no-data')).to.exist;
  });

  it('draws every value on one shared scale with the gap highlighted', async () => {
    const el = await compare('ES51 ITF3');
    const plots = all(el, 'tbody svg.plot');
    expect(plots).to.have.length(8);
    expect(plots[0]!.querySelectorAll('.dot')).to.have.length(2);
    expect(plots[6]!.querySelectorAll('.dot'), 'Campania has no religion score').to.have.length(1);
    const bar = plots[0]!.querySelector('.gap-bar')!;
    // the plots fill their width: positions are percentages, the scale running from 4 % to 96 %
    const x1 = parseFloat(bar.getAttribute('x1')!);
    const x2 = parseFloat(bar.getAttribute('x2')!);
    expect(bar.getAttribute('x2')).to.match(/%$/);
    expect(x2 - x1).to.be.closeTo(((67 - 49) / 100) * 92, 0.01);
  });

  it('sorts rows by gap, by a region’s values and back to the framework’s order', async () => {
    const el = await compare('ES51 ITF3 PT20');
    const sort = one<HTMLSelectElement>(el, '[part=toolbar] select')!;
    await choose(el, sort, 'gap');
    expect(rowNames(el)[0]).to.equal('Education');
    expect(one(el, 'caption')!.textContent).to.include('Largest gap first');
    await choose(el, sort, 'PT20');
    expect(rowNames(el)[0]).to.equal('Health'); // Azores 72
    await choose(el, sort, 'dimension');
    expect(rowNames(el)[0]).to.equal('Labour market');
  });

  it('falls back to the framework’s order when the region sorted by is removed', async () => {
    const el = await compare('ES51 ITF3 PT20');
    await choose(el, one<HTMLSelectElement>(el, '[part=toolbar] select')!, 'PT20');
    one<HTMLButtonElement>(el, '[aria-label="Remove Azores"]')!.click();
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal('Labour market');
    const sort = one<HTMLSelectElement>(el, '[part=toolbar] select')!;
    expect(sort.selectedOptions[0]!.textContent).to.equal('Framework order');
  });

  it('a picked region replaces the slot; a local choice that leaves the group’s selection alone, without an event', async () => {
    const el = await compare('ES51 ITF3');
    const events: (string | null)[] = [];
    el.addEventListener('regin-region-select', (e) => events.push(e.detail.regionId));
    selectIn(el.group!, 'PT20');
    await el.updateComplete;
    await choose(el, pickerSelects(el)[1]!, 'SE224');
    expect(shownIds(el)).to.deep.equal(['ES51', 'SE224', 'PT20']);
    expect(headers(el)[2]).to.equal('Skåne');
    expect(events).to.deep.equal([]);
    expect(selectedIn(el.group!)).to.equal('PT20');
  });

  it('picking a region shown in another slot swaps the two', async () => {
    const el = await compare('ES51 ITF3 PT20');
    await choose(el, pickerSelects(el)[0]!, 'PT20');
    expect(shownIds(el)).to.deep.equal(['PT20', 'ITF3', 'ES51']);
  });

  it('adds up to six regions and keeps at least two', async () => {
    const el = await compare('ES51 ITF3');
    expect(button(el, 'Remove Catalonia')).to.equal(undefined); // named by aria-label, not text
    const remove = all<HTMLButtonElement>(el, '[part=picker] button[aria-label^="Remove"]');
    expect(remove.every((b) => b.disabled)).to.equal(true);
    const add = button(el, 'Add a region')!;
    for (let i = 0; i < 4; i++) {
      add.click();
      await el.updateComplete;
    }
    expect(shownIds(el)).to.have.length(6);
    expect(button(el, 'Add a region')!.disabled).to.equal(true);
    expect(root(el).activeElement).to.equal(pickerSelects(el)[5]);
    all<HTMLButtonElement>(el, '[part=picker] button[aria-label="Remove Catalonia"]')[0]!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(5);
    expect(shownIds(el)).not.to.include('ES51');
  });

  it('moves a region left and right, keeping focus on the moved region', async () => {
    const el = await compare('ES51 ITF3 PT20');
    const right = one<HTMLButtonElement>(el, '[aria-label="Move Catalonia right"]')!;
    right.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ITF3', 'ES51', 'PT20']);
    expect((root(el).activeElement as HTMLElement).getAttribute('aria-label')).to.equal('Move Catalonia right');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ITF3', 'PT20', 'ES51']);
    expect(root(el).activeElement).to.equal(pickerSelects(el)[2]);
    one<HTMLButtonElement>(el, '[aria-label="Move Azores left"]')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['PT20', 'ITF3', 'ES51']);
  });

  it('adds a region selected elsewhere in the group, without an event', async () => {
    const el = await compare('ES51 ITF3');
    let events = 0;
    el.addEventListener('regin-region-select', () => events++);
    selectIn(el.group!, 'SE224');
    await waitUntil(() => shownIds(el).includes('SE224'), 'the selected region joins');
    expect(shownIds(el)).to.deep.equal(['ES51', 'ITF3', 'SE224']);
    expect(events).to.equal(0);
  });

  it('does not add a selected region without scores, and says so', async () => {
    const el = await compare('ES51 ITF3');
    selectIn(el.group!, 'FRH');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ES51', 'ITF3']);
    await waitUntil(() => one(el, '[part~=notice][role=status]'), 'the note is shown');
    expect(text(el, '[part~=notice][role=status]')).to.equal(
      'No MIPEX-R indicator scores for Bretagne; the comparison is unchanged.',
    );
    selectIn(el.group!, 'PT20');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ES51', 'ITF3', 'PT20']);
    expect(one(el, '[part~=notice][role=status]')).to.equal(null);
  });

  it('puts the next selection in the column the last one added, never in one the person chose', async () => {
    const el = await compare('ES51 ITF3');
    selectIn(el.group!, 'PT20');
    await el.updateComplete;
    selectIn(el.group!, 'SE224');
    await el.updateComplete;
    expect(shownIds(el), 'the selection’s column follows it').to.deep.equal(['ES51', 'ITF3', 'SE224']);
    // Once the person chooses that column's region, it is theirs.
    await choose(el, pickerSelects(el)[2]!, 'ITF4');
    selectIn(el.group!, 'PT20');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ES51', 'ITF3', 'ITF4', 'PT20']);
  });

  it('when every column is a choice, offers to replace one instead of dropping it', async () => {
    const el = await compare('ES51 ITF3 PT20 ITF4 SE224 FRH');
    selectIn(el.group!, 'ES62');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ES51', 'ITF3', 'PT20', 'ITF4', 'SE224', 'FRH']);
    await waitUntil(() => one(el, '[part~=notice][role=status]'), 'the offer is shown');
    expect(text(el, '[part~=notice][role=status] p')).to.match(
      /^Region of Murcia is not added: the comparison already shows 6 regions\./,
    );
    await expect(el).to.be.accessible();
    const replace = one<HTMLButtonElement>(el, '[part~=notice][role=status] button')!;
    expect(replace.textContent!.trim()).to.equal('Replace Bretagne with Region of Murcia');
    replace.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ES51', 'ITF3', 'PT20', 'ITF4', 'SE224', 'ES62']);
    expect(root(el).activeElement).to.equal(pickerSelects(el)[5]);
    expect(one(el, '[part~=notice][role=status]')).to.equal(null);
  });

  it('lines up the group’s selected region with the partner regions by default', async () => {
    const feed = rawCopy();
    const el = await mount<Comparison>((_, group) => {
      selectIn(group, 'ITF3');
      return html`<regin-region-comparison group=${group} .feed=${feed}></regin-region-comparison>`;
    }, feed);
    expect(shownIds(el)[0]).to.equal('ITF3');
    expect(shownIds(el)).to.have.length(6);
    expect(shownIds(el)).to.include.members(['ES51', 'PT20', 'ITF4']);
  });

  it('does not emit when regions are set by script', async () => {
    const el = await compare('ES51 ITF3');
    let events = 0;
    el.addEventListener('regin-region-select', () => events++);
    el.regions = 'PT20 ITF4 ES62';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['PT20', 'ITF4', 'ES62']);
    expect(events).to.equal(0);
  });

  it('has a national reference row labelled as a national index, with its source', async () => {
    const el = await compare('ES51 ITF3 FRH');
    const foot = [...one(el, 'tfoot tr')!.children].map((c) => c.textContent!.trim());
    expect(foot.slice(0, 4)).to.deep.equal([
      'National MIPEX overall score (national index, not regional)',
      '60',
      '58',
      'no data',
    ]);
    expect(text(el, '[part=notes]')).to.include(
      'Italy: national MIPEX 2020 overall score: 58 (2019 data) — national index, not regional',
    );
    expect(all<HTMLAnchorElement>(el, '[part=notes] a').map((a) => a.href)).to.deep.equal([
      'https://www.mipex.eu/spain',
      'https://www.mipex.eu/italy',
    ]);
  });

  it('downloads exactly what is shown as CSV, with source, date and synthetic flag', async () => {
    const el = await compare('ES51 ITF3 PT20');
    await choose(el, one<HTMLSelectElement>(el, '[part=toolbar] select')!, 'gap');
    const download = captureDownload();
    button(el, 'Download CSV')!.click();
    const { href, name } = await download;
    expect(name).to.equal('regin-comparison-ES51-ITF3-PT20-2026-11-28.csv');
    const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).to.match(
      /^"# Source: REGIN indicators \(sample\); Sample data for tests and examples; synthetic MIPEX-R scores\. National scores: MIPEX 2020, mipex\.eu"$/,
    );
    expect(lines[1]).to.equal('# Data as of: 2026-11-28');
    expect(lines[2]).to.equal('# Synthetic: yes');
    expect(lines[3]).to.equal(
      '# Published regional MIPEX-R results: CIDOB and MPG comparative report (2022): https://migrant-integration.ec.europa.eu/library-document/mipex-r-migrant-integration-governance-and-outcomes-25-eu-regions_en',
    );
    expect(lines[4]).to.equal('Dimension,Catalonia,Campania,Azores,Gap (highest − lowest)');
    expect(lines[5]).to.equal(`Education,78,45,64,33`);
    expect(lines).to.include('Religion,35,no data,44,9');
    expect(lines).to.include('"National MIPEX overall score (national index, not regional)",60,58,81,');
    expect(lines.filter(Boolean)).to.have.length(5 + 8 + 1);
  });

  it('says so beside the button when the CSV code cannot be loaded, and downloads nothing', async () => {
    const el = await compare('ES51 ITF3');
    LazyPart.loaders.set('comparison.csv', () => Promise.reject(new TypeError('Failed to fetch')));
    let downloads = 0;
    const count = (e: Event) => (e.target as Element).matches?.('a[download]') && downloads++;
    document.addEventListener('click', count, true);
    try {
      button(el, 'Download CSV')!.click();
      await waitUntil(() => one(el, '[part~=toolbar] + [role=alert]'), 'the failure is announced');
      expect(text(el, '[role=alert]')).to.equal('This part could not be loaded; please try again.');
      expect(downloads).to.equal(0);
    } finally {
      document.removeEventListener('click', count, true);
      LazyPart.loaders.clear();
    }
  });

  it('says there is nothing to compare when the feed has no scores', async () => {
    const feed = rawCopy();
    feed.scores = [];
    const el = await mount<Comparison>((f) => html`<regin-region-comparison .feed=${f}></regin-region-comparison>`, feed);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.include('There are no indicator scores to compare.');
    await expect(el).to.be.accessible();
  });

  it('shows the illustrative-scores notice on screen, with the link to the published regional results', async () => {
    const feed = rawCopy();
    feed.sample = false;
    const el = await mount<Comparison>(
      (f) => html`<regin-region-comparison regions="ES51 PT20" .feed=${f}></regin-region-comparison>`,
      feed,
    );
    expect(text(el, '[part~=sample-notice]')).to.include('Illustrative scores: these indicator values are synthetic');
    const link = one<HTMLAnchorElement>(el, '[part~=sample-notice] a')!;
    expect(link.href).to.match(/^https:\/\/migrant-integration\.ec\.europa\.eu\/library-document\/mipex-r-/);
    expect(text(el, '[part~=sample-notice] a')).to.include('CIDOB and MPG');
    expect(el.shadowRoot!.querySelectorAll('thead .illustrative')).to.have.length(0);
  });

  it('marks by name the regions with synthetic scores when others have published ones, on screen and in the CSV', async () => {
    const feed = rawCopy();
    feed.sample = false;
    for (const s of feed.scores) if (s.region === 'PT20') s.synthetic = false;
    const el = await mount<Comparison>(
      (f) => html`<regin-region-comparison regions="ES51 PT20" .feed=${f}></regin-region-comparison>`,
      feed,
    );
    expect(text(el, '[part~=sample-notice]')).to.include('Some scores are illustrative');
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads).to.include('Catalonia (illustrative)');
    expect(heads).to.include('Azores');
    const download = captureDownload();
    button(el, 'Download CSV')!.click();
    const csv = await (await fetch((await download).href)).text();
    expect(csv).to.include('Dimension,Catalonia (illustrative),Azores,');
  });
});

describe('<regin-region-comparison> layout by its own width', () => {
  const sized = async (width: string, shows: string) => {
    const el = await compare('ES51 ITF3 PT20');
    el.style.width = width;
    await waitUntil(() => one(el, shows), 'the layout follows the width');
    await el.updateComplete;
    return el;
  };

  it('stacks a block per dimension below 480 px, with every value, mark and gap', async () => {
    const el = await sized('360px', '.stack');
    await expect(el).to.be.accessible();
    expect(one(el, 'table')).to.equal(null);
    const blocks = all(el, '.blocks > li');
    expect(blocks).to.have.length(9); // eight dimensions and the national reference
    const parts = [...blocks[0]!.querySelectorAll('.block-name, dt, dd')].map(spoken);
    expect(parts).to.deep.equal([
      'Labour market',
      'Catalonia',
      '67 (highest)',
      'Campania',
      '49 (lowest)',
      'Azores',
      '58',
      'Gap (highest − lowest)',
      '18',
    ]);
    expect(blocks[0]!.querySelectorAll('svg.plot .dot')).to.have.length(3);
  });

  it('shows the blocks when a region name has a word too long for the table', async () => {
    const feed = rawCopy();
    const region = feed.regions.find((r: { id: string }) => r.id === 'ES51');
    region.name = { en: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch' };
    const el = await mount<Comparison>(
      (f, group) => html`<regin-region-comparison group=${group} regions="ES51 ITF3 PT20" .feed=${f}></regin-region-comparison>`,
      feed,
    );
    el.style.width = '560px';
    await waitUntil(() => one(el, '.stack'), 'the blocks replace a table that would scroll sideways');
    expect(one(el, '.table-wrap')).to.equal(null);
    el.style.width = '1400px';
    await waitUntil(() => one(el, 'table'), 'the table comes back when there is room');
  });

  it('puts the dot plots under the values when the table is too narrow for them beside it', async () => {
    const el = await sized('560px', 'tr.plot-row');
    expect(all(el, 'tbody tr.plot-row svg.plot')).to.have.length(8);
    expect(one(el, 'td.plot-cell')).to.equal(null);
    el.style.width = '1100px';
    await waitUntil(() => one(el, 'td.plot-cell'), 'beside the values when wide');
    expect(one(el, 'tr.plot-row')).to.equal(null);
  });
});

describe('<regin-region-comparison> disabled picker buttons', () => {
  it('look unavailable and are announced so', async () => {
    const el = await compare('ES51 ITF3 PT20');
    const [left, right] = [...all<HTMLButtonElement>(el, '.pickers li')[0]!.querySelectorAll<HTMLButtonElement>('button.icon')];
    expect(left!.disabled, 'the first region cannot move left').to.equal(true);
    expect(right!.disabled).to.equal(false);
    const off = getComputedStyle(left!);
    const on = getComputedStyle(right!);
    expect(off.borderTopStyle).to.equal('dashed');
    expect(on.borderTopStyle).to.equal('solid');
    expect(off.backgroundColor).to.not.equal(on.backgroundColor);
    expect(off.color).to.not.equal(on.color);
  });
});
