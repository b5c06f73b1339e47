import { expect } from '@open-wc/testing';
import { CACHE_PREFIX, readCachedFeed, writeCachedFeed } from '../../src/feed/cache.js';
import { hashText } from '../../src/feed/loader.js';
import type { FeedSnapshot } from '../../src/feed/state.js';
import { configureFeedStore, primeFeedStore, resetFeedStore, subscribeFeed } from '../../src/feed/store.js';
import { eventually, hits, pause, testRoute } from './test-server.js';

/** An in-memory `Storage`, so tests never touch the page's real localStorage. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

/** Storage that throws on every access, as in a sandboxed frame. */
class ForbiddenStorage extends MemoryStorage {
  override getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

/** Storage that is full until our own entries are removed. */
class FullStorage extends MemoryStorage {
  override setItem(k: string, v: string): void {
    if (this.length > 0) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    super.setItem(k, v);
  }
}

const FAST = { timeoutMs: 2000, retries: 0, backoffMs: 5, maxBackoffMs: 20 };

/** Records every snapshot a subscription receives. */
function record(url: string | null, refresh = 0) {
  const seen: FeedSnapshot[] = [];
  const off = subscribeFeed(url, { refresh }, (s) => seen.push(s));
  const last = () => seen[seen.length - 1]!;
  return { seen, off, last };
}

const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

const title = (s: FeedSnapshot) => s.feed?.title?.en;

let storage: MemoryStorage;

// The page's visibility is set by each test: a test page that happens to be in a background tab of the
// test browser would otherwise pause polling.
let visibility: DocumentVisibilityState = 'visible';
function setVisibility(v: DocumentVisibilityState): void {
  visibility = v;
  document.dispatchEvent(new Event('visibilitychange'));
}
before(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
after(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
});

beforeEach(() => {
  storage = new MemoryStorage();
  configureFeedStore({ load: FAST, storage, minRefreshSeconds: 0.05 });
});

afterEach(() => {
  resetFeedStore();
});

describe('subscribeFeed()', () => {
  describe('sharing', () => {
    it('makes one request however many widgets subscribe', async () => {
      const { url, key } = testRoute('feed', { delay: '50' });
      const relative = new URL(url).pathname + new URL(url).search;
      const subs = [record(url), record(url), record(relative)];
      await eventually(() => subs.every((s) => s.last().feed !== null), 'every subscriber to get the feed');
      expect((await hits('feed', key)).hits).to.equal(1);
      const feeds = new Set(subs.map((s) => s.last().feed));
      expect(feeds.size, 'one normalised feed object shared').to.equal(1);
      subs.forEach((s) => s.off());
    });

    it('publishes loading first, then the feed, with the absolute URL', async () => {
      const { url } = testRoute('feed');
      const sub = record(url);
      expect(sub.seen).to.have.length(1);
      expect(sub.seen[0]).to.include({ loading: true, feed: null, error: null, url });
      await eventually(() => sub.seen.length === 2, 'the feed');
      expect(sub.last()).to.include({ loading: false, error: null, url });
      expect(title(sub.last())).to.equal('Test feed a');
      expect(sub.last().fetchedAt).to.be.a('number');
      sub.off();
    });

    it('gives a late subscriber the current snapshot at once, without a new request', async () => {
      const { url, key } = testRoute('feed');
      const first = record(url);
      await eventually(() => first.last().feed !== null, 'the feed');
      const late = record(url);
      expect(late.seen).to.have.length(1);
      expect(late.seen[0]).to.equal(first.last());
      expect((await hits('feed', key)).hits).to.equal(1);
      first.off();
      late.off();
    });

    it('reports the built-in feed with url: null', async () => {
      const sub = record(null);
      await eventually(() => !sub.last().loading, 'the built-in feed');
      expect(sub.last().url).to.equal(null);
      expect(sub.last().error).to.equal(null);
      expect(sub.last().feed?.format).to.equal('regin-feed');
      sub.off();
    });

    it('shares its registry between copies of the library through a global symbol', async () => {
      const { url } = testRoute('feed');
      const sub = record(url);
      const registry = (globalThis as unknown as Record<symbol, { sources: Map<string, unknown> }>)[
        Symbol.for('regin-widgets.feed-store.v1')
      ];
      expect(registry.sources.has(url)).to.equal(true);
      sub.off();
    });

    it('refuses an address that is not http(s), without a request', () => {
      let calls = 0;
      configureFeedStore({
        fetch: async () => {
          calls++;
          throw new TypeError('no');
        },
      });
      const sub = record('javascript:alert(1)');
      expect(sub.last()).to.include({ loading: false, feed: null });
      expect(sub.last().error?.message).to.include('not a valid http or https URL');
      expect(calls).to.equal(0);
      sub.off();
    });
  });

  describe('leaving', () => {
    it('aborts the request when the last subscriber leaves', async () => {
      const { url, key } = testRoute('hang');
      const a = record(url);
      const b = record(url);
      await eventually(async () => (await hits('hang', key)).hits === 1, 'the request');
      a.off();
      await pause(50);
      expect((await hits('hang', key)).aborted, 'one subscriber is still there').to.equal(0);
      b.off();
      await eventually(async () => (await hits('hang', key)).aborted === 1, 'the request to be closed');
      expect(a.seen).to.have.length(1);
      expect(b.seen).to.have.length(1);
    });

    it('stops polling when the last subscriber leaves', async () => {
      const { url, key } = testRoute('feed');
      const sub = record(url, 0.05);
      await eventually(async () => (await hits('feed', key)).hits >= 2, 'a poll');
      sub.off();
      await pause(30);
      const after = (await hits('feed', key)).hits;
      await pause(250);
      expect((await hits('feed', key)).hits).to.equal(after);
    });

    it('keeps the source when a widget leaves and re-joins in the same task (moved in the DOM)', async () => {
      const { url, key } = testRoute('feed');
      const first = record(url);
      await eventually(() => first.last().feed !== null, 'the feed');
      first.off();
      const again = record(url);
      expect(again.seen[0]?.feed).to.equal(first.last().feed);
      await pause(50);
      expect((await hits('feed', key)).hits).to.equal(1);
      again.off();
    });

    it('loads again for a subscriber that comes after everyone left', async () => {
      const { url, key } = testRoute('feed');
      const first = record(url);
      await eventually(() => first.last().feed !== null, 'the feed');
      first.off();
      await pause(0);
      const later = record(url);
      expect(later.seen[0]?.loading).to.equal(true);
      await eventually(() => later.last().feed !== null, 'the feed again');
      expect((await hits('feed', key)).hits).to.equal(2);
      later.off();
    });

    it('does not call a listener after it unsubscribed', async () => {
      const { url } = testRoute('feed', { delay: '50' });
      const gone = record(url);
      const stays = record(url);
      gone.off();
      await eventually(() => stays.last().feed !== null, 'the feed');
      expect(gone.seen).to.have.length(1);
      stays.off();
    });
  });

  describe('failures', () => {
    it('publishes the error when the first load fails and nothing is stored', async () => {
      const { url } = testRoute('status', { code: '404' });
      const sub = record(url);
      await eventually(() => !sub.last().loading, 'the error');
      expect(sub.last().feed).to.equal(null);
      expect(sub.last().error).to.include({ code: 'http', status: 404 });
      sub.off();
    });

    it('publishes a feed the normaliser refuses as an invalid error', async () => {
      const { url } = testRoute('invalid');
      const sub = record(url);
      await eventually(() => !sub.last().loading, 'the error');
      expect(sub.last().feed).to.equal(null);
      expect(sub.last().error?.code).to.equal('invalid');
      sub.off();
    });

    it('publishes a feed of another major version as a version error', async () => {
      const { url } = testRoute('version');
      const sub = record(url);
      await eventually(() => !sub.last().loading, 'the error');
      expect(sub.last().error?.code).to.equal('version');
      sub.off();
    });

    it('keeps good data and adds the error when a poll fails (stale)', async () => {
      const { url } = testRoute('seq', { steps: 'ok,500' });
      const sub = record(url, 0.05);
      await eventually(() => sub.last().error !== null, 'the failed poll');
      const [loading, ready, stale] = sub.seen;
      expect(loading?.loading).to.equal(true);
      expect(stale?.feed, 'the same good feed').to.equal(ready?.feed);
      expect(stale?.error).to.include({ code: 'http', status: 500 });
      expect(stale?.fetchedAt).to.equal(ready?.fetchedAt);
      sub.off();
    });

    it('does not publish the same error again on every failing poll', async () => {
      const { url, key } = testRoute('seq', { steps: 'ok,500' });
      const sub = record(url, 0.05);
      await eventually(async () => (await hits('seq', key)).hits >= 5, 'several failing polls');
      expect(sub.seen).to.have.length(3);
      sub.off();
    });

    it('keeps good data when a poll returns a feed the normaliser refuses', async () => {
      const { url } = testRoute('seq', { steps: 'ok,invalid' });
      const sub = record(url, 0.05);
      await eventually(() => sub.last().error !== null, 'the refused feed');
      expect(sub.last().feed).to.equal(sub.seen[1]?.feed);
      expect(sub.last().error?.code).to.equal('invalid');
      sub.off();
    });

    it('keeps good data when a poll returns a web page', async () => {
      const { url } = testRoute('seq', { steps: 'ok,html' });
      const sub = record(url, 0.05);
      await eventually(() => sub.last().error !== null, 'the failed poll');
      expect(sub.last().feed).to.equal(sub.seen[1]?.feed);
      expect(sub.last().error?.code).to.equal('content-type');
      sub.off();
    });

    it('clears the error when the same feed comes back, keeping the feed object', async () => {
      const { url } = testRoute('seq', { steps: 'ok,500,ok' });
      const sub = record(url, 0.05);
      await eventually(() => sub.seen.length === 4, 'recovery');
      expect(sub.seen.map((s) => (s.loading ? 'loading' : s.error ? 'error' : 'ok'))).to.deep.equal([
        'loading',
        'ok',
        'error',
        'ok',
      ]);
      expect(sub.seen[3]?.feed).to.equal(sub.seen[1]?.feed);
      sub.off();
    });

    it('replaces stale data with a new feed when it arrives', async () => {
      const { url } = testRoute('seq', { steps: 'ok,500,ok2' });
      const sub = record(url, 0.05);
      await eventually(() => sub.seen.length === 4, 'the new feed');
      expect(sub.last().error).to.equal(null);
      expect(title(sub.last())).to.equal('Test feed b');
      sub.off();
    });

    it('checks again when the browser comes back online', async () => {
      const { url } = testRoute('seq', { steps: '503,ok' });
      const sub = record(url); // no polling
      await eventually(() => sub.last().error !== null, 'the error');
      window.dispatchEvent(new Event('online'));
      await eventually(() => sub.last().feed !== null, 'the feed after coming online');
      expect(sub.last().error).to.equal(null);
      sub.off();
    });
  });

  describe('the stored copy', () => {
    async function loadOnce(url: string): Promise<FeedSnapshot> {
      const sub = record(url);
      await eventually(() => !sub.last().loading, 'the first load');
      sub.off();
      resetFeedStore(); // as a new page would start
      return sub.last();
    }

    it('stores the last good feed per URL, with its fetch time', async () => {
      const { url } = testRoute('feed');
      const good = await loadOnce(url);
      const stored = readCachedFeed(url, storage);
      expect(stored?.fetchedAt).to.equal(good.fetchedAt);
      expect((stored?.raw as { format: string }).format).to.equal('regin-feed');
      expect(storage.key(0)).to.equal(CACHE_PREFIX + url);
    });

    it('shows the stored copy as stale on a fresh page load while offline', async () => {
      const { url } = testRoute('feed');
      const good = await loadOnce(url);
      configureFeedStore({ load: FAST, storage, fetch: offline });
      const sub = record(url);
      expect(sub.seen[0]?.loading, 'not shown before the network fails').to.equal(true);
      await eventually(() => !sub.last().loading, 'the stored copy');
      expect(title(sub.last())).to.equal('Test feed a');
      expect(sub.last().error?.code).to.equal('network');
      expect(sub.last().fetchedAt).to.equal(good.fetchedAt);
      expect(sub.last().url).to.equal(url);
      sub.off();
    });

    it('shows the stored copy as soon as the first attempt fails, while retries go on', async () => {
      const { url } = testRoute('feed');
      await loadOnce(url);
      let calls = 0;
      configureFeedStore({
        storage,
        load: { ...FAST, retries: 2, backoffMs: 150, maxBackoffMs: 150 },
        fetch: async (input, init) => {
          if (++calls < 3) throw new TypeError('Failed to fetch');
          return fetch(input, init);
        },
      });
      const sub = record(url);
      await eventually(() => sub.last().error !== null, 'the stored copy');
      expect(calls).to.equal(1);
      await eventually(() => sub.last().error === null, 'the live feed after the retries');
      expect(calls).to.equal(3);
      expect(sub.seen.map((s) => (s.loading ? 'loading' : s.error ? 'stale' : 'ready'))).to.deep.equal([
        'loading',
        'stale',
        'ready',
      ]);
      sub.off();
    });

    it('is not shown when the network load works', async () => {
      const old = testRoute('feed', { variant: 'old' });
      const current = testRoute('feed');
      const raw = await (await fetch(old.url)).json();
      writeCachedFeed(current.url, { raw, fetchedAt: 1, hash: 'old' }, storage);
      const sub = record(current.url);
      await eventually(() => !sub.last().loading, 'the feed');
      expect(sub.seen.map(title)).to.deep.equal([undefined, 'Test feed a']);
      sub.off();
    });

    it('ignores a damaged stored copy', async () => {
      const { url } = testRoute('status', { code: '500' });
      storage.setItem(CACHE_PREFIX + url, '{"v":1,"fetchedAt":');
      const sub = record(url);
      await eventually(() => !sub.last().loading, 'the error');
      expect(sub.last().feed).to.equal(null);
      expect(storage.getItem(CACHE_PREFIX + url)).to.equal(null);
      sub.off();
    });

    it('works, without a copy, when storage throws SecurityError', async () => {
      configureFeedStore({ storage: new ForbiddenStorage() });
      const { url } = testRoute('seq', { steps: 'ok,500' });
      const sub = record(url);
      await eventually(() => sub.last().feed !== null, 'the feed');
      sub.off();
      resetFeedStore();
      configureFeedStore({ load: FAST, storage: new ForbiddenStorage() });
      const again = record(url);
      await eventually(() => !again.last().loading, 'the error');
      expect(again.last().feed).to.equal(null);
      expect(again.last().error?.status).to.equal(500);
      again.off();
    });

    it('does not store a copy over the size cap, and drops the older one', async () => {
      const { url } = testRoute('feed');
      writeCachedFeed(url, { raw: { format: 'regin-feed' }, fetchedAt: 1, hash: 'h' }, storage);
      configureFeedStore({ cacheMaxChars: 200 });
      await loadOnce(url);
      expect(storage.length).to.equal(0);
    });

    it('makes room among its own copies when storage is full', () => {
      const full = new FullStorage();
      full.setItem(CACHE_PREFIX + 'https://a.example/feed.json', '{}');
      const stored = writeCachedFeed('https://b.example/feed.json', { raw: {}, fetchedAt: 1, hash: hashText('{}') }, full);
      expect(stored).to.equal(true);
      expect(full.getItem(CACHE_PREFIX + 'https://a.example/feed.json')).to.equal(null);
      expect(readCachedFeed('https://b.example/feed.json', full)?.fetchedAt).to.equal(1);
    });
  });

  describe('polling', () => {
    it('does not poll without refresh', async () => {
      const { url, key } = testRoute('feed');
      const sub = record(url);
      await eventually(() => sub.last().feed !== null, 'the feed');
      await pause(250);
      expect((await hits('feed', key)).hits).to.equal(1);
      sub.off();
    });

    it('publishes each new feed a poll brings', async () => {
      const { url } = testRoute('changing');
      const sub = record(url, 0.05);
      await eventually(() => sub.seen.length >= 4, 'three feeds');
      const titles = sub.seen.slice(1).map(title);
      expect(new Set(titles).size).to.equal(titles.length);
      expect(sub.seen.slice(1).every((s) => s.error === null && !s.loading)).to.equal(true);
      sub.off();
    });

    it('does not publish again when a poll returns the same content', async () => {
      const { url, key } = testRoute('feed');
      const sub = record(url, 0.05);
      await eventually(async () => (await hits('feed', key)).hits >= 4, 'three polls');
      expect(sub.seen).to.have.length(2);
      sub.off();
    });

    it('asks with If-None-Match and does not publish on 304', async () => {
      const { url, key } = testRoute('etag');
      const sub = record(url, 0.05);
      await eventually(async () => (await hits('etag', key)).conditional >= 2, 'two conditional polls');
      expect(sub.seen).to.have.length(2);
      sub.off();
    });

    it('uses the smallest positive refresh among subscribers', async () => {
      configureFeedStore({ minRefreshSeconds: 0.01 });
      const { url, key } = testRoute('feed');
      const slow = record(url, 60);
      const none = record(url, 0);
      const fast = record(url, 0.05);
      await eventually(async () => (await hits('feed', key)).hits >= 3, 'polls at the fast rate', 2000);
      fast.off();
      await pause(100);
      const after = (await hits('feed', key)).hits;
      await pause(300);
      expect((await hits('feed', key)).hits, 'back to the slow rate').to.equal(after);
      slow.off();
      none.off();
    });

    it('raises a refresh below the minimum', async () => {
      configureFeedStore({ minRefreshSeconds: 0.5 });
      const { url, key } = testRoute('feed');
      const sub = record(url, 0.01);
      await eventually(() => sub.last().feed !== null, 'the feed');
      await pause(250);
      expect((await hits('feed', key)).hits).to.equal(1);
      sub.off();
    });

    describe('while the page is hidden', () => {
      afterEach(() => setVisibility('visible'));

      it('pauses polling and checks at once when visible again and overdue', async () => {
        const { url, key } = testRoute('feed');
        const sub = record(url, 1);
        await eventually(() => sub.last().feed !== null, 'the feed');
        setVisibility('hidden');
        await pause(1200);
        expect((await hits('feed', key)).hits, 'no polls while hidden').to.equal(1);
        setVisibility('visible');
        // well before another full interval (1 s) would have passed
        await eventually(async () => (await hits('feed', key)).hits === 2, 'an immediate check', 400);
        sub.off();
      });

      it('waits for the rest of the interval when visible again before it is due', async () => {
        const { url, key } = testRoute('feed');
        const sub = record(url, 1);
        await eventually(() => sub.last().feed !== null, 'the feed');
        setVisibility('hidden');
        setVisibility('visible');
        await pause(300);
        expect((await hits('feed', key)).hits).to.equal(1);
        await eventually(async () => (await hits('feed', key)).hits === 2, 'the poll when due', 2000);
        sub.off();
      });

      it('still makes the first load while hidden', async () => {
        setVisibility('hidden');
        const { url } = testRoute('feed');
        const sub = record(url, 0.05);
        await eventually(() => sub.last().feed !== null, 'the feed');
        sub.off();
      });
    });
  });

  describe('primeFeedStore()', () => {
    it('shows a given snapshot to subscribers, with no request', async () => {
      const { url, key } = testRoute('feed');
      const snapshot: FeedSnapshot = {
        url,
        loading: false,
        feed: null,
        problems: [],
        error: { code: 'timeout', message: 'Too slow.' },
      };
      primeFeedStore(url, snapshot);
      const sub = record(url, 0.05);
      expect(sub.seen).to.deep.equal([snapshot]);
      await pause(150);
      expect((await hits('feed', key)).hits).to.equal(0);
      sub.off();
    });

    it('replaces what current subscribers see', async () => {
      const { url } = testRoute('hang');
      const sub = record(url);
      const snapshot: FeedSnapshot = { url, loading: true, feed: null, problems: [], error: null };
      primeFeedStore(url, snapshot);
      expect(sub.last()).to.equal(snapshot);
      sub.off();
    });

    it('is forgotten after resetFeedStore()', async () => {
      const { url, key } = testRoute('feed');
      primeFeedStore(url, { url, loading: true, feed: null, problems: [], error: null });
      resetFeedStore();
      configureFeedStore({ load: FAST, storage });
      const sub = record(url);
      await eventually(() => sub.last().feed !== null, 'a real load');
      expect((await hits('feed', key)).hits).to.equal(1);
      sub.off();
    });
  });
});
