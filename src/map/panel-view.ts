/**
 * The map's details panel for one place, with its styles. Loaded on demand (`import()`), the first time a
 * person chooses a place.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { safeUrl } from '../feed/url.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { renderSources, sourceViews } from '../core/sources.js';
import { measuresLabel, roleLabel } from './words.js';
import type { MapView } from './view.js';

/** The panel's styles, adopted by the element's shadow root when this module loads. */
export const panelStyles = css`
  .panel {
    margin-top: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .panel h3,
  .panel h4,
  .panel p {
    margin: 0.25rem 0;
  }
  .panel .role {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;

export interface PanelActions {
  readonly close: () => void;
  readonly seeMeasures: (regionId: string) => void;
}

/** Details of an item: its partner organisations, link, score, measures and the "See measures" action. */
export function renderPanel(v: MapView, key: string, actions: PanelActions): TemplateResult {
  const { i18n } = v;
  const { msg } = i18n;
  const item = v.items.get(key)!;
  const name = i18n.text(item.name);
  const link = safeUrl(item.url);
  const text = (t: ReturnType<LocaleController['text']>) => html`<p lang=${t.lang ?? nothing}>${t.value}</p>`;
  return html`<section part="panel" class="panel" id="panel" aria-labelledby="panel-title">
    <header>
      <h3 id="panel-title" lang=${name.lang ?? nothing}>${name.value}</h3>
      <button class="close" @click=${actions.close}>
        <span aria-hidden="true">×</span><span class="visually-hidden">${msg('Close details', { id: 'map.panel.close' })}</span>
      </button>
    </header>
    <p class="role">${roleLabel(i18n, item.role)}</p>
    ${renderSources(i18n, sourceViews(i18n, item.sources), 'inline')}
    ${v.score && item.regionId ? html`<p>${v.score(item)}</p>` : nothing}
    ${item.partners.map((p) => {
      const pname = i18n.text(p.name);
      const description = i18n.text(p.description);
      const contribution = i18n.text(p.contribution);
      const url = safeUrl(p.url);
      return html`<div class="partner">
        ${item.regionId ? html`<h4 lang=${pname.lang ?? nothing}>${pname.value}</h4>` : nothing}
        ${description.value ? text(description) : nothing} ${contribution.value ? text(contribution) : nothing}
        ${renderSources(i18n, sourceViews(i18n, p.sources), 'inline')}
        ${url && url !== link ? html`<p><a href=${url}>${msg(str`Website of ${p.acronym || pname.value}`, { id: 'map.panel.partner-link' })}</a></p>` : nothing}
      </div>`;
    })}
    ${link ? html`<p><a href=${link}>${msg(str`Website of ${name.value}`, { id: 'map.panel.link' })}</a></p>` : nothing}
    ${
      item.regionId
        ? html`<p class="measures">${measuresLabel(i18n, item.measures)}</p>
          <button class="see-measures" @click=${() => actions.seeMeasures(item.regionId!)}>
            ${msg('See measures', { id: 'map.panel.see-measures' })}
          </button>`
        : nothing
    }
  </section>`;
}
