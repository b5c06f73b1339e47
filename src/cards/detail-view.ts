/**
 * The content and styles of `<regin-measure-cards>`' detail dialog. Loaded on demand (`import()`), the
 * first time a reader opens a measure.
 */
import { css, html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { DetailView, Shown } from './card-model.js';
import { lang, meta, tags } from './card-view.js';
import { marked } from './controls-view.js';
import { renderSources } from '../core/sources.js';

export { detailView } from './detail-model.js';

/** The dialog's styles, adopted by the element's shadow root when this module loads. */
export const detailStyles = css`
  dialog {
    width: min(48rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .detail-body {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
  }
  .detail-body header {
    display: flex;
    gap: var(--_space);
    align-items: start;
    justify-content: space-between;
  }
  .detail-body h3 {
    font-size: 1rem;
    margin-bottom: 0.25rem;
  }
  .detail-body p {
    margin: 0;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .facts ul,
  .links {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .evaluation {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .evaluation li {
    display: grid;
    grid-template-columns: minmax(10rem, 1fr) auto 4rem;
    gap: var(--_space);
    align-items: center;
  }
  .pips {
    display: inline-flex;
    gap: 3px;
  }
  .pip {
    width: 1.25rem;
    height: 0.625rem;
    border: 1px solid var(--_accent);
    border-radius: 2px;
  }
  .pip.on {
    background: var(--_accent);
  }
  .score {
    font-variant-numeric: tabular-nums;
  }
  ul.sources {
    margin: 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .source-date,
  .verification {
    color: var(--_muted);
  }
  .sample-note {
    padding: 0.5rem;
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .pip {
      border-color: CanvasText;
    }
    .pip.on {
      background: CanvasText;
    }
  }
`;

function section(id: string, title: string, body: unknown) {
  return html`<section aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`;
}

function text(s: Shown | undefined, cls = '') {
  return s ? html`<p class=${cls} lang=${lang(s.lang)}>${marked(s.segments)}</p>` : nothing;
}

export function renderDetail(i18n: LocaleController, d: DetailView, onClose: () => void) {
  const { msg } = i18n;
  const facts: Array<[string, unknown]> = [];
  if (d.lead)
    facts.push([msg('Lead', { id: 'cards.detail.lead' }), html`<span lang=${lang(d.lead.lang)}>${d.lead.value}</span>`]);
  if (d.stakeholders.length)
    facts.push([
      msg('Stakeholders', { id: 'cards.detail.stakeholders' }),
      html`<ul>${d.stakeholders.map((s) => html`<li lang=${lang(s.lang)}>${s.value}</li>`)}</ul>`,
    ]);
  if (d.funding.length) facts.push([msg('Funding', { id: 'cards.detail.funding' }), i18n.list(d.funding)]);
  if (d.budget) facts.push([msg('Budget', { id: 'cards.detail.budget' }), d.budget]);
  if (d.authorityRole)
    facts.push([
      msg('Role of the regional authority', { id: 'cards.detail.role' }),
      d.authorityRole === 'direct'
        ? msg('Implemented the measure directly', { id: 'cards.detail.role.direct' })
        : msg('Acted through social actors (NGOs, social partners, associations)', { id: 'cards.detail.role.indirect' }),
    ]);
  return html`<div class="detail-body">
    <header>
      <h2 id="detail-title" tabindex="-1" lang=${lang(d.title.lang)}>${marked(d.title.segments)}</h2>
      <button class="close" @click=${onClose}>${msg('Close', { id: 'cards.detail.close' })}</button>
    </header>
    ${meta(i18n, d)}
    ${
      d.sample
        ? html`<p class="sample-note">
          ${msg('This measure is an illustrative example, not a real one.', { id: 'cards.detail.sample' })}
        </p>`
        : nothing
    }
    ${text(d.summary, 'summary')} ${tags(i18n, d)}
    ${facts.length ? html`<dl class="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>` : nothing}
    ${d.lessons ? section('detail-lessons', msg('Lessons learnt', { id: 'cards.field.lessons' }), text(d.lessons)) : nothing}
    ${
      d.transferability
        ? section('detail-transfer', msg('Transferability tips', { id: 'cards.detail.transferability' }), text(d.transferability))
        : nothing
    }
    ${
      d.evaluation.length
        ? section(
            'detail-evaluation',
            msg('Evaluation against the REGIN criteria', { id: 'cards.detail.evaluation' }),
            html`<ul class="evaluation">
            ${d.evaluation.map(
              (r) => html`<li>
                <span class="criterion">${r.label}</span>
                <span class="pips" aria-hidden="true">${[1, 2, 3, 4, 5].map((n) => html`<span class="pip ${n <= r.score ? 'on' : ''}"></span>`)}</span>
                <span class="score">${msg(str`${r.score} of 5`, { id: 'cards.detail.score' })}</span>
              </li>`,
            )}
          </ul>`,
          )
        : nothing
    }
    ${
      d.sources.length || d.verification
        ? section(
            'detail-sources',
            msg('Sources', { id: 'cards.detail.sources' }),
            html`${
              d.verification
                ? html`<p class="verification">
                  ${
                    d.verification === 'stated'
                      ? msg('Everything shown here is stated by these sources.', { id: 'cards.detail.verification.stated' })
                      : msg('Some details of this measure are not stated by these sources and are left out.', {
                          id: 'cards.detail.verification.partly',
                        })
                  }
                </p>`
                : nothing
            }
            ${renderSources(i18n, d.sources, 'list')}`,
          )
        : nothing
    }
    ${
      d.url || d.regionUrl
        ? html`<ul class="links">
          ${d.url ? html`<li><a href=${d.url} target="_blank" rel="noopener noreferrer">${msg('More about this measure', { id: 'cards.detail.link' })}</a></li>` : nothing}
          ${
            d.regionUrl
              ? html`<li><a href=${d.regionUrl} target="_blank" rel="noopener noreferrer">${msg(str`About ${d.region.value}`, { id: 'cards.detail.region-link' })}</a></li>`
              : nothing
          }
        </ul>`
        : nothing
    }
  </div>`;
}
