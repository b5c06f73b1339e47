import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { emit } from '../../src/core/events.js';
import { ReginElement } from '../../src/core/regin-element.js';
import {
  comparisonFollow,
  DEFAULT_GROUP,
  linkedRegionFilter,
  radarFollow,
  selectIn,
  selectedIn,
  subscribeSelection,
} from '../../src/core/selection.js';
import type { Feed } from '../../src/feed/types.js';

/** A minimal widget for these tests: one button per region; choosing one selects it for the group. */
class TestSelectWidget extends ReginElement {
  /** How many times it rendered (to see that a removed widget is left alone). */
  renders = 0;

  protected hasContent(feed: Feed): boolean {
    return feed.regions.length > 0;
  }

  protected override renderContent() {
    this.renders++;
    const selected = this.selection.selected;
    return litHtml`<p>Selected region: <output>${selected ?? 'none'}</output></p>
      ${['ES51', 'SE22'].map(
        (id) =>
          litHtml`<button aria-pressed=${selected === id ? 'true' : 'false'} @click=${() => this.choose(id)}>${id}</button>`,
      )}
      <button @click=${() => this.choose(null)}>Clear selection</button>`;
  }

  private choose(regionId: string | null): void {
    this.selection.select(regionId);
    emit(this, 'regin-region-select', { regionId });
  }
}
defineElement('test-select-widget', TestSelectWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-select-widget': TestSelectWidget;
  }
}

/** A feed set by script, so these widgets make no request. */
const FEED = {
  format: 'regin-feed',
  version: '1.0',
  framework: { id: 'mipex-r', scale: [0, 100], dimensions: [{ id: 'labour', label: 'Labour market' }] },
  regions: [
    { id: 'ES51', name: 'Catalunya', country: 'ES' },
    { id: 'SE22', name: 'Sydsverige', country: 'SE' },
  ],
};

const shown = (el: TestSelectWidget) => el.shadowRoot!.querySelector('output')!.textContent;
const button = (el: TestSelectWidget, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === name)!;
const pressed = (el: TestSelectWidget) =>
  [...el.shadowRoot!.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.textContent);

/** Renders widgets side by side; `groups[i]` is the i-th widget's group (`undefined`: none). */
async function page(...groups: Array<string | undefined>): Promise<TestSelectWidget[]> {
  const root = await fixture<HTMLDivElement>(html`<div>
    ${groups.map((g) => html`<test-select-widget .feed=${FEED} group=${g ?? ''}></test-select-widget>`)}
  </div>`);
  const widgets = [...root.querySelectorAll('test-select-widget')];
  widgets.forEach((w, i) => groups[i] === undefined && w.removeAttribute('group'));
  await Promise.all(widgets.map((w) => w.updateComplete));
  return widgets;
}

async function settle(...widgets: TestSelectWidget[]): Promise<void> {
  await Promise.all(widgets.map((w) => w.updateComplete));
}

let n = 0;
/** A group name no other test uses. */
const fresh = (name: string) => `${name}-${++n}`;

afterEach(() => selectIn(DEFAULT_GROUP, null));

