/**
 * Sources (feed 1.1) as a reader sees them: each a link named by its title, or else by its site, with
 * the date the source gives. One model and one template for the cards, their detail dialog and the map's
 * details panel, so a source reads the same everywhere.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../feed/types.js';
import { safeUrl } from '../feed/url.js';
import type { LocaleController } from '../i18n/locale-controller.js';

export interface SourceView {
  /** A checked link. */
  readonly url: string;
  /** The source's title in the widget's language, or its site (`portal.azores.gov.pt`). */
  readonly name: string;
  /** Set when `name` is a title in another language than the widget's. */
  readonly lang?: string;
  /** The source's date in words (`15 March 2023`, `2022`), or `''`. */
  readonly date: string;
}

/** The site a link points to, as people write it: `https://www.example.org/a` → `example.org`. */
export function siteName(url: string): string {
  try {
    const { hostname, protocol, pathname } = new URL(url);
    if (protocol === 'mailto:') return pathname;
    return hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The sources to show, in the feed's order; a source whose link fails the URL check is left out. Links
 * that would read the same (two pages of one site, without titles) are numbered — `reginproject.eu (1)`,
 * `reginproject.eu (2)` — so each link says where it goes.
 */
export function sourceViews(i18n: LocaleController, sources: readonly Source[]): SourceView[] {
  const out: SourceView[] = [];
  for (const s of sources) {
    const url = safeUrl(s.url);
    if (!url) continue;
    const title = i18n.text(s.title);
    out.push({ url, name: title.value || siteName(url), lang: title.value ? title.lang : undefined, date: i18n.date(s.date) });
  }
  const count = new Map<string, number>();
  for (const v of out) count.set(v.name, (count.get(v.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return out.map((v) => {
    if (count.get(v.name)! < 2) return v;
    const n = (seen.get(v.name) ?? 0) + 1;
    seen.set(v.name, n);
    return { ...v, name: `${v.name} (${i18n.number(n)})` };
  });
}

const link = (s: SourceView) =>
  html`<a href=${s.url} target="_blank" rel="noopener noreferrer" lang=${s.lang ?? nothing}>${s.name}</a>`;

/**
 * The sources as a list of links with their dates (`list`), or inline after a label, for a card
 * (`inline`: "Sources: example.org, other.org"). Nothing when there are none.
 */
export function renderSources(
  i18n: LocaleController,
  sources: readonly SourceView[],
  layout: 'list' | 'inline',
): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  const { msg } = i18n;
  if (layout === 'inline') {
    return html`<p class="sources" part="sources">
      <span class="sources-label">${i18n.plural(sources.length, {
        one: msg('Source:', { id: 'sources.label.one' }),
        other: msg('Sources:', { id: 'sources.label.other' }),
      })}</span>
      ${sources.map((s, i) => html`${i > 0 ? ', ' : ''}${link(s)}`)}
    </p>`;
  }
  return html`<ul class="sources" part="sources">
    ${sources.map((s) => html`<li>${link(s)}${s.date ? html` <span class="source-date">(${s.date})</span>` : nothing}</li>`)}
  </ul>`;
}
