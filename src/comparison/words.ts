/**
 * The comparison's words in the element's language: picker labels, sort options, table headings (the
 * CSV's words are in `csv.ts`).
 */
import { str } from '@lit/localize';
import type { Profile } from '../chart/profiles.js';
import { captionParts, illustrative } from '../chart/words.js';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { Column, Option, PickerWords, TableWords } from './views.js';

export function pickerWords(i18n: LocaleController): PickerWords {
  const { msg } = i18n;
  return {
    legend: msg('Regions compared', { id: 'comparison.pickers' }),
    slot: (n) => msg(str`Region ${n}`, { id: 'comparison.slot' }),
    up: (name) => msg(str`Move ${name} left`, { id: 'comparison.move-left' }),
    down: (name) => msg(str`Move ${name} right`, { id: 'comparison.move-right' }),
    remove: (name) => msg(str`Remove ${name}`, { id: 'comparison.remove' }),
    add: msg('Add a region', { id: 'comparison.add' }),
  };
}

/** Sort choices: framework order, largest gap, then each shown region's highest values. */
export function sortOptions(i18n: LocaleController, columns: readonly Column[]): Option[] {
  const { msg } = i18n;
  return [
    { id: 'dimension', name: msg('Framework order', { id: 'comparison.sort.dimension' }) },
    { id: 'gap', name: msg('Largest gap first', { id: 'comparison.sort.gap' }) },
    ...columns.map((c) => ({ id: c.id, name: msg(str`${c.name}: highest first`, { id: 'comparison.sort.region' }) })),
  ];
}

export function tableWords(
  i18n: LocaleController,
  profiles: readonly Profile[],
  targetGroup: string,
  feed: Feed,
  sortName = '',
): TableWords {
  const { msg } = i18n;
  const [span, who, lo, hi] = captionParts(
    i18n,
    profiles.flatMap((p) => p.years),
    targetGroup,
    feed.framework.scale,
  );
  return {
    caption: span
      ? msg(str`Indicator scores ${span} for ${who}, on a scale of ${lo} to ${hi}; rows sorted by: ${sortName}.`, {
          id: 'comparison.caption-years',
        })
      : msg(str`Indicator scores for ${who}, on a scale of ${lo} to ${hi}; rows sorted by: ${sortName}.`, {
          id: 'comparison.caption',
        }),
    dimension: msg('Dimension', { id: 'comparison.dimension' }),
    gap: msg('Gap (highest − lowest)', { id: 'comparison.gap' }),
    plot: msg('Values on the shared scale', { id: 'comparison.plot' }),
    highest: msg('highest', { id: 'comparison.highest' }),
    lowest: msg('lowest', { id: 'comparison.lowest' }),
    national: msg('National MIPEX overall score (national index, not regional)', { id: 'comparison.national-row' }),
    illustrative: illustrative(i18n),
  };
}
