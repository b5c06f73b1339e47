/**
 * The map's words: role names, inset names and the one-line description of an item that its tooltip,
 * accessible name and list row share. Every string goes through the element's `msg`.
 */
import { str } from '@lit/localize';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { Choropleth } from './colour.js';
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
  return (item) => {
    const score = item.regionId ? colour.scores.get(item.regionId) : undefined;
    if (!score) return none;
    const value = i18n.number(score.value);
    return score.year === undefined ? plain.replace(V, value) : dated.replace(V, value).replace(Y, String(score.year));
  };
}

/** The score of an item in a choropleth, as "Labour market: 67 (2021)", or "no data". */
export function scoreLabel(i18n: LocaleController, item: MapItem, colour: Choropleth): string {
  return scoreFormatter(i18n, colour)(item);
}

/** Partner organisations of an item, by name (a partner marker names its city instead). */
export function organisationsLabel(i18n: LocaleController, item: MapItem): string {
  if (!item.regionId) return item.partners.map((p) => i18n.text(p.city).value).filter(Boolean).join(', ');
  return item.partners.map((p) => p.acronym || i18n.text(p.name).value).join(', ');
}

/** What an item's accessible name says before and after its score (these do not change on recolour). */
export function describeParts(i18n: LocaleController, item: MapItem): readonly [string, string] {
  const head = [i18n.text(item.name).value, roleLabel(i18n, item.role), organisationsLabel(i18n, item)];
  return [head.filter(Boolean).join(', '), item.regionId ? measuresLabel(i18n, item.measures) : ''];
}

/**
 * Everything the tooltip says, in one line: the accessible name of the item on the map. Pass the parts
 * from {@link describeParts} and a {@link scoreFormatter} to label many items at once.
 */
export function describeItem(
  i18n: LocaleController,
  item: MapItem,
  colour?: Choropleth,
  parts = describeParts(i18n, item),
  score = colour && scoreFormatter(i18n, colour),
): string {
  const [head, tail] = parts;
  return [head, score && item.regionId ? score(item) : '', tail].filter(Boolean).join(', ');
}

/**
 * The map's text summary: how many places of each role it shows, which insets it draws, what it is
 * coloured by (with the range of scores) and what it could not place.
 */
export function summaryText(
  i18n: LocaleController,
  shown: readonly MapItem[],
  insets: readonly string[],
  unplaced: number,
  colour?: Choropleth,
): string {
  const { msg } = i18n;
  const list = (parts: string[]) => new Intl.ListFormat(i18n.tag, { type: 'conjunction' }).format(parts);
  const counts = new Map<MapRole, number>();
  for (const item of shown) counts.set(item.role, (counts.get(item.role) ?? 0) + 1);
  const roles = MAP_ROLES.filter((r) => counts.has(r)).map((r) => [r, counts.get(r)!] as const).map(([role, n]) => `${roleLabel(i18n, role)}: ${i18n.number(n)}`).join('; ');
  const sentences = [msg(str`The map shows ${i18n.number(shown.length)} places (${roles}).`, { id: 'map.summary.count' })];
  if (insets.length) {
    sentences.push(msg(str`Outermost regions in insets: ${list(insets.map((id) => insetLabel(i18n, id)))}.`, { id: 'map.summary.insets' }));
  }
  if (colour) {
    const dimension = i18n.text(colour.dimension?.label).value;
    const scored = shown.filter((i) => i.regionId && colour.scores.has(i.regionId));
    if (scored.length) {
      const by = (i: MapItem) => colour.scores.get(i.regionId!)!.value;
      const low = scored.reduce((a, b) => (by(b) < by(a) ? b : a));
      const high = scored.reduce((a, b) => (by(b) > by(a) ? b : a));
      const lowText = `${i18n.number(by(low))} (${i18n.text(low.name).value})`;
      const highText = `${i18n.number(by(high))} (${i18n.text(high.name).value})`;
      sentences.push(
        msg(str`Coloured by ${dimension}: ${i18n.number(scored.length)} regions with a score, from ${lowText} to ${highText}.`, {
          id: 'map.summary.scale',
        }),
      );
    } else {
      sentences.push(msg(str`Coloured by ${dimension}: no region has a score.`, { id: 'map.summary.scale-empty' }));
    }
  }
  if (unplaced) {
    sentences.push(msg(str`${i18n.number(unplaced)} could not be placed on the map; see the list below it.`, { id: 'map.summary.unplaced' }));
  }
  return sentences.join(' ');
}
