// <regin-indicator-radar> side by side with Chart.js's radar (a dev dependency of this benchmark only):
// the first render of one radar, an update to a new set of regions, and 50 radars created on one page.
//
// Fairness: Chart.js animations are off (`animation: false`) and it draws at a fixed size
// (`responsive: false`), so it does no extra work; it gets ready-made arrays, while our element selects
// its numbers from the feed. Each run is awaited until rendered — Lit's `updateComplete` for ours, the
// synchronous draw of `new Chart()` / `chart.update('none')` for Chart.js — and, in the "+ layout" rows,
// a forced layout of the stage after that. The next frame's paint is not waited for: it would round
// both sides up to the 16.7 ms frame clock. Our radars read a feed already loaded by the page-level
// store (as with `src`: one load per page); one extra row shows 50 radars each given `.feed`.
//
// The two sides of each pair are timed in turns (ours, theirs, theirs, ours, …), so a busy machine
// slows both alike and neither runs just after the other's garbage. An update is short next to the
// browser's timer step (0.1 ms), so each timed update run is four updates (two each way), divided by four.
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { normaliseFeed } from '../src/feed/normalise.js';
import { primeFeedStore, resetFeedStore } from '../src/feed/store.js';
import '../src/indicator-radar.js';
import type { ReginIndicatorRadar } from '../src/indicator-radar.js';
import raw from '../test/fixtures/radar-feed.json';
import { measure, ratio, type BenchReport, type BenchRow, type MeasureOptions } from './lib.js';

interface PairOptions extends MeasureOptions {
  /** Times each side's case this many times per run and counts the mean (default 1). */
  repeat?: number;
}

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

const FEED_URL = '/bench/radar-feed.json';
const FIRST = ['ES51', 'PT20'];
const NEXT = ['ITF4', 'ITF3', 'SE224'];
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'];

const stage = document.getElementById('stage')!;
const feed = normaliseFeed(raw).feed!;
const labels = feed.framework.dimensions.map((d) => d.label.en ?? d.id);

/** Chart.js data for `ids`: the latest tcn value per dimension (bip when a region has no tcn), as ours shows. */
function datasets(ids: readonly string[]) {
  return ids.map((id, i) => {
    const scores = feed.scores.filter((s) => s.region === id);
    const group = scores.some((s) => s.targetGroup === 'tcn') ? 'tcn' : scores[0]?.targetGroup;
    const data = feed.framework.dimensions.map((d) => {
      const latest = scores
        .filter((x) => x.dimension === d.id && x.targetGroup === group)
        .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
      return latest?.value ?? null;
    });
    const name = feed.regions.find((r) => r.id === id)!.name;
    return { label: name.en ?? name[''] ?? id, data, borderColor: COLOURS[i], backgroundColor: `${COLOURS[i]}22`, fill: true };
  });
}

function chartConfig(ids: readonly string[]): ChartConfiguration<'radar'> {
  return {
    type: 'radar',
    data: { labels, datasets: datasets(ids) },
    options: {
      animation: false,
      responsive: false,
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 20 } } },
      spanGaps: false,
    },
  };
}

function chartCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 560;
  canvas.height = 440;
  stage.append(canvas);
  return canvas;
}

function ourRadar(ids: readonly string[], viaStore = true): ReginIndicatorRadar {
  const el = document.createElement('regin-indicator-radar');
  if (viaStore) el.src = FEED_URL;
  else el.feed = raw;
  el.regions = ids.join(' ');
  el.group = 'bench';
  return el;
}

/** Reads layout, so style and layout of what was rendered are part of the timed run. */
const settle = () => void stage.offsetHeight;

let charts: Chart[] = [];
function clear(): void {
  for (const c of charts) c.destroy();
  charts = [];
  stage.replaceChildren();
}

async function renderOurs(count: number, { viaStore = true, layout = true } = {}): Promise<void> {
  const els = Array.from({ length: count }, () => ourRadar(FIRST, viaStore));
  stage.append(...els);
  await Promise.all(els.map((el) => el.updateComplete));
  if (layout) settle();
}

function renderCharts(count: number, layout = true): void {
  for (let i = 0; i < count; i++) charts.push(new Chart(chartCanvas(), chartConfig(FIRST)));
  if (layout) settle();
}

/** Makes sure what was timed really drew radars. */
function check(): void {
  const els = [...stage.querySelectorAll('regin-indicator-radar')];
  if (!els.length || !els.every((el) => el.shadowRoot!.querySelectorAll('svg.radar .point').length >= 16)) {
    throw new Error('radar not drawn');
  }
}

