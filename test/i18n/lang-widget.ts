/**
 * A small widget for the language tests: it extends the same base class as the four widgets and shows
 * a translated heading, a period, a count with plural forms, a feed text and the shared notices.
 */
import { html, render } from 'lit';
import { str } from '@lit/localize';
import { ReginElement } from '../../src/core/regin-element.js';
import { renderCredits, renderNotices } from '../../src/core/notices.js';
import { defineElement } from '../../src/core/define.js';
import type { Feed } from '../../src/feed/types.js';

export class TestLangWidget extends ReginElement {
  /** What `msg` gave during the last `willUpdate`. */
  willUpdateHeading = '';

  protected hasContent(feed: Feed): boolean {
    return feed.regions.length > 0;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.willUpdateHeading = this.i18n.msg('Loading data…', { id: 'notice.loading' });
  }

  protected override renderContent() {
    const { msg } = this.i18n;
    const region = this.feedData.feed?.regions[0];
    const name = region ? this.i18n.text(region.name) : undefined;
    const n = 1;
    return html`
      <h2>${msg('Loading data…', { id: 'notice.loading' })}</h2>
      <p class="period">${this.i18n.period('2021-03', undefined)}</p>
      <p class="count">${this.i18n.plural(n, {
        one: msg(str`${this.i18n.number(n)} entry in the data could not be used and is not shown.`, { id: 'notice.partial.one' }),
        other: msg(str`${this.i18n.number(n)} entries in the data could not be used and are not shown.`, {
          id: 'notice.partial.other',
        }),
      })}</p>
      <p class="number">${this.i18n.number(1234.5)}</p>
      ${name ? html`<p class="region" lang=${name.lang ?? ''}>${name.value}</p>` : ''}
      <button @click=${() => (this.clicked = msg('The data could not be loaded.', { id: 'notice.error' }))}>
        ${msg('The data could not be loaded.', { id: 'notice.error' })}
      </button>
      ${renderNotices(this.i18n, this.feedData.snapshot, this.state, { synthetic: 'all', debug: this.debug })}
      ${renderCredits(this.i18n, this.feedData.snapshot)}
    `;
  }

  /** The element's locale controller, for tests of its formats. */
  get locale() {
    return this.i18n;
  }

  /** What `msg` gave in the last click handler. */
  clicked = '';
}
defineElement('test-lang-widget', TestLangWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-lang-widget': TestLangWidget;
  }
}

/** A small valid feed: one region named in English and Catalan only, and a sample flag. */
export const FEED = {
  format: 'regin-feed',
  version: '1.0',
  updated: '2026-11-28T10:00:00Z',
  sample: true,
  title: { en: 'REGIN' },
  attribution: [],
  framework: { id: 'mipex-r', scale: [0, 100], dimensions: [{ id: 'labour', label: { en: 'Labour market mobility' } }] },
  regions: [{ id: 'ES51', name: { en: 'Catalonia', ca: 'Catalunya' }, country: 'ES', roles: ['regin-partner'], commissions: [] }],
  partners: [],
  scores: [],
  baselines: [],
  measures: [],
};

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container in the page and waits for every widget in it. (open-wc's
 * `fixture` waits for an animation frame for non-Lit roots, which never comes in a background tab.)
 */
export async function mount(template: unknown): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  await Promise.all([...container.querySelectorAll<TestLangWidget>('test-lang-widget')].map((w) => w.updateComplete));
  return container.firstElementChild as HTMLElement;
}

/** Removes everything {@link mount} added. */
export function unmountAll(): void {
  for (const c of mounted.splice(0)) c.remove();
}
