import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineElement } from '../../src/core/define.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/core/events.js';
import { renderNotices } from '../../src/core/notices.js';
import { ReginElement } from '../../src/core/regin-element.js';
import type { FeedSnapshot } from '../../src/feed/state.js';
import { configureFeedStore, primeFeedStore, resetFeedStore } from '../../src/feed/store.js';
import type { Feed } from '../../src/feed/types.js';
import { eventually, hits, pause, testRoute } from '../feed/test-server.js';

/** A minimal widget for these tests: the shared notices and the list of region names. */
class TestFeedWidget extends ReginElement {
  /** The feed the widget shows (for the tests). */
  get currentFeed(): Feed | null {
    return this.feedData.feed;
  }

  protected hasContent(feed: Feed): boolean {
    return feed.regions.length > 0;
  }

  protected override renderContent() {
    const regions = this.feedData.feed?.regions ?? [];
    return litHtml`${renderNotices(this.i18n, this.feedData.snapshot, this.state)}
      <ul aria-label="Regions">
        ${regions.map((r) => {
          const name = this.i18n.text(r.name);
          return litHtml`<li lang=${name.lang ?? ''}>${name.value}</li>`;
        })}
      </ul>`;
  }
}
defineElement('test-feed-widget', TestFeedWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-feed-widget': TestFeedWidget;
  }
}

interface Heard {
  loads: FeedLoadDetail[];
  errors: FeedErrorDetail[];
}

/** Creates a widget with listeners attached before it is inserted into `parent`. */
function widget(
  attrs: { src?: string; refresh?: number } = {},
  parent: HTMLElement = document.body,
): { el: TestFeedWidget; heard: Heard } {
  const el = document.createElement('test-feed-widget');
  if (attrs.src) el.setAttribute('src', attrs.src);
  if (attrs.refresh) el.setAttribute('refresh', String(attrs.refresh));
  const heard = listen(el);
  parent.append(el);
  return { el, heard };
}

function listen(el: HTMLElement): Heard {
  const heard: Heard = { loads: [], errors: [] };
  el.addEventListener('regin-feed-load', (e) => heard.loads.push(e.detail));
  el.addEventListener('regin-feed-error', (e) => heard.errors.push(e.detail));
  return heard;
}

const names = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const stateOf = (el: HTMLElement) => el.getAttribute('state');

const scriptFeed = {
  format: 'regin-feed',
  version: '1.0',
  framework: { id: 'mipex-r', scale: [0, 100], dimensions: [{ id: 'labour', label: 'Labour market' }] },
  regions: [{ id: 'PT20', name: 'Região Autónoma dos Açores', country: 'PT', roles: ['regin-partner'] }],
};

const visibility: DocumentVisibilityState = 'visible';
const host = document.createElement('div');

before(() => {
  // Polling must not depend on whether this test page is the test browser's foreground tab.
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  document.body.append(host);
});
after(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
  host.remove();
});
beforeEach(() => configureFeedStore({ load: { timeoutMs: 2000, retries: 0 }, storage: null, minRefreshSeconds: 0.05 }));
afterEach(() => {
  host.replaceChildren();
  resetFeedStore();
});

