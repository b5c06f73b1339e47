import { expect } from '@open-wc/testing';
import { explainFeedError } from '../../src/feed/diagnostics.js';
import { FeedLoadError, hashText, loadFeed, parseRetryAfter, type LoadOptions, type RetryInfo } from '../../src/feed/loader.js';
import { eventually as expectEventually, hits, testRoute } from './test-server.js';

/** Short limits so the whole suite runs in a few seconds. */
const FAST: LoadOptions = { timeoutMs: 2000, retries: 2, backoffMs: 5, maxBackoffMs: 20, maxRetryAfterMs: 2000 };

async function failure(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (err) {
    expect(err).to.be.instanceOf(FeedLoadError);
    return err as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

const host = location.host;

describe('loadFeed()', () => {
  describe('a good feed', () => {
    it('resolves with the parsed JSON after one request', async () => {
      const { url, key } = testRoute('feed');
      const result = await loadFeed(url, FAST);
      expect(result.notModified).to.equal(false);
      if (result.notModified) return;
      expect((result.raw as { format: string }).format).to.equal('regin-feed');
      expect((await hits('feed', key)).hits).to.equal(1);
    });

    it('gives the same hash for the same content and another for other content', async () => {
      const a1 = await loadFeed(testRoute('feed', { variant: 'a' }).url, FAST);
      const a2 = await loadFeed(testRoute('feed', { variant: 'a' }).url, FAST);
      const b = await loadFeed(testRoute('feed', { variant: 'b' }).url, FAST);
      if (a1.notModified || a2.notModified || b.notModified) throw new Error('unexpected 304');
      expect(a1.hash).to.equal(a2.hash);
      expect(b.hash).not.to.equal(a1.hash);
    });

    for (const type of ['application/json', 'application/feed+json', 'text/json', 'text/plain; charset=utf-8', 'none']) {
      it(`accepts the content type ${type === 'none' ? '(none sent)' : type}`, async () => {
        const result = await loadFeed(testRoute('type', { type }).url, FAST);
        if (result.notModified) throw new Error('unexpected 304');
        expect((result.raw as { format: string }).format).to.equal('regin-feed');
      });
    }
  });

  describe('refusals that are not retried', () => {
    it('refuses a web page with a clear message, after one request', async () => {
      const { url, key } = testRoute('html');
      const err = await failure(loadFeed(url, FAST));
      expect(err.code).to.equal('content-type');
      expect(explainFeedError(err)).to.include('sent a web page instead of the feed');
      expect(explainFeedError(err)).to.include(host);
      expect((await hits('html', key)).hits).to.equal(1);
    });

    it('refuses an HTML page served as text/plain once it sees the markup', async () => {
      const fetch = async () => new Response('<!doctype html><p>Login</p>', { headers: { 'Content-Type': 'text/plain' } });
      const err = await failure(loadFeed('https://feeds.example.org/feed.json', { ...FAST, fetch }));
      expect(err.code).to.equal('content-type');
      expect(explainFeedError(err)).to.include('feeds.example.org');
    });

    it('refuses another content type and names it', async () => {
      const { url, key } = testRoute('type', { type: 'application/xml' });
      const err = await failure(loadFeed(url, FAST));
      expect(err.code).to.equal('content-type');
      expect(explainFeedError(err)).to.include('application/xml');
      expect((await hits('type', key)).hits).to.equal(1);
    });

    it('does not retry a 404 and says the address is wrong', async () => {
      const { url, key } = testRoute('status', { code: '404' });
      const err = await failure(loadFeed(url, { ...FAST, retries: 3 }));
      expect(err.code).to.equal('http');
      expect(err.status).to.equal(404);
      expect(explainFeedError(err)).to.include(host).and.to.include('404').and.to.include('src');
      expect((await hits('status', key)).hits).to.equal(1);
    });

    it('does not retry a 403', async () => {
      const { url, key } = testRoute('status', { code: '403' });
      const err = await failure(loadFeed(url, { ...FAST, retries: 3 }));
      expect(err.status).to.equal(403);
      expect((await hits('status', key)).hits).to.equal(1);
    });

    it('reports a truncated body as cut off, without retrying', async () => {
      const { url, key } = testRoute('truncated');
      const err = await failure(loadFeed(url, FAST));
      expect(err.code).to.equal('parse');
      expect(explainFeedError(err)).to.include('cut off').and.to.include(host);
      expect((await hits('truncated', key)).hits).to.equal(1);
    });

    it('reports JSON syntax errors as parse errors', async () => {
      let calls = 0;
      const fetch = async () => {
        calls++;
        return new Response('{"format": regin}', { headers: { 'Content-Type': 'application/json' } });
      };
      const err = await failure(loadFeed('https://feeds.example.org/feed.json', { ...FAST, fetch }));
      expect(err.code).to.equal('parse');
      expect(explainFeedError(err)).to.include('not valid JSON');
      expect(calls).to.equal(1);
    });

    it('reports an empty body', async () => {
      const fetch = async () => new Response('', { headers: { 'Content-Type': 'application/json' } });
      const err = await failure(loadFeed('https://feeds.example.org/feed.json', { ...FAST, fetch }));
      expect(err.code).to.equal('parse');
      expect(explainFeedError(err)).to.include('empty');
    });
  });

  describe('size', () => {
    it('refuses a body whose Content-Length is over the cap, without reading it', async () => {
      const { url } = testRoute('oversized', { bytes: String(3 * 1024 * 1024) });
      const err = await failure(loadFeed(url, { ...FAST, maxBytes: 1024 * 1024 }));
      expect(err.code).to.equal('too-large');
      // The size in the message comes from Content-Length: the body was not read.
      expect(explainFeedError(err)).to.include('3 MB').and.to.include('1 MB');
    });

    it('stops reading a body without Content-Length once it passes the cap', async () => {
      const { url, key } = testRoute('oversized', { bytes: String(64 * 1024 * 1024), chunked: '1' });
      const err = await failure(loadFeed(url, { ...FAST, maxBytes: 256 * 1024 }));
      expect(err.code).to.equal('too-large');
      expect(explainFeedError(err)).to.include('larger than');
      await expectEventually(async () => (await hits('oversized', key)).aborted === 1, 'the server to see the client give up');
    });

    it('reads a body up to the cap', async () => {
      const result = await loadFeed(testRoute('oversized', { bytes: '50000', chunked: '1' }).url, { ...FAST, maxBytes: 50000 });
      if (result.notModified) throw new Error('unexpected 304');
      expect((result.raw as { padding: string }).padding.length).to.be.greaterThan(49000);
    });
  });

  describe('bounded retries', () => {
    it('retries a 500 and succeeds on the third request', async () => {
      const { url, key } = testRoute('flaky', { fail: '2' });
      const retries: RetryInfo[] = [];
      const result = await loadFeed(url, { ...FAST, retries: 2, onRetry: (r) => retries.push(r) });
      expect(result.notModified).to.equal(false);
      expect(retries.map((r) => r.attempt)).to.deep.equal([1, 2]);
      expect(retries.every((r) => r.error.status === 500)).to.equal(true);
      expect((await hits('flaky', key)).hits).to.equal(3);
    });

    it('gives up after exactly 1 + retries requests', async () => {
      const { url, key } = testRoute('status', { code: '502' });
      const err = await failure(loadFeed(url, { ...FAST, retries: 2 }));
      expect(err.code).to.equal('http');
      expect(err.status).to.equal(502);
      expect(explainFeedError(err)).to.include(host).and.to.include('502');
      expect((await hits('status', key)).hits).to.equal(3);
    });

    it('makes one request with retries: 0', async () => {
      const { url, key } = testRoute('status', { code: '500' });
      await failure(loadFeed(url, { ...FAST, retries: 0 }));
      expect((await hits('status', key)).hits).to.equal(1);
    });

    it('retries HTTP 429', async () => {
      const { url, key } = testRoute('status', { code: '429' });
      const err = await failure(loadFeed(url, { ...FAST, retries: 1 }));
      expect(err.status).to.equal(429);
      expect((await hits('status', key)).hits).to.equal(2);
    });

    it('retries HTTP 408', async () => {
      // Counted on the client: Chromium itself repeats a request that got 408 on a reused connection.
      let calls = 0;
      const fetch = async () => {
        calls++;
        return new Response('timeout', { status: 408 });
      };
      const err = await failure(loadFeed('https://feeds.example.org/feed.json', { ...FAST, retries: 1, fetch }));
      expect(err.status).to.equal(408);
      expect(calls).to.equal(2);
    });

    it('backs off exponentially with jitter', async () => {
      const delays: number[] = [];
      const { url } = testRoute('status', { code: '500' });
      await failure(
        loadFeed(url, { ...FAST, retries: 3, backoffMs: 8, maxBackoffMs: 1000, onRetry: (r) => delays.push(r.delayMs) }),
      );
      expect(delays).to.have.length(3);
      // attempt n waits between half and all of backoffMs × 2^(n-1)
      delays.forEach((d, i) => expect(d).to.be.within(4 * 2 ** i, 8 * 2 ** i));
    });

    it('caps the backoff', async () => {
      const delays: number[] = [];
      const { url } = testRoute('status', { code: '500' });
      await failure(
        loadFeed(url, { ...FAST, retries: 3, backoffMs: 8, maxBackoffMs: 10, onRetry: (r) => delays.push(r.delayMs) }),
      );
      expect(Math.max(...delays)).to.be.at.most(10);
    });

    it('waits as long as Retry-After asks when that is within the cap', async () => {
      const { url, key } = testRoute('busy', { fail: '1', 'retry-after': '1' });
      const retries: RetryInfo[] = [];
      const t0 = performance.now();
      const result = await loadFeed(url, { ...FAST, onRetry: (r) => retries.push(r) });
      expect(result.notModified).to.equal(false);
      expect(retries.map((r) => r.delayMs)).to.deep.equal([1000]);
      expect(performance.now() - t0).to.be.at.least(950);
      expect((await hits('busy', key)).hits).to.equal(2);
    });

    it('does not retry when Retry-After asks for longer than the cap, and says so', async () => {
      const { url, key } = testRoute('busy', { fail: '5', 'retry-after': '120', status: '429' });
      const err = await failure(loadFeed(url, { ...FAST, retries: 3, maxRetryAfterMs: 1000 }));
      expect(err.status).to.equal(429);
      expect(explainFeedError(err)).to.include('120 s');
      expect((await hits('busy', key)).hits).to.equal(1);
    });

    it('retries network errors and then reports the host and what to check', async () => {
      let calls = 0;
      const fetch = async () => {
        calls++;
        throw new TypeError('Failed to fetch');
      };
      const err = await failure(loadFeed('https://feeds.example.org/feed.json', { ...FAST, retries: 2, fetch }));
      expect(err.code).to.equal('network');
      expect(explainFeedError(err)).to.include('feeds.example.org').and.to.include('CORS');
      expect(calls).to.equal(3);
    });

    it('reports a closed port as a network error', async () => {
      const err = await failure(loadFeed('http://127.0.0.1:9/feed.json', { ...FAST, retries: 0 }));
      expect(err.code).to.equal('network');
    });
  });

  describe('timeouts and aborts', () => {
    it('times out a server that does not answer, retries, and closes every request', async () => {
      const { url, key } = testRoute('hang');
      const err = await failure(loadFeed(url, { ...FAST, timeoutMs: 150, retries: 1 }));
      expect(err.code).to.equal('timeout');
      expect(explainFeedError(err)).to.include(host).and.to.include('0.2 s');
      await expectEventually(async () => {
        const s = await hits('hang', key);
        return s.hits === 2 && s.aborted === 2;
      }, 'two requests, both closed by the client');
    });

    it('rejects with the abort reason when the caller aborts, without retrying', async () => {
      const { url, key } = testRoute('hang');
      const controller = new AbortController();
      const pending = loadFeed(url, { ...FAST, retries: 3, signal: controller.signal });
      await expectEventually(async () => (await hits('hang', key)).hits === 1, 'the request to arrive');
      controller.abort();
      const err = await pending.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).to.be.instanceOf(DOMException);
      expect((err as DOMException).name).to.equal('AbortError');
      await expectEventually(async () => (await hits('hang', key)).aborted === 1, 'the server to see the request closed');
      expect((await hits('hang', key)).hits).to.equal(1);
    });

    it('stops waiting between attempts when the caller aborts', async () => {
      const { url, key } = testRoute('status', { code: '500' });
      const controller = new AbortController();
      const t0 = performance.now();
      const pending = loadFeed(url, {
        ...FAST,
        retries: 3,
        backoffMs: 10_000,
        maxBackoffMs: 10_000,
        signal: controller.signal,
        onRetry: () => setTimeout(() => controller.abort(), 20),
      });
      const err = await pending.then(
        () => null,
        (e: unknown) => e,
      );
      expect((err as DOMException).name).to.equal('AbortError');
      expect(performance.now() - t0).to.be.below(4000);
      expect((await hits('status', key)).hits).to.equal(1);
    });

    it('does not start when the signal is already aborted', async () => {
      const { url, key } = testRoute('feed');
      const err = await loadFeed(url, { ...FAST, signal: AbortSignal.abort() }).then(
        () => null,
        (e: unknown) => e,
      );
      expect((err as DOMException).name).to.equal('AbortError');
      expect((await hits('feed', key)).hits).to.equal(0);
    });
  });

  describe('conditional requests', () => {
    it('returns the validators and reports a 304 as not modified', async () => {
      const { url, key } = testRoute('etag', { version: 'v1' });
      const first = await loadFeed(url, FAST);
      expect(first.notModified).to.equal(false);
      expect(first.etag).to.equal('"v1"');
      const second = await loadFeed(url, { ...FAST, validators: { etag: first.etag } });
      expect(second.notModified).to.equal(true);
      const stats = await hits('etag', key);
      expect(stats.hits).to.equal(2);
      expect(stats.conditional).to.equal(1);
    });

    it('reads the whole feed when the server has a new version', async () => {
      const { url } = testRoute('etag', { version: 'v2' });
      const result = await loadFeed(url, { ...FAST, validators: { etag: '"v1"' } });
      expect(result.notModified).to.equal(false);
      expect(result.etag).to.equal('"v2"');
    });

    it('sends no conditional headers without validators', async () => {
      const sent: Headers[] = [];
      const spy: typeof fetch = (input, init) => {
        sent.push(new Headers(init?.headers));
        return fetch(input, init);
      };
      const { url } = testRoute('etag', { version: 'v1' });
      await loadFeed(url, { ...FAST, fetch: spy });
      await loadFeed(url, { ...FAST, fetch: spy, validators: { etag: '"v1"' } });
      expect(sent.map((h) => h.get('if-none-match'))).to.deep.equal([null, '"v1"']);
    });
  });
});

describe('parseRetryAfter()', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(' 0 ')).to.equal(0);
  });
  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('Sat, 28 Nov 2026 10:00:00 GMT');
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 09:00:00 GMT', now)).to.equal(0);
  });
  it('returns undefined when absent or unreadable', () => {
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter('-5')).to.equal(undefined);
  });
});

describe('hashText()', () => {
  it('is equal for equal texts and differs for a one-character change', () => {
    expect(hashText('{"a":1}')).to.equal(hashText('{"a":1}'));
    expect(hashText('{"a":1}')).not.to.equal(hashText('{"a":2}'));
    expect(hashText('')).not.to.equal(hashText(' '));
  });
});
