/**
 * Colouring by an indicator (`color-by`): the choropleth of one dimension, and the words that give its
 * scores (in each place's name, tooltip and details) and its range (in the summary). Loaded on demand
 * (`import()`), only by a map that is coloured by an indicator.
 */
import { str } from '@lit/localize';
import type { Feed, Score } from '../feed/types.js';
import { illustrative } from '../chart/words.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { scaleClasses, type Choropleth } from './colour.js';
import type { MapItem } from './items.js';
import { quantizeClass } from './quantize.js';

/** Which score of a region stands for it: no target group first, then third-country nationals, then the latest year. */
function preference(s: Score): number {
  const group = s.targetGroup === undefined ? 2 : s.targetGroup === 'tcn' ? 1 : 0;
  return group * 1e5 + (s.year ?? 0);
}

/** The choropleth of `dimensionId` over the feed's regions, in `count` equal classes of the framework's scale. */
export function choropleth(feed: Feed, dimensionId: string, count = 5): Choropleth {
  const dimension = feed.framework.dimensions.find((d) => d.id === dimensionId);
  const [lo, hi] = feed.framework.scale;
  const { classes, thresholds } = scaleClasses(feed, count);
  const scores = new Map<string, Score & { value: number }>();
  for (const s of feed.scores) {
    if (s.dimension !== dimensionId || s.value === undefined || !Number.isFinite(s.value)) continue;
    const current = scores.get(s.region);
    if (!current || preference(s) > preference(current)) scores.set(s.region, s as Score & { value: number });
  }
  const classOf = new Map<string, number>();
  let y0 = Infinity;
  let y1 = -Infinity;
  let synthetic = 0;
  for (const [region, s] of scores) {
    classOf.set(region, quantizeClass(thresholds, Math.min(hi, Math.max(lo, s.value))));
    if (s.year !== undefined) {
      y0 = Math.min(y0, s.year);
      y1 = Math.max(y1, s.year);
    }
    if (s.synthetic) synthetic++;
  }
  return {
    dimension,
    classes,
    scores,
    classOf,
    years: y0 <= y1 ? [y0, y1] : undefined,
    synthetic: synthetic === 0 ? 'none' : synthetic === scores.size ? 'all' : 'some',
  };
}

/**
 * A function giving the score of an item in a choropleth, as "Labour market: 67 (2021)" or "… no data".
 * The messages are looked up once (with markers in place of the numbers), so labelling thousands of
 * regions after a recolour stays cheap.
 */
export function scoreFormatter(i18n: LocaleController, colour: Choropleth): (item: MapItem) => string {
  const { msg } = i18n;
  const dimension = i18n.text(colour.dimension?.label).value;
  const V = '\u0000v';
  const Y = '\u0000y';
  const none = msg(str`${dimension}: no data`, { id: 'map.score.none' });
  const plain = msg(str`${dimension}: ${V}`, { id: 'map.score' });
  const dated = msg(str`${dimension}: ${V} (${Y})`, { id: 'map.score.year' });
  // A synthetic score is marked by itself only when others are published (else one notice says so).
  const mark = colour.synthetic === 'some' ? ` (${illustrative(i18n)})` : '';
  return (item) => {
    const score = item.regionId ? colour.scores.get(item.regionId) : undefined;
    if (!score) return none;
    const value = i18n.number(score.value) + (score.synthetic ? mark : '');
    return score.year === undefined ? plain.replace(V, value) : dated.replace(V, value).replace(Y, String(score.year));
  };
}

/** The summary's sentence on the colouring: what it is by, with the range of scores of the places shown. */
export function scaleSentence(i18n: LocaleController, colour: Choropleth, shown: readonly MapItem[]): string {
  const { msg } = i18n;
  const dimension = i18n.text(colour.dimension?.label).value;
  const scored = shown.filter((i) => i.regionId && colour.scores.has(i.regionId));
  if (!scored.length) return msg(str`Coloured by ${dimension}: no region has a score.`, { id: 'map.summary.scale-empty' });
  const by = (i: MapItem) => colour.scores.get(i.regionId!)!.value;
  const low = scored.reduce((a, b) => (by(b) < by(a) ? b : a));
  const high = scored.reduce((a, b) => (by(b) > by(a) ? b : a));
  const lowText = `${i18n.number(by(low))} (${i18n.text(low.name).value})`;
  const highText = `${i18n.number(by(high))} (${i18n.text(high.name).value})`;
  return msg(str`Coloured by ${dimension}: ${i18n.number(scored.length)} regions with a score, from ${lowText} to ${highText}.`, {
    id: 'map.summary.scale',
  });
}