describe('selection groups', () => {
  it('selectIn() tells subscribers of the same group only', () => {
    const seen: Array<string | null> = [];
    const other: Array<string | null> = [];
    const off = subscribeSelection('g1', (id) => seen.push(id));
    const offOther = subscribeSelection('g2', (id) => other.push(id));
    selectIn('g1', 'ES51');
    selectIn('g1', 'ES51'); // no change, no call
    selectIn('g1', null);
    off();
    offOther();
    expect(seen).to.deep.equal(['ES51', null]);
    expect(other).to.deep.equal([]);
    expect(selectedIn('g1')).to.equal(null);
  });

  it('selectIn() does not call the listener it is told to skip', () => {
    const seen: string[] = [];
    const self = (id: string | null) => seen.push(`self ${id}`);
    const offSelf = subscribeSelection('g3', self);
    const offOther = subscribeSelection('g3', (id) => seen.push(`other ${id}`));
    selectIn('g3', 'PT20', self);
    offSelf();
    offOther();
    expect(seen).to.deep.equal(['other PT20']);
  });

  it('stops calling a listener after it unsubscribed', () => {
    const seen: Array<string | null> = [];
    const off = subscribeSelection('g4', (id) => seen.push(id));
    off();
    selectIn('g4', 'ES51');
    expect(seen).to.deep.equal([]);
    expect(selectedIn('g4')).to.equal('ES51');
  });

  it('shares one registry between two copies of the library', () => {
    const key = Symbol.for('regin-widgets.selection.v1');
    selectIn('shared', 'PT20');
    const registry = (globalThis as unknown as Record<symbol, Map<string, { selected: string | null }>>)[key];
    expect(registry.get('shared')?.selected).to.equal('PT20');
  });
});

describe('selection linking between widgets', () => {
  it('passes an accessibility check', async () => {
    const [a] = await page(undefined);
    await expect(a).to.be.accessible();
  });

  it('links widgets without a group: choosing a region in one shows it in the others', async () => {
    const [a, b, c] = await page(undefined, undefined, undefined);
    button(a!, 'SE22').click();
    await settle(a!, b!, c!);
    expect([a, b, c].map((w) => shown(w!))).to.deep.equal(['SE22', 'SE22', 'SE22']);
    expect(pressed(b!)).to.deep.equal(['SE22']);
    button(c!, 'Clear selection').click();
    await settle(a!, b!, c!);
    expect([a, b, c].map((w) => shown(w!))).to.deep.equal(['none', 'none', 'none']);
  });

  it('fires regin-region-select on the widget the user used, and not on the ones that follow', async () => {
    const [a, b] = await page(undefined, undefined);
    const heard: string[] = [];
    a!.addEventListener('regin-region-select', (e) => heard.push(`a ${e.detail.regionId}`));
    b!.addEventListener('regin-region-select', (e) => heard.push(`b ${e.detail.regionId}`));
    button(a!, 'ES51').click();
    await settle(a!, b!);
    expect(heard).to.deep.equal(['a ES51']);
  });

  it('does not emit regin-region-select when the selection is set by script', async () => {
    const [a] = await page(undefined);
    const heard: unknown[] = [];
    a!.addEventListener('regin-region-select', (e) => heard.push(e.detail));
    selectIn(DEFAULT_GROUP, 'SE22');
    await settle(a!);
    expect(shown(a!)).to.equal('SE22');
    expect(heard).to.deep.equal([]);
  });

  it('keeps two groups on one page apart', async () => {
    const north = fresh('north');
    const south = fresh('south');
    const [n1, n2, s1, s2] = await page(north, north, south, south);
    button(n1!, 'SE22').click();
    button(s2!, 'ES51').click();
    await settle(n1!, n2!, s1!, s2!);
    expect([n1, n2, s1, s2].map((w) => shown(w!))).to.deep.equal(['SE22', 'SE22', 'ES51', 'ES51']);
  });

  it('does not link a widget with a group to widgets without one', async () => {
    const [plain, grouped] = await page(undefined, fresh('sidebar'));
    button(plain!, 'ES51').click();
    await settle(plain!, grouped!);
    expect(shown(grouped!)).to.equal('none');
  });

  it('follows its new group when the group attribute changes', async () => {
    const left = fresh('left');
    const right = fresh('right');
    const [l, r, mover] = await page(left, right, left);
    button(l!, 'ES51').click();
    button(r!, 'SE22').click();
    await settle(l!, r!, mover!);
    expect(shown(mover!)).to.equal('ES51');
    mover!.setAttribute('group', right);
    await settle(mover!);
    expect(shown(mover!)).to.equal('SE22');
    button(r!, 'ES51').click(); // the new group reaches it …
    await settle(r!, mover!);
    expect(shown(mover!)).to.equal('ES51');
    const renders = mover!.renders;
    button(l!, 'Clear selection').click(); // … the old one no longer does
    await settle(l!, mover!);
    expect(shown(mover!)).to.equal('ES51');
    expect(mover!.renders).to.equal(renders);
  });

  it('leaves a removed widget alone and shows the current selection when it comes back', async () => {
    const group = fresh('reconnect');
    const [a, b] = await page(group, group);
    const parent = b!.parentElement!;
    b!.remove();
    const renders = b!.renders;
    button(a!, 'SE22').click();
    await settle(a!, b!);
    expect(b!.renders, 'no render while removed').to.equal(renders);
    parent.append(b!);
    await settle(b!);
    expect(shown(b!)).to.equal('SE22');
    button(b!, 'ES51').click();
    await settle(a!, b!);
    expect(shown(a!), 'linked again').to.equal('ES51');
  });

  it('picks up a selection made before the widget connected', async () => {
    const group = fresh('early');
    selectIn(group, 'SE22');
    const [late] = await page(group);
    expect(shown(late!)).to.equal('SE22');
    expect(pressed(late!)).to.deep.equal(['SE22']);
  });
});

