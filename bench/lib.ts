/**
 * Measuring helpers for benchmarks that run in the page: median and 95th percentile of repeated runs,
 * each run awaited through a rendered frame when asked, and ratios between cases of one run.
 */
export interface BenchRow {
  name: string;
  median: number;
  p95: number;
  runs: number;
  /** e.g. "4.8× faster than Chart.js" */
  ratio?: string;
}

export interface BenchReport {
  title: string;
  note?: string;
  rows: BenchRow[];
}

export interface MeasureOptions {
  runs?: number;
  warmup?: number;
  /** Before each run (not timed). */
  setup?: () => void | Promise<void>;
}

/** Waits until the browser has painted what was rendered (two animation frames). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Times `fn` (sync or async) `runs` times after `warmup` untimed runs. */
export async function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Promise<BenchRow> {
  const { runs = 30, warmup = 5, setup } = options;
  for (let i = 0; i < warmup; i++) {
    await setup?.();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await setup?.();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, median: at(0.5), p95: at(0.95), runs };
}

/** Marks `row` with how many times faster it is than `peer` (by median). */
export function ratio(row: BenchRow, peer: BenchRow, peerName: string): BenchRow {
  const r = peer.median / row.median;
  return { ...row, ratio: `${r.toFixed(1)}× faster than ${peerName}` };
}