export default async function run(): Promise<BenchReport> {
  resetFeedStore();
  primeFeedStore(FEED_URL, { url: FEED_URL, loading: false, feed, problems: [], error: null });
  // Keeps the primed feed subscribed between runs, as a page with one more widget on it would.
  const keeper = ourRadar(FIRST);
  document.body.append(keeper);
  await keeper.updateComplete;

  const rows: BenchRow[] = [];
  /** Times `ours` and `theirs` in turns, swapping which goes first every run; `setup` before each (not timed). */
  async function interleaved(names: [string, string], sides: [() => unknown, () => unknown], options: PairOptions) {
    const { runs = 30, warmup = 5, setup, repeat = 1 } = options;
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < warmup + runs; i++) {
      for (const side of i % 2 ? ([1, 0] as const) : ([0, 1] as const)) {
        await setup?.();
        const t0 = performance.now();
        for (let k = 0; k < repeat; k++) await sides[side]();
        if (i >= warmup) times[side].push((performance.now() - t0) / repeat);
        if (i === 0 && side === 0) check();
      }
    }
    return names.map((name, side): BenchRow => {
      const sorted = times[side]!.sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      return { name, median: at(0.5), p95: at(0.95), runs };
    }) as [BenchRow, BenchRow];
  }
  /** Ours and Chart.js, without and with the forced layout; the ratio within each pair. */
  async function pair(
    label: string,
    ours: (layout: boolean) => unknown,
    theirs: (layout: boolean) => unknown,
    options: PairOptions,
  ): Promise<void> {
    for (const layout of [false, true]) {
      const suffix = layout ? ' + layout' : '';
      const [a, b] = await interleaved(
        [`${label}${suffix}: regin-indicator-radar`, `${label}${suffix}: Chart.js`],
        [() => ours(layout), () => theirs(layout)],
        options,
      );
      rows.push(ratio(a, b, 'Chart.js'), b);
    }
  }

  await pair(
    'one radar, first render',
    (layout) => renderOurs(1, { layout }),
    (layout) => renderCharts(1, layout),
    { setup: clear },
  );

  // Each side alternates between the two region sets on its own.
  let flip = false;
  let flipChart = false;
  let el: ReginIndicatorRadar | undefined;
  let chart: Chart | undefined;
  await pair(
    'update to a new region set',
    async (layout) => {
      flip = !flip;
      el!.regions = (flip ? NEXT : FIRST).join(' ');
      await el!.updateComplete;
      if (layout) settle();
    },
    (layout) => {
      flipChart = !flipChart;
      chart!.data.datasets = datasets(flipChart ? NEXT : FIRST);
      chart!.update('none');
      if (layout) settle();
    },
    {
      runs: 60,
      repeat: 4,
      // The first run of each side sets up its one chart (untimed); later runs keep it.
      setup: async () => {
        if (!el || !el.isConnected) {
          clear();
          el = ourRadar(FIRST);
          stage.append(el);
          await el.updateComplete;
        }
        if (!chart || !chart.canvas.isConnected) {
          chart = new Chart(chartCanvas(), chartConfig(FIRST));
          charts.push(chart);
        }
        settle();
      },
    },
  );

  await pair(
    '50 radars on one page',
    (layout) => renderOurs(50, { layout }),
    (layout) => renderCharts(50, layout),
    {
      runs: 20,
      warmup: 3,
      setup: clear,
    },
  );
  const ownFeed = await measure(
    '50 radars, each given .feed + layout: regin-indicator-radar',
    () => renderOurs(50, { viaStore: false }),
    { runs: 20, warmup: 3, setup: clear },
  );
  check();
  rows.push(ratio(ownFeed, rows.at(-1)!, 'Chart.js'));
  clear();
  keeper.remove();
  resetFeedStore();

  return {
    title: '<regin-indicator-radar> vs Chart.js radar',
    note:
      'Chart.js with animation: false and responsive: false. Both sides of a pair timed in turns; an update run is four ' +
      'updates, shown per update. Timed until rendered (updateComplete / the synchronous draw), ' +
      'and again with a forced layout; not until the next paint. Charts out of view are laid out when they come near ' +
      '(content-visibility). Goals: ≥ 4× faster for 50 radars, ≥ 6× for an update.',
    rows,
  };
}
