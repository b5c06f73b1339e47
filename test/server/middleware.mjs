// Routes under /__test__/ that play a feed server badly or well, for the loader and store tests.
// Every route is deterministic. Counters are kept per route and `key` query parameter, so each test
// uses its own key and tests never share state. Responses are written directly (not through Koa's
// body handling) so headers are exactly what the route says.
//
//   feed          a good feed                                   ?delay=ms  ?variant=name (changes the content)
//   slow          the good feed after ?delay=ms (default 500)
//   hang          never answers until the client gives up (closes after 60 s at most)
//   flaky         ?fail=K times ?status=500 (default), then the good feed
//   busy          ?fail=K times 503 (or ?status=429) with Retry-After: ?retry-after=S, then the good feed
//   status        always HTTP ?code= (404, 429, 408, 403, 500 …), plain-text body
//   truncated     the good feed cut off half-way, as application/json with a matching Content-Length
//   html          an HTML error page with HTTP ?status= (default 200)
//   type          the good feed as Content-Type ?type= (`none`: no Content-Type header at all)
//   oversized     ?bytes=N of valid JSON, with Content-Length, or chunked without it when ?chunked=1
//   etag          the good feed with ETag "?version=" (default v1); 304 when If-None-Match matches
//   changing      a feed whose content differs on every hit
//   invalid       JSON that is not a regin-feed
//   version       a regin-feed of another major version (2.0)
//   seq           ?steps=ok,500,ok2,invalid,html,hang,truncated,404 … one step per hit; the last repeats
//   hits          {hits, aborted, conditional} for ?route=&key= (aborted: requests the client gave up on;
//                 conditional: requests that carried If-None-Match or If-Modified-Since)

const stats = new Map();

/** A small feed that follows the regin-feed 1.0 format; `variant` changes its content. */
export function testFeed(variant = 'a') {
  return {
    format: 'regin-feed',
    version: '1.0',
    updated: '2026-11-28T10:00:00Z',
    sample: true,
    title: { en: `Test feed ${variant}`, fr: `Flux de test ${variant}` },
    attribution: ['Test data made for the regin-widgets tests'],
    framework: {
      id: 'mipex-r',
      scale: [0, 100],
      dimensions: [
        { id: 'labour', label: { en: 'Labour market', fr: 'Marché du travail' } },
        { id: 'education', label: { en: 'Education', fr: 'Éducation' } },
        { id: 'language', label: { en: 'Language', fr: 'Langue' } },
      ],
    },
    regions: [
      {
        id: 'ES51',
        name: 'Catalunya',
        country: 'ES',
        nuts: 'ES51',
        location: [1.508, 41.801],
        roles: ['regin-partner', 'cpmr-member', 'mipex-r'],
        commissions: ['intermediterranean'],
        url: 'https://example.org/catalunya',
      },
      {
        id: 'SE22',
        name: 'Sydsverige',
        country: 'SE',
        nuts: 'SE22',
        location: [13.4, 55.9],
        roles: ['regin-partner', 'cpmr-member'],
        commissions: ['baltic-sea'],
      },
    ],
    partners: [
      {
        id: 'cpmr',
        name: 'Conference of Peripheral Maritime Regions',
        acronym: 'CPMR',
        kind: 'coordinator',
        location: [-1.678, 48.111],
        city: 'Rennes',
        url: 'https://example.org/cpmr',
      },
    ],
    scores: [
      { region: 'ES51', dimension: 'labour', value: 67, year: 2021, targetGroup: 'tcn', synthetic: true },
      { region: 'ES51', dimension: 'education', value: 58, year: 2021, targetGroup: 'tcn', synthetic: true },
      { region: 'SE22', dimension: 'labour', value: 72, year: 2021, targetGroup: 'tcn', synthetic: true },
    ],
    baselines: [],
    measures: [
      {
        id: 'm-es51-001',
        region: 'ES51',
        title: { en: `Language courses for newcomers (${variant})` },
        summary: { en: 'Free language courses in every county.' },
        dimensions: ['language', 'labour'],
        targetGroups: ['tcn', 'bip'],
        status: 'ongoing',
        start: '2019-03',
        funding: ['AMIF'],
      },
    ],
  };
}

const json = (value) => JSON.stringify(value);
const JSON_TYPE = 'application/json; charset=utf-8';

