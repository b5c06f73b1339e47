/**
 * Sentences the radar and the comparison share, in the element's language: target-group names, the
 * national-index label, "no data", the source line of downloads.
 */
import { str } from '@lit/localize';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { NationalBaseline, Profile } from './profiles.js';

/** The name of a target group (`tcn`, `bip`); unknown groups are shown as written. */
export function targetGroupName(i18n: LocaleController, group: string | undefined): string {
  const { msg } = i18n;
  if (group === 'tcn') return msg('third-country nationals', { id: 'chart.group.tcn' });
  if (group === 'bip') return msg('beneficiaries of international protection', { id: 'chart.group.bip' });
  return group ?? '';
}

/**
 * What the caption of a chart says besides its own words: the years of the values shown ("2021",
 * "2019–2021", or empty without any), the target group's name and the two ends of the scale.
 */
export function captionParts(
  i18n: LocaleController,
  years: readonly (number | undefined)[],
  group: string,
  scale: readonly number[],
): [span: string, who: string, lo: string, hi: string] {
  const ys = years.filter((y): y is number => y !== undefined);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return [
    ys.length ? (lo === hi ? `${lo}` : `${lo}–${hi}`) : '',
    targetGroupName(i18n, group),
    ...(scale.map((n) => i18n.number(n)) as [string, string]),
  ];
}

/** "Scores for Skåne are for beneficiaries of international protection: none for third-country nationals." */
export function substitutionNotes(i18n: LocaleController, profiles: readonly Profile[], requested: string): string[] {
  const { msg } = i18n;
  const wanted = targetGroupName(i18n, requested);
  return profiles
    .filter((p) => p.substituted)
    .map((p) => {
      const region = i18n.text(p.region.name).value;
      const group = targetGroupName(i18n, p.targetGroup);
      return msg(str`Scores for ${region} are for ${group}: the data has none for ${wanted}.`, {
        id: 'chart.group-substituted',
      });
    });
}

const countryNames = new Map<string, Intl.DisplayNames | null>();

/** The name of a country in the element's language (Eurostat's `EL`/`UK` are ISO `GR`/`GB`). */
export function countryName(tag: string, code: string): string {
  if (!countryNames.has(tag)) {
    try {
      countryNames.set(tag, new Intl.DisplayNames(tag, { type: 'region', fallback: 'code' }));
    } catch {
      countryNames.set(tag, null);
    }
  }
  const iso = code === 'EL' ? 'GR' : code === 'UK' ? 'GB' : code;
  try {
    return countryNames.get(tag)?.of(iso) ?? code;
  } catch {
    return code;
  }
}

/**
 * "Spain: MIPEX 2020 national overall score: 60 (2019 data) — national index, not regional". The
 * country is named first unless the feed's label already names it.
 */
export function nationalLabel(i18n: LocaleController, b: NationalBaseline): string {
  const { msg } = i18n;
  const own = i18n.text(b.label).value;
  const names = [countryName(i18n.tag, b.country), countryName('en', b.country)];
  const label = !own ? names[0]! : names.some((n) => own.includes(n)) ? own : `${names[0]}: ${own}`;
  const value = i18n.number(b.value, { maximumFractionDigits: 1 }) + (b.synthetic ? ` (${illustrative(i18n)})` : '');
  return b.year !== undefined
    ? msg(str`${label}: ${value} (${b.year} data) — national index, not regional`, { id: 'chart.national-year' })
    : msg(str`${label}: ${value} — national index, not regional`, { id: 'chart.national' });
}

/** "illustrative": said beside a series or value whose figures are synthetic, not published ones. */
export function illustrative(i18n: LocaleController): string {
  return i18n.msg('illustrative', { id: 'chart.illustrative' });
}

/** `name`, followed by "(illustrative)" when its figures are synthetic: for downloads and plain text. */
export function markedName(i18n: LocaleController, name: string, synthetic: boolean | undefined): string {
  return synthetic ? `${name} (${illustrative(i18n)})` : name;
}

/** "no data" */
export function noData(i18n: LocaleController): string {
  return i18n.msg('no data', { id: 'chart.no-data' });
}

const formats = new Map<string, { format: Intl.NumberFormat; done: Map<number, string> }>();

/**
 * A score as shown (at most one decimal), in the element's language. Charts format dozens per render,
 * mostly the same few values: each language keeps the strings it made (up to a few thousand).
 */
export function formatScore(tag: string, value: number): string {
  if (!Number.isFinite(value)) return '';
  let f = formats.get(tag);
  if (!f) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    }
    f = { format, done: new Map() };
    formats.set(tag, f);
  }
  if (Object.is(value, -0)) return f.format.format(value);
  let text = f.done.get(value);
  if (text === undefined) {
    if (f.done.size >= 4096) f.done.clear();
    text = f.format.format(value);
    f.done.set(value, text);
  }
  return text;
}

/** A value as shown: formatted, or "no data". */
export function formatValue(i18n: LocaleController, value: number | undefined): string {
  return value === undefined ? noData(i18n) : formatScore(i18n.tag, value);
}

/** The feed's title and credits on one line, for the header of downloads. */
export function sourceLine(i18n: LocaleController, feed: Feed): string {
  const parts = [feed.title, ...feed.attribution].map((t) => i18n.text(t).value).filter(Boolean);
  return parts.join('; ') || 'regin-feed';
}

/** The date of the data (`2026-11-28`), or the feed's `updated` as written when it is not a date. */
export function dataDate(feed: Feed): string {
  const d = feed.updated ? new Date(feed.updated) : undefined;
  return d && !Number.isNaN(d.valueOf()) ? d.toISOString().slice(0, 10) : (feed.updated ?? '');
}
