// Loads the benchmark named in `?bench=` and publishes its report for bench/run.mjs.
import type { BenchReport } from './lib.js';

declare global {
  interface Window {
    __benchReport?: BenchReport | { error: string };
  }
}

const name = new URLSearchParams(location.search).get('bench') ?? '';
const modules = import.meta.glob<{ default: () => Promise<BenchReport> }>('./*.bench.ts');
const load = modules[`./${name}.bench.ts`];
try {
  if (!load) throw new Error(`no benchmark ${name}`);
  const run = (await load()).default;
  window.__benchReport = await run();
} catch (e) {
  window.__benchReport = { error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) };
}