describe('FeedController on a widget', () => {
  it('passes an accessibility check once loaded', async () => {
    const { el } = widget({ src: testRoute('feed').url }, host);
    await eventually(() => stateOf(el) === 'ready', 'ready');
    await expect(el).to.be.accessible();
  });

  it('reflects loading, then ready, and shows the feed', async () => {
    const { el } = widget({ src: testRoute('feed', { delay: '100' }).url }, host);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('loading');
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.include('Loading');
    await eventually(() => stateOf(el) === 'ready', 'ready');
    expect(names(el)).to.deep.equal(['Catalunya', 'Sydsverige']);
  });

  it('fires regin-feed-load once, bubbling out of the shadow root, with the URL and counts', async () => {
    const { url } = testRoute('feed');
    const outer: Event[] = [];
    const onOuter = (e: Event) => outer.push(e);
    document.addEventListener('regin-feed-load', onOuter);
    const { el, heard } = widget({ src: url }, host);
    await eventually(() => heard.loads.length > 0, 'regin-feed-load');
    await pause(50);
    document.removeEventListener('regin-feed-load', onOuter);
    expect(heard.loads).to.deep.equal([
      { url, counts: { regions: 2, partners: 1, scores: 3, baselines: 0, measures: 1, dropped: 0 } },
    ]);
    expect(heard.errors).to.deep.equal([]);
    expect(outer).to.have.length(1);
    expect(outer[0]).to.include({ bubbles: true, composed: true, target: el });
  });

  it('makes one request for two widgets and each fires regin-feed-load once', async () => {
    const { url, key } = testRoute('feed', { delay: '50' });
    const a = widget({ src: url }, host);
    const b = widget({ src: url }, host);
    await eventually(() => a.heard.loads.length > 0 && b.heard.loads.length > 0, 'both loads');
    await pause(50);
    expect(a.heard.loads).to.have.length(1);
    expect(b.heard.loads).to.have.length(1);
    expect((await hits('feed', key)).hits).to.equal(1);
  });

  it('lets a listener added right after insertion hear about a feed that was already loaded', async () => {
    const { url } = testRoute('feed');
    const first = widget({ src: url }, host);
    await eventually(() => first.heard.loads.length === 1, 'the first load');
    const el = document.createElement('test-feed-widget');
    el.src = url;
    host.append(el);
    const heard = listen(el); // after insertion
    await eventually(() => heard.loads.length === 1, 'regin-feed-load on the second widget');
  });

  it('fires regin-feed-error once when the load fails, and shows the reason as an alert (the message is for the console)', async () => {
    const { url } = testRoute('status', { code: '404' });
    const { el, heard } = widget({ src: url }, host);
    await eventually(() => heard.errors.length > 0, 'regin-feed-error');
    await pause(50);
    expect(heard.errors).to.have.length(1);
    expect(heard.errors[0]).to.include({ url, code: 'http' });
    expect(heard.errors[0]!.message).to.include('404');
    expect(heard.loads).to.deep.equal([]);
    expect(stateOf(el)).to.equal('error');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')?.textContent;
    expect(alert).to.include('The server answered with an error.');
    expect(alert).not.to.include(heard.errors[0]!.message);
  });

  it('goes stale when a poll fails: one load event, one error event, and the data stays', async () => {
    const { url, key } = testRoute('seq', { steps: 'ok,500' });
    const { el, heard } = widget({ src: url, refresh: 1 }, host);
    await eventually(() => stateOf(el) === 'stale', 'stale');
    await eventually(async () => (await hits('seq', key)).hits >= 4, 'more failing polls');
    await pause(50);
    expect(heard.loads).to.have.length(1);
    expect(heard.errors).to.have.length(1);
    expect(heard.errors[0]).to.include({ code: 'http' });
    expect(names(el)).to.deep.equal(['Catalunya', 'Sydsverige']);
  });

  it('fires regin-feed-load again when a stale feed is confirmed by a later load', async () => {
    const { url } = testRoute('seq', { steps: 'ok,500,ok' });
    const { el, heard } = widget({ src: url, refresh: 1 }, host);
    await eventually(() => heard.loads.length === 2, 'the second load');
    expect(heard.errors).to.have.length(1);
    expect(stateOf(el)).to.equal('ready');
  });

  it('does not emit when .feed is set by script', async () => {
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget></test-feed-widget>`);
    const heard = listen(el);
    el.feed = scriptFeed;
    await el.updateComplete;
    await pause(50);
    expect(stateOf(el)).to.equal('ready');
    expect(names(el)).to.deep.equal(['Região Autónoma dos Açores']);
    expect(heard).to.deep.equal({ loads: [], errors: [] });
  });

  it('does not emit when an unusable .feed is set by script, but shows the error', async () => {
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget></test-feed-widget>`);
    const heard = listen(el);
    el.feed = { type: 'FeatureCollection' };
    await el.updateComplete;
    await pause(50);
    expect(stateOf(el)).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('The data file is not a usable REGIN feed.');
    expect(heard).to.deep.equal({ loads: [], errors: [] });
  });

  it('does not emit again, nor request again, when refresh is changed by script', async () => {
    const { url, key } = testRoute('feed');
    const { el, heard } = widget({ src: url }, host);
    await eventually(() => heard.loads.length === 1, 'the load');
    el.refresh = 3600;
    await el.updateComplete;
    await pause(100);
    expect(heard.loads).to.have.length(1);
    expect((await hits('feed', key)).hits).to.equal(1);
  });

  it('does not emit when the widget is moved in the page', async () => {
    const { url, key } = testRoute('feed');
    const { el, heard } = widget({ src: url }, host);
    await eventually(() => heard.loads.length === 1, 'the load');
    const other = document.createElement('section');
    host.append(other);
    other.append(el);
    await el.updateComplete;
    await pause(100);
    expect(heard.loads).to.have.length(1);
    expect(stateOf(el)).to.equal('ready');
    expect((await hits('feed', key)).hits).to.equal(1);
  });

  it('fires regin-feed-load for the new feed when src changes', async () => {
    const a = testRoute('feed', { variant: 'a' });
    const b = testRoute('feed', { variant: 'b' });
    const { el, heard } = widget({ src: a.url }, host);
    await eventually(() => heard.loads.length === 1, 'the first load');
    el.src = b.url;
    await eventually(() => heard.loads.length === 2, 'the second load');
    expect(heard.loads.map((d) => d.url)).to.deep.equal([a.url, b.url]);
  });

  it('shows the right state at once when src changes to a feed the page already has', async () => {
    const a = testRoute('feed');
    const b = testRoute('feed', { variant: 'b' });
    const error: FeedSnapshot = {
      url: b.url,
      loading: false,
      feed: null,
      problems: [],
      error: { code: 'timeout', message: 'Too slow.' },
    };
    primeFeedStore(b.url, error);
    const { el, heard } = widget({ src: a.url }, host);
    await eventually(() => stateOf(el) === 'ready', 'ready');
    el.src = b.url;
    await eventually(() => stateOf(el) === 'error', 'the state of the other feed', 1000);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('The server took too long to answer.');
    await pause(50);
    expect(heard.errors).to.deep.equal([{ url: b.url, code: 'timeout', message: 'Too slow.' }]);
  });

  it('reflects stale, partial and empty from primed snapshots', async () => {
    const { url } = testRoute('feed');
    const loaded = widget({ src: url }, host);
    await eventually(() => stateOf(loaded.el) === 'ready', 'ready');
    const feed = loaded.el.currentFeed!;
    const cases: Array<[string, FeedSnapshot]> = [
      ['stale', { url, loading: false, feed, problems: [], error: { code: 'network', message: 'Offline.' } }],
      [
        'partial',
        {
          url,
          loading: false,
          feed,
          problems: [{ path: '$.regions[2]', severity: 'dropped', code: 'left-out', params: ['no-id', 'region'] }],
          error: null,
        },
      ],
      ['empty', { url, loading: false, feed: { ...feed, regions: [] }, problems: [], error: null }],
    ];
    for (const [state, snapshot] of cases) {
      primeFeedStore(url, snapshot);
      await eventually(() => stateOf(loaded.el) === state, state, 1000);
    }
  });
});
