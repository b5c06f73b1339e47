/**
 * The notices every widget shows above its content (loading, error, stale, partial, illustrative data)
 * and the credits below it ("data as of …", the feed's attribution). One template for all four widgets.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { SyntheticShare } from '../chart/profiles.js';
import type { FeedSnapshot } from '../feed/state.js';
import type { FeedError, FeedProblem, WidgetState } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { feedErrorReason } from '../i18n/feed-errors.js';

/**
 * Where regional MIPEX-R results are published: the comparative report by CIDOB and MPG (March 2022),
 * as listed in the EU's migrant integration library. Named beside illustrative MIPEX-R scores.
 */
export const MIPEX_R_REPORT_URL =
  'https://migrant-integration.ec.europa.eu/library-document/mipex-r-migrant-integration-governance-and-outcomes-25-eu-regions_en';

/** The link to the published regional MIPEX-R results, in the widget's language. */
export function mipexReportLink({ msg }: LocaleController): TemplateResult {
  return html`<a href=${MIPEX_R_REPORT_URL} target="_blank" rel="noopener noreferrer"
    >${msg('Published regional MIPEX-R results: CIDOB and MPG comparative report (2022)', { id: 'notice.mipex-r-report' })}</a
  >`;
}

/** What a widget says where a part of it could not be loaded (its code did not arrive). */
export function loadErrorText({ msg }: LocaleController): string {
  return msg('This part could not be loaded; please try again.', { id: 'common.load-error' });
}

/**
 * Notices for the current state; `synthetic` adds the illustrative-scores notice, with the link to the
 * published results when the scores are on the MIPEX-R framework.
 *
 * Visitors read short notices in the widget's language: what they cannot see, and that the details are
 * for the site's editors, in the browser console (see the feed controller). The details themselves —
 * JSON paths and English explanations — are shown in the widget only with `debug`.
 */
export function renderNotices(
  i18n: LocaleController,
  snapshot: FeedSnapshot,
  state: WidgetState,
  options: { synthetic?: SyntheticShare; debug?: boolean } = {},
): TemplateResult | typeof nothing {
  const debug = options.debug === true;
  const { msg } = i18n;
  const feed = snapshot.feed;
  const dropped = snapshot.problems.filter((p) => p.severity === 'dropped');
  const synthetic = options.synthetic === 'none' ? undefined : options.synthetic;
  return html`
    ${
      state === 'loading'
        ? html`<div class="skeleton-box">
          <div class="skeleton" part="skeleton" role="status">
            <span class="visually-hidden">${msg('Loading data…', { id: 'notice.loading' })}</span>
          </div>
        </div>`
        : nothing
    }
    ${
      state === 'error'
        ? html`<div class="notice error" part="notice" role="alert">
          <strong>${msg('The data could not be loaded.', { id: 'notice.error' })}</strong>
          ${snapshot.error ? errorDetail(i18n, snapshot.error, debug) : nothing}
        </div>`
        : nothing
    }
    ${
      state === 'stale'
        ? html`<p class="notice" part="notice" role="status">
          ${msg('The latest data could not be loaded; showing the last data received.', { id: 'notice.stale' })}
          ${snapshot.error ? errorDetail(i18n, snapshot.error, debug) : nothing}
        </p>`
        : nothing
    }
    ${
      dropped.length > 0 && feed
        ? html`<div class="notice" part="notice">
          ${i18n.plural(dropped.length, {
            one: msg(str`${i18n.number(dropped.length)} entry in the data could not be used and is not shown.`, {
              id: 'notice.partial.one',
            }),
            other: msg(str`${i18n.number(dropped.length)} entries in the data could not be used and are not shown.`, {
              id: 'notice.partial.other',
            }),
          })}
          ${debug ? problemList(dropped) : forEditors(i18n)}
        </div>`
        : nothing
    }
    ${
      feed?.sample || synthetic
        ? html`<p class="notice" part="notice sample-notice">
          ${
            feed?.sample
              ? msg('Illustrative data: this feed is a sample, not official figures.', { id: 'notice.sample' })
              : synthetic === 'some'
                ? msg(
                    'Some scores are illustrative: the regions marked “illustrative” have synthetic values, not published results.',
                    {
                      id: 'notice.synthetic-some',
                    },
                  )
                : msg('Illustrative scores: these indicator values are synthetic, not published MIPEX-R results.', {
                    id: 'notice.synthetic',
                  })
          }
          ${synthetic && feed?.framework.id === 'mipex-r' ? mipexReportLink(i18n) : nothing}
        </p>`
        : nothing
    }
  `;
}

/**
 * Why loading failed, in the widget's language; with `debug`, the loader's technical message (English),
 * with its advice once the feed controller has loaded it (until then, or if it cannot load, its key).
 */
function errorDetail(i18n: LocaleController, error: FeedError, debug: boolean): TemplateResult {
  return html` <span>${feedErrorReason(i18n, error.code)}</span>
    ${debug ? html`<span lang="en">${error.message}${error.advice ? ` (${error.advice})` : ''}</span>` : forEditors(i18n)}`;
}

/** Where the site's editors find the details: said to visitors instead of the details themselves. */
function forEditors({ msg }: LocaleController): TemplateResult {
  return html`<span>${msg('Details for the site’s editors are in the browser console.', { id: 'notice.details-in-console' })}</span>`;
}

/**
 * The problems in full, for `debug`: JSON path and the English explanation (the feed controller loads
 * the explanations; until then, or if they cannot load, each problem's code and values).
 */
function problemList(problems: readonly FeedProblem[]): TemplateResult {
  return html`<ul lang="en">
    ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message ?? `${p.code} ${JSON.stringify(p.params)}`}</li>`)}
  </ul>`;
}

/** "Data as of …" and the feed's attribution; extra credits (map boundaries) come first. */
export function renderCredits(
  i18n: LocaleController,
  snapshot: FeedSnapshot,
  extra: readonly string[] = [],
): TemplateResult | typeof nothing {
  const feed = snapshot.feed;
  if (!feed) return nothing;
  const { msg } = i18n;
  const updated = feed.updated ? new Date(feed.updated) : undefined;
  const asOf = updated && !Number.isNaN(updated.valueOf()) ? i18n.date(updated) : undefined;
  const credits = [...extra, ...feed.attribution.map((t) => i18n.text(t))];
  return html`<div class="credits" part="credits">
    ${asOf ? html`<span>${msg(str`Data as of ${asOf}.`, { id: 'credits.as-of' })}</span> ` : nothing}
    ${credits.map((c) =>
      typeof c === 'string' ? html`<span>${c}</span> ` : html`<span lang=${c.lang ?? nothing}>${c.value}</span> `,
    )}
  </div>`;
}
