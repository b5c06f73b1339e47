/**
 * Client side of the test server's routes (`test/server/middleware.mjs`): each call makes a fresh `key`,
 * so counters are never shared between tests.
 */
let counter = 0;

export interface TestRoute {
  /** Absolute URL of the route with its own key. */
  readonly url: string;
  readonly key: string;
}

export function testRoute(route: string, params: Record<string, string> = {}): TestRoute {
  const key = `k${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  const search = new URLSearchParams({ key, ...params });
  return { url: new URL(`/__test__/${route}?${search}`, location.href).href, key };
}

export interface RouteStats {
  /** Requests received. */
  readonly hits: number;
  /** Requests the client closed before the response was complete. */
  readonly aborted: number;
  /** Requests that carried If-None-Match or If-Modified-Since. */
  readonly conditional: number;
}

export async function hits(route: string, key: string): Promise<RouteStats> {
  const res = await fetch(`/__test__/hits?${new URLSearchParams({ route, key })}`, { cache: 'no-store' });
  return (await res.json()) as RouteStats;
}

/** Polls `check` until it holds; fails with `what` after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 3000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Resolves after `ms`. */
export const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