function stat(key) {
  let s = stats.get(key);
  if (!s) stats.set(key, (s = { hits: 0, aborted: 0, conditional: 0 }));
  return s;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes a whole response; ignored when the client has already gone. */
function send(ctx, status, headers, body) {
  const res = ctx.res;
  if (res.destroyed || res.headersSent) return;
  const buf = body === undefined ? undefined : Buffer.from(body);
  const h = { 'Cache-Control': 'no-store', ...headers };
  if (buf && !('Content-Length' in h)) h['Content-Length'] = String(buf.length);
  res.writeHead(status, h);
  res.end(buf);
}

function sendFeed(ctx, variant, headers = {}) {
  send(ctx, 200, { 'Content-Type': JSON_TYPE, ...headers }, json(testFeed(variant)));
}

function sendStatus(ctx, code, headers = {}) {
  send(ctx, code, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, `HTTP ${code} from the test server`);
}

function sendHtml(ctx, status = 200) {
  const page = '<!doctype html><html lang="en"><head><title>Page not found</title></head><body><h1>Sorry</h1></body></html>';
  send(ctx, status, { 'Content-Type': 'text/html; charset=utf-8' }, page);
}

function sendTruncated(ctx) {
  const text = json(testFeed('a'));
  send(ctx, 200, { 'Content-Type': JSON_TYPE }, text.slice(0, Math.floor(text.length / 2)));
}

/** Resolves when the client closes the connection (or after `maxMs`). */
function clientGone(ctx, maxMs = 60_000) {
  return new Promise((resolve) => {
    if (ctx.res.destroyed) return resolve();
    const timer = setTimeout(resolve, maxMs);
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function hang(ctx) {
  await clientGone(ctx);
  sendStatus(ctx, 504);
}

async function oversized(ctx, bytes, chunked) {
  const head = '{"format":"regin-feed","version":"1.0","padding":"';
  const tail = '"}';
  const padding = Math.max(0, bytes - head.length - tail.length);
  const res = ctx.res;
  res.writeHead(200, {
    'Content-Type': JSON_TYPE,
    'Cache-Control': 'no-store',
    ...(chunked ? {} : { 'Content-Length': String(head.length + padding + tail.length) }),
  });
  const write = (chunk) =>
    new Promise((resolve) => {
      if (res.destroyed) return resolve(false);
      if (res.write(chunk)) resolve(true);
      else {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve(!res.destroyed);
        };
        res.on('drain', done);
        res.on('close', done);
      }
    });
  if (!(await write(head))) return;
  const CHUNK = 64 * 1024;
  for (let left = padding; left > 0; left -= CHUNK) {
    if (!(await write('x'.repeat(Math.min(CHUNK, left))))) return;
  }
  if (!res.destroyed) res.end(tail);
}

async function step(ctx, name) {
  if (name === 'ok') return sendFeed(ctx, 'a');
  if (name === 'ok2') return sendFeed(ctx, 'b');
  if (name === 'invalid') return send(ctx, 200, { 'Content-Type': JSON_TYPE }, json({ hello: 'world' }));
  if (name === 'version') return send(ctx, 200, { 'Content-Type': JSON_TYPE }, json({ ...testFeed('a'), version: '2.0' }));
  if (name === 'html') return sendHtml(ctx);
  if (name === 'truncated') return sendTruncated(ctx);
  if (name === 'hang') return hang(ctx);
  if (/^\d{3}$/.test(name)) return sendStatus(ctx, Number(name));
  return sendStatus(ctx, 400);
}

/** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
export async function testServerMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const route = ctx.path.slice('/__test__/'.length);
  const q = ctx.query;
  const num = (name, fallback) => (q[name] === undefined ? fallback : Number(q[name]));

  if (route === 'hits') {
    const s = stats.get(`${q.route}?${q.key ?? ''}`) ?? { hits: 0, aborted: 0, conditional: 0 };
    return send(ctx, 200, { 'Content-Type': JSON_TYPE }, json(s));
  }

  const s = stat(`${route}?${q.key ?? ''}`);
  const hit = ++s.hits;
  if (ctx.get('if-none-match') || ctx.get('if-modified-since')) s.conditional++;
  ctx.respond = false;
  ctx.res.once('close', () => {
    if (!ctx.res.writableFinished) s.aborted++;
  });

  switch (route) {
    case 'feed':
      if (q.delay) await sleep(num('delay', 0));
      return sendFeed(ctx, q.variant ?? 'a');
    case 'slow':
      await sleep(num('delay', 500));
      return sendFeed(ctx, 'a');
    case 'hang':
      return hang(ctx);
    case 'flaky':
      return hit <= num('fail', 1) ? sendStatus(ctx, num('status', 500)) : sendFeed(ctx, 'a');
    case 'busy':
      return hit <= num('fail', 1)
        ? sendStatus(ctx, num('status', 503), { 'Retry-After': String(q['retry-after'] ?? '1') })
        : sendFeed(ctx, 'a');
    case 'status':
      return sendStatus(ctx, num('code', 500));
    case 'truncated':
      return sendTruncated(ctx);
    case 'html':
      return sendHtml(ctx, num('status', 200));
    case 'type': {
      const type = String(q.type ?? 'application/xml');
      const body = json(testFeed('a'));
      if (type !== 'none') return send(ctx, 200, { 'Content-Type': type }, body);
      // Node adds no Content-Type of its own: the response has none.
      return send(ctx, 200, {}, body);
    }
    case 'oversized':
      return oversized(ctx, num('bytes', 6 * 1024 * 1024), q.chunked === '1');
    case 'etag': {
      const tag = `"${q.version ?? 'v1'}"`;
      if (ctx.get('if-none-match') === tag) return send(ctx, 304, { ETag: tag, 'Cache-Control': 'no-cache' });
      return sendFeed(ctx, String(q.version ?? 'v1'), { ETag: tag, 'Cache-Control': 'no-cache' });
    }
    case 'changing':
      return sendFeed(ctx, `hit ${hit}`);
    case 'invalid':
      return step(ctx, 'invalid');
    case 'version':
      return step(ctx, 'version');
    case 'seq': {
      const steps = String(q.steps ?? 'ok').split(',');
      return step(ctx, steps[Math.min(hit, steps.length) - 1]);
    }
    default:
      return sendStatus(ctx, 404);
  }
}
