// The demo's embed builder on its real markup: the feed URL is checked once typing pauses, one request
// per distinct address, a superseded request is cancelled, and the region list offers only what the
// chosen widget can show on the chosen feed.
import { expect, waitUntil } from '@open-wc/testing';
import { mountEmbedBuilder } from '../../demo/embed-builder.js';
import { CHECK_DELAY_MS } from '../../demo/feed-check.js';
import '../../src/index.js';
import linked from '../fixtures/linked-widgets.json';

const FEED_URL = 'https://feeds.example.org/regin.json';

interface Request {
  readonly url: string;
  readonly signal: AbortSignal | undefined;
}

/** A fetch that answers the fixture feed at FEED_URL and 404 elsewhere, recording each request (the built-in feed is a module, not fetched). */
function fakeFetch(requests: Request[], latency = 0): typeof fetch {
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push({ url, signal: init?.signal ?? undefined });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, latency);
      init?.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new DOMException('aborted', 'AbortError'))));
    });
    return url === FEED_URL
      ? new Response(JSON.stringify(linked), { headers: { 'content-type': 'application/json' } })
      : new Response('not found', { status: 404, statusText: 'Not Found' });
  };
}

let builder: { dispose(): void } | undefined;
let section: HTMLElement | undefined;

/** The embed builder section of demo/index.html, mounted with a fake fetch. */
async function mount(requests: Request[], latency = 0): Promise<void> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  section = document.adoptNode(page.getElementById('embed')!);
  document.body.append(section);
  builder = mountEmbedBuilder(
    document,
    { version: '0.0.0-test', integrity: null, files: null },
    { fetch: fakeFetch(requests, latency) },
  );
  const colorBy = document.getElementById('embed-color-by') as HTMLSelectElement;
  await waitUntil(() => colorBy.options.length > 1, 'the built-in feed is read', { timeout: 5000 });
}

const feedInput = () => document.getElementById('embed-feed') as HTMLInputElement;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `text` one character at a time, `gap` ms apart, as a person does. */
async function type(text: string, gap = 60): Promise<void> {
  const input = feedInput();
  input.focus();
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(gap);
  }
}

const regionIds = () => [...document.querySelectorAll<HTMLInputElement>('#embed-regions input')].map((b) => b.value);
const select = async (id: string, value: string) => {
  const el = document.getElementById(id) as HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

afterEach(() => {
  builder?.dispose();
  section?.remove();
});

describe('embed builder', () => {
  it('passes an accessibility check', async () => {
    await mount([]);
    await expect(section).to.be.accessible({ ignoredRules: ['region'] });
  });

  it('asks for a typed feed URL once, after typing pauses, not once per keystroke', async () => {
    const requests: Request[] = [];
    await mount(requests);
    await type('https://example.org/nope.json');
    expect(requests, 'nothing while typing').to.deep.equal([]);
    expect((document.getElementById('embed-feed-error') as HTMLElement).hidden).to.equal(true);
    await waitUntil(() => requests.length > 0, 'the address is checked after the pause', { timeout: CHECK_DELAY_MS * 4 });
    await sleep(CHECK_DELAY_MS * 1.5);
    expect(requests.map((r) => r.url)).to.deep.equal(['https://example.org/nope.json']);
    const error = document.getElementById('embed-feed-error')!;
    await waitUntil(() => !error.hidden, 'the failure is shown in the page');
    expect(error.textContent).to.equal('The server answered 404 Not Found.');
    expect(feedInput().getAttribute('aria-invalid')).to.equal('true');
    // Leaving the field does not ask again for the same address.
    feedInput().dispatchEvent(new Event('blur'));
    feedInput().dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(50);
    expect(requests).to.have.length(1);
  });

  it('checks at once on leaving the field, and cancels a request a newer address supersedes', async () => {
    const requests: Request[] = [];
    await mount(requests, 300);
    feedInput().value = 'https://example.org/old.json';
    feedInput().dispatchEvent(new Event('blur'));
    expect(requests.map((r) => r.url)).to.deep.equal(['https://example.org/old.json']);
    feedInput().value = FEED_URL;
    feedInput().dispatchEvent(new Event('blur'));
    expect(requests[0]!.signal!.aborted, 'the superseded request is cancelled').to.equal(true);
    expect(requests).to.have.length(2);
    const preview = () => document.querySelector<HTMLElement & { feed?: unknown }>('#embed-preview > *');
    await waitUntil(() => preview()?.feed && preview()!.getAttribute('state') === 'ready', 'the preview shows the checked feed', {
      timeout: 5000,
    });
    expect((document.getElementById('embed-feed-error') as HTMLElement).hidden).to.equal(true);
    // Back to an address already checked: its answer is reused.
    feedInput().value = '';
    feedInput().dispatchEvent(new Event('blur'));
    feedInput().value = FEED_URL;
    feedInput().dispatchEvent(new Event('blur'));
    expect(requests.map((r) => r.url)).to.deep.equal(['https://example.org/old.json', FEED_URL]);
  });

  it('offers only the regions the chosen widget can show on the chosen feed', async () => {
    const requests: Request[] = [];
    await mount(requests);
    feedInput().value = FEED_URL;
    feedInput().dispatchEvent(new Event('blur'));
    await select('embed-widget', 'regin-indicator-radar');
    // Bretagne (FRH) has neither scores nor measures in that feed.
    const scored = ['ES51', 'ES62', 'ITF3', 'ITF4', 'PT20', 'SE224'];
    await waitUntil(() => regionIds().sort().join() === scored.join(), 'the checked feed’s regions with scores are listed');
    await select('embed-widget', 'regin-measure-cards');
    // (the built-in feed has the same scored regions, so the radar's list may show before the check ends)
    await waitUntil(() => regionIds().sort().join() === 'ES51,ITF4,PT20', 'the checked feed’s regions with measures are listed');
    expect(requests.filter((r) => r.url === FEED_URL)).to.have.length(1);
  });

  it('says the snippet has no integrity hash when there is none (development server)', async () => {
    await mount([]);
    expect(document.getElementById('embed-snippet')!.textContent).not.to.include('integrity=');
    expect(document.getElementById('embed-integrity-note')!.textContent).to.include('without an integrity hash');
  });
});