describe('linkedRegionFilter()', () => {
  it('puts the linked region first and does not repeat it', () => {
    expect(linkedRegionFilter('ES51', ['PT20', 'ES51'])).to.deep.equal(['ES51', 'PT20']);
  });
  it('is the ticked regions when nothing is linked', () => {
    expect(linkedRegionFilter(null, ['PT20'])).to.deep.equal(['PT20']);
  });
});

describe('radarFollow()', () => {
  const scored = (id: string) => id !== 'SE214';
  it('shows a selected region that has scores', () => {
    expect(radarFollow('ES51', 'PT20', scored)).to.deep.equal({ show: 'ES51', unscored: null });
  });
  it('keeps the region shown before when the selected one has no scores, and names it', () => {
    expect(radarFollow('SE214', 'PT20', scored)).to.deep.equal({ show: 'PT20', unscored: 'SE214' });
  });
  it('keeps the region shown before when the selection is cleared', () => {
    expect(radarFollow(null, 'PT20', scored)).to.deep.equal({ show: 'PT20', unscored: null });
  });
});

describe('comparisonFollow()', () => {
  const scored = (id: string) => id !== 'SE214';
  const cols = (ids: string[], linked: string | null = null) => ({ ids, linked });
  it('adds a scored region to a free column and remembers it as the linked column', () => {
    expect(comparisonFollow(cols(['ES51', 'PT20']), 'ITF4', scored, 6)).to.deep.equal({
      kind: 'added',
      columns: { ids: ['ES51', 'PT20', 'ITF4'], linked: 'ITF4' },
    });
  });
  it('replaces only the column the previous selection added', () => {
    expect(comparisonFollow(cols(['ES51', 'ITF4', 'PT20'], 'ITF4'), 'ES62', scored, 3)).to.deep.equal({
      kind: 'added',
      columns: { ids: ['ES51', 'ES62', 'PT20'], linked: 'ES62' },
    });
  });
  it('offers instead of replacing when every column is a choice', () => {
    expect(comparisonFollow(cols(['ES51', 'PT20']), 'ITF4', scored, 2)).to.deep.equal({ kind: 'full', region: 'ITF4' });
  });
  it('leaves the columns alone for a region without scores, one already shown, or no selection', () => {
    expect(comparisonFollow(cols(['ES51', 'PT20']), 'SE214', scored, 6)).to.deep.equal({ kind: 'unscored', region: 'SE214' });
    expect(comparisonFollow(cols(['ES51', 'PT20']), 'PT20', scored, 6)).to.deep.equal({ kind: 'none' });
    expect(comparisonFollow(cols(['ES51', 'PT20'], 'PT20'), null, scored, 6)).to.deep.equal({ kind: 'none' });
  });
});
