// Routes under /__test__/ that play a feed server badly or well, for the loader tests.
// Each route is deterministic; counters are per `key` query parameter so tests do not share state.

const counters = new Map();

/** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
export async function testServerMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const key = `${ctx.path}?${ctx.query.key ?? ''}`;
  const hits = (counters.get(key) ?? 0) + 1;
  counters.set(key, hits);
  const route = ctx.path.slice('/__test__/'.length);
  if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: counters.get(`/__test__/${ctx.query.route}?${ctx.query.key ?? ''}`) ?? 0 });
    return;
  }
  ctx.status = 404;
  ctx.body = 'unknown test route';
}
