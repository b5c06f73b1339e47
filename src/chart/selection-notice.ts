/**
 * The notices a chart shows when it does not simply follow the group selection — the selected region
 * has no scores, or the comparison is full — each with the one control that lets the person act on it.
 * An on-demand part of the radar and the comparison: most visits never need them. Region names are bound
 * as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { regionsWithScores } from './profiles.js';

/** A region's name in the widget's language; its id when the feed does not know it. */
const regionName = (i18n: LocaleController, feed: Feed, id: string): string =>
  i18n.text(feed.regions.find((r) => r.id === id)?.name).value || id;

/** A polite notice: one sentence, and the control that acts on it. */
const notice = (text: string, control: unknown = nothing): TemplateResult =>
  html`<div class="notice selection-notice" part="notice" role="status">
    <p>${text}</p>
    ${control}
  </div>`;

/**
 * The radar's "No MIPEX-R indicator scores for Gotland; showing Skåne", with a list of the regions
 * that have scores (`onChoose`: a region picked there).
 */
export function radarNotice(
  i18n: LocaleController,
  feed: Feed,
  unscoredId: string,
  shownId: string,
  onChoose: (id: string) => void,
) {
  const unscored = regionName(i18n, feed, unscoredId);
  const showing = regionName(i18n, feed, shownId);
  const choices = regionsWithScores(feed)
    .map((r) => ({ id: r.id, name: regionName(i18n, feed, r.id) }))
    .sort((a, b) => i18n.compare(a.name, b.name));
  return notice(
    i18n.msg(str`No MIPEX-R indicator scores for ${unscored}; showing ${showing}.`, { id: 'radar.unscored' }),
    html`<p>
      <label>
        ${i18n.msg('Show another region', { id: 'radar.unscored.pick' })}
        <select @change=${(e: Event) => onChoose((e.target as HTMLSelectElement).value)}>
          ${choices.map((c) => html`<option value=${c.id} ?selected=${c.id === shownId}>${c.name}</option>`)}
        </select>
      </label>
    </p>`,
  );
}

/**
 * Why the comparison did not add the selected region: it has no scores ("… the comparison is
 * unchanged"), or every column is taken ("… already shows 6 regions", with "Replace <the last column>
 * with …"; any other column can be changed with its picker).
 */
export function comparisonNotice(
  i18n: LocaleController,
  feed: Feed,
  pending: { readonly kind: 'unscored' | 'full'; readonly region: string },
  ids: readonly string[],
  onReplaceLast: () => void,
) {
  const name = regionName(i18n, feed, pending.region);
  if (pending.kind === 'unscored') {
    return notice(
      i18n.msg(str`No MIPEX-R indicator scores for ${name}; the comparison is unchanged.`, { id: 'comparison.unscored' }),
    );
  }
  const count = i18n.number(ids.length);
  const last = regionName(i18n, feed, ids.at(-1)!);
  return notice(
    i18n.msg(str`${name} is not added: the comparison already shows ${count} regions.`, { id: 'comparison.full' }),
    html`<p><button type="button" @click=${onReplaceLast}>${i18n.msg(str`Replace ${last} with ${name}`, { id: 'comparison.replace' })}</button></p>`,
  );
}
