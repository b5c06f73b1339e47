/**
 * The map's words: role names, inset names and what an item's tooltip and accessible name say of it.
 * Every string goes through the element's `msg`.
 */
import { str } from '@lit/localize';
import type { LocaleController } from '../i18n/locale-controller.js';
import { MAP_ROLES, type MapItem, type MapRole } from './items.js';

export function roleLabel(i18n: LocaleController, role: MapRole): string {
  const { msg } = i18n;
  const labels: Record<MapRole, string> = {
    coordinator: msg('Project coordinator', { id: 'map.role.coordinator' }),
    'regional-partner': msg('Regional partner', { id: 'map.role.regional-partner' }),
    'technical-partner': msg('Technical partner', { id: 'map.role.technical-partner' }),
    'associated-partner': msg('Associated partner', { id: 'map.role.associated-partner' }),
    'cpmr-member': msg('CPMR member region', { id: 'map.role.cpmr-member' }),
    other: msg('Other region', { id: 'map.role.other' }),
  };
  return labels[role] ?? labels.other;
}

/** Name of an outermost-region inset, by its NUTS 2 code. */
export function insetLabel(i18n: LocaleController, id: string): string {
  const { msg } = i18n;
  const labels: Record<string, string> = {
    PT20: msg('Azores', { id: 'map.inset.PT20' }),
    PT30: msg('Madeira', { id: 'map.inset.PT30' }),
    ES70: msg('Canary Islands', { id: 'map.inset.ES70' }),
    FRY1: msg('Guadeloupe', { id: 'map.inset.FRY1' }),
    FRY2: msg('Martinique', { id: 'map.inset.FRY2' }),
    FRY3: msg('French Guiana', { id: 'map.inset.FRY3' }),
    FRY4: msg('Réunion', { id: 'map.inset.FRY4' }),
    FRY5: msg('Mayotte', { id: 'map.inset.FRY5' }),
  };
  return labels[id] ?? labels['FRY5']!;
}

export function measuresLabel(i18n: LocaleController, n: number): string {
  const { msg } = i18n;
  const count = i18n.number(n);
  return i18n.plural(n, {
    one: msg(str`${count} measure`, { id: 'map.measures.one' }),
    other: msg(str`${count} measures`, { id: 'map.measures.other' }),
  });
}

/** Partner organisations of an item, by name (a partner marker names its city instead). */
export function organisationsLabel(i18n: LocaleController, item: MapItem): string {
  if (!item.regionId)
    return item.partners
      .map((p) => i18n.text(p.city).value)
      .filter(Boolean)
      .join(', ');
  return item.partners.map((p) => p.acronym || i18n.text(p.name).value).join(', ');
}

/** What the map says of an item apart from its score: none of it changes when the map is recoloured. */
export interface ItemWords {
  readonly name: string;
  /** The tooltip's lines before the score: role, partner organisations. */
  readonly before: readonly string[];
  /** After the score: the region's measures (`''` for a place that is not a region). */
  readonly after: string;
}

export function itemWords(i18n: LocaleController, item: MapItem): ItemWords {
  const before = [roleLabel(i18n, item.role), organisationsLabel(i18n, item)].filter(Boolean);
  return { name: i18n.text(item.name).value, before, after: item.regionId ? measuresLabel(i18n, item.measures) : '' };
}

/**
 * What the map says of an item after its name, as the tooltip's lines: its role, partner organisations,
 * score (when coloured by an indicator: `score` is the formatter) and measures.
 */
export function itemLines({ before, after }: ItemWords, item: MapItem, score?: (item: MapItem) => string): string[] {
  return [...before, item.regionId && score ? score(item) : '', after].filter(Boolean);
}

/** The accessible name of an item on the map: everything its tooltip says, in one line. */
export function describeItem(words: ItemWords, item: MapItem, score?: (item: MapItem) => string): string {
  return [words.name, ...itemLines(words, item, score)].filter(Boolean).join(', ');
}

/**
 * The map's text summary: how many places of each role it shows, which insets it draws, what it is
 * coloured by (`scale`: the sentence on the range of scores, when coloured) and what it could not place.
 */
export function summaryText(
  i18n: LocaleController,
  shown: readonly MapItem[],
  insets: readonly string[],
  unplaced: number,
  scale?: string,
): string {
  const { msg } = i18n;
  const list = (parts: string[]) => new Intl.ListFormat(i18n.tag, { type: 'conjunction' }).format(parts);
  const counts = new Map<MapRole, number>();
  for (const item of shown) counts.set(item.role, (counts.get(item.role) ?? 0) + 1);
  const roles = MAP_ROLES.filter((r) => counts.has(r))
    .map((r) => [r, counts.get(r)!] as const)
    .map(([role, n]) => `${roleLabel(i18n, role)}: ${i18n.number(n)}`)
    .join('; ');
  const sentences = [msg(str`The map shows ${i18n.number(shown.length)} places (${roles}).`, { id: 'map.summary.count' })];
  if (insets.length) {
    sentences.push(
      msg(str`Outermost regions in insets: ${list(insets.map((id) => insetLabel(i18n, id)))}.`, { id: 'map.summary.insets' }),
    );
  }
  if (scale) sentences.push(scale);
  if (unplaced) {
    sentences.push(
      msg(str`${i18n.number(unplaced)} could not be placed on the map; see the list below it.`, { id: 'map.summary.unplaced' }),
    );
  }
  return sentences.join(' ');
}
