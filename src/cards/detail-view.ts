/**
 * The content of `<regin-measure-cards>`' detail dialog. Loaded on demand (`import()`), the first time a
 * reader opens a measure.
 */
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { DetailView, Shown } from './card-model.js';
import { lang, meta, tags } from './card-view.js';
import { marked } from './parts-view.js';

function section(id: string, title: string, body: unknown) {
  return html`<section aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`;
}

function text(s: Shown | undefined, cls = '') {
  return s ? html`<p class=${cls} lang=${lang(s.lang)}>${marked(s.segments)}</p>` : nothing;
}

export function renderDetail(i18n: LocaleController, d: DetailView, onClose: () => void) {
  const { msg } = i18n;
  const facts: Array<[string, unknown]> = [];
  if (d.lead) facts.push([msg('Lead', { id: 'cards.detail.lead' }), html`<span lang=${lang(d.lead.lang)}>${d.lead.value}</span>`]);
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
    ${meta(d)} ${text(d.summary, 'summary')} ${tags(i18n, d)}
    ${facts.length ? html`<dl class="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>` : nothing}
    ${d.lessons ? section('detail-lessons', msg('Lessons learnt', { id: 'cards.field.lessons' }), text(d.lessons)) : nothing}
    ${d.transferability
      ? section('detail-transfer', msg('Transferability tips', { id: 'cards.detail.transferability' }), text(d.transferability))
      : nothing}
    ${d.evaluation.length
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
      : nothing}
    ${d.url || d.regionUrl
      ? html`<ul class="links">
          ${d.url ? html`<li><a href=${d.url} target="_blank" rel="noopener noreferrer">${msg('More about this measure', { id: 'cards.detail.link' })}</a></li>` : nothing}
          ${d.regionUrl
            ? html`<li><a href=${d.regionUrl} target="_blank" rel="noopener noreferrer">${msg(str`About ${d.region.value}`, { id: 'cards.detail.region-link' })}</a></li>`
            : nothing}
        </ul>`
      : nothing}
  </div>`;
}
