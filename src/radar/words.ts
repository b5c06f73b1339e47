/**
 * The radar's sentences in the element's language: point names, the summary's words, the caption.
 */
import { str } from '@lit/localize';
import type { NationalBaseline } from '../chart/profiles.js';
import { captionParts } from '../chart/words.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { RadarModel } from './model.js';
import type { SummaryWords } from './summary.js';

/** "Catalonia, Labour market: 67" / "Campania, Religion: no data". */
export function pointName(i18n: LocaleController, region: string, dimension: string, value: string): string {
  return i18n.msg(str`${region}, ${dimension}: ${value}`, { id: 'radar.point' });
}

/** Words of the summary sentence, comparing with the average of the shown regions or a national score. */
export function summaryWords(
  i18n: LocaleController,
  reference: RadarModel['reference'],
  baseline?: NationalBaseline,
): SummaryWords {
  const { msg } = i18n;
  const score = baseline ? i18n.number(baseline.value) : '';
  const national = reference === 'national';
  // The plural form follows the number as shown (one decimal at most): "1 point", "1.5 points".
  const plural = (n: number, one: string, other: string) => i18n.plural(Math.round(n * 10) / 10, { one, other });
  return {
    strongest: (d, v) => msg(str`Strongest: ${d} ${v}`, { id: 'radar.summary.strongest' }),
    weakest: (d, v) => msg(str`weakest: ${d} ${v}`, { id: 'radar.summary.weakest' }),
    above: (p, n) =>
      plural(
        n,
        national
          ? msg(str`${p} point above the national MIPEX overall score (${score})`, { id: 'radar.summary.above-national.one' })
          : msg(str`${p} point above the average of the shown regions`, { id: 'radar.summary.above-average.one' }),
        national
          ? msg(str`${p} points above the national MIPEX overall score (${score})`, { id: 'radar.summary.above-national' })
          : msg(str`${p} points above the average of the shown regions`, { id: 'radar.summary.above-average' }),
      ),
    below: (p, n) =>
      plural(
        n,
        national
          ? msg(str`${p} point below the national MIPEX overall score (${score})`, { id: 'radar.summary.below-national.one' })
          : msg(str`${p} point below the average of the shown regions`, { id: 'radar.summary.below-average.one' }),
        national
          ? msg(str`${p} points below the national MIPEX overall score (${score})`, { id: 'radar.summary.below-national' })
          : msg(str`${p} points below the average of the shown regions`, { id: 'radar.summary.below-average' }),
      ),
    same: () =>
      national
        ? msg(str`level with the national MIPEX overall score (${score})`, { id: 'radar.summary.same-national' })
        : msg('level with the average of the shown regions', { id: 'radar.summary.same-average' }),
    missing: (dims) => msg(str`no data for ${i18n.list(dims)}`, { id: 'radar.summary.missing' }),
    none: () => msg('No scores to summarise.', { id: 'radar.summary.none' }),
  };
}

/** "Scores 2021 for third-country nationals, on a scale of 0 to 100." */
export function chartCaption(i18n: LocaleController, model: RadarModel, group: string, scale: readonly [number, number]): string {
  const { msg } = i18n;
  const [years, who, lo, hi] = captionParts(i18n, model.years ?? [], group, scale);
  return years
    ? msg(str`Scores ${years} for ${who}, on a scale of ${lo} to ${hi}.`, { id: 'radar.caption-years' })
    : msg(str`Scores for ${who}, on a scale of ${lo} to ${hi}.`, { id: 'radar.caption' });
}
