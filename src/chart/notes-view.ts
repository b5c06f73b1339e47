/**
 * Notes under a chart: each national reference score (labelled as a national index, with its source
 * link after the URL check) and each target-group substitution.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { safeUrl } from '../feed/url.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { NationalBaseline } from './profiles.js';
import { nationalLabel } from './words.js';

/** " (illustrative)" (`word`, from {@link illustrative}) after the name of a series whose figures are synthetic. */
export function illustrativeMark(word: string, synthetic: boolean | undefined): TemplateResult | typeof nothing {
  return synthetic ? html` <span class="illustrative">(${word})</span>` : nothing;
}

/** `dashes[i]`, when given, draws the ring style of baseline `i` before its label. */
export function referenceNotes(
  i18n: LocaleController,
  baselines: readonly NationalBaseline[],
  substituted: readonly string[],
  dashes: readonly string[] = [],
): TemplateResult | typeof nothing {
  if (baselines.length === 0 && substituted.length === 0) return nothing;
  return html`<div class="notes" part="notes">
    ${baselines.map((b, i) => {
      const url = safeUrl(b.source);
      return html`<p>
        ${
          dashes[i] !== undefined
            ? html`<svg aria-hidden="true" width="34" height="10" viewBox="0 0 34 10">
              ${svg`<line class="national" x1="2" y1="5" x2="32" y2="5" stroke-dasharray=${dashes[i]}></line>`}
            </svg>`
            : nothing
        }
        ${nationalLabel(i18n, b)}${
          url
            ? html` (${i18n.msg('source', { id: 'chart.source-link' })}:
              <a href=${url} rel="noopener noreferrer" target="_blank">${new URL(url).host}</a>)`
            : nothing
        }
      </p>`;
    })}
    ${substituted.map((t) => html`<p>${t}</p>`)}
  </div>`;
}
