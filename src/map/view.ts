/**
 * The map's templates: the SVG (mainland, insets, markers, legend), the tooltip and the list view (the
 * details panel is in `panel-view.ts`). They only map prepared data to nodes; the element owns state and
 * events. Every interactive node carries `data-key` so the element can delegate events.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { roleMarker, type Choropleth } from './colour.js';
import { MAP_ROLES, type MapItem, type MapRole } from './items.js';
import { layoutLegend, LINE, type LegendEntry, type LegendLayout } from './legend.js';
import { insetLabel, itemLines, organisationsLabel, roleLabel, type ItemWords } from './words.js';
import { INSET_LINE, insetLines, type Box } from './insets.js';
import type { Point, Scene, SceneLayer } from './scene.js';
import { apply, MAX_ZOOM, transformOf, type ZoomState } from './zoom.js';

export interface MapView {
  readonly i18n: LocaleController;
  readonly items: ReadonlyMap<string, MapItem>;
  /** CSS class that colours each item (`role-…`, `class-0`…`class-4` or `nodata`). */
  readonly paint: ReadonlyMap<string, string>;
  /** Accessible name of each item. */
  readonly names: ReadonlyMap<string, string>;
  /** What is said of each item apart from its score (its tooltip's other lines). */
  readonly words: ReadonlyMap<string, ItemWords>;
  readonly colour?: Choropleth;
  /** The score of an item in words, when coloured by an indicator. */
  readonly score?: (item: MapItem) => string;
  readonly zoom: ZoomState;
  /** The item that takes the tab stop. */
  readonly active?: string;
  /** The selected item (highlighted). */
  readonly selected?: string;
  /** The focused or hovered item (outlined). */
  readonly focused?: string;
}

const NODATA = 'regin-map-nodata';
/** Id of the clip path of the `i`-th inset: its land and polygons stay inside its frame. */
const insetClip = (i: number) => `regin-map-inset-${i}`;

/** The hatching of "no data" (its class alone cannot fill with a pattern), or no `fill` attribute. */
const fillOf = (cls: string) => (cls === 'nodata' ? `url(#${NODATA})` : nothing);

/** A place on the map: a region polygon (its path `d`) or a marker (at a point, of `size` px²), as a toggle button. */
function place(v: MapView, key: string, at: string | Point, size = 150): SVGTemplateResult {
  const cls = v.paint.get(key) ?? 'role-other';
  const selected = key === v.selected;
  const tabindex = key === v.active ? 0 : -1;
  const label = v.names.get(key) ?? key;
  if (typeof at === 'string') {
    return svg`<path part="region" class="region ${cls}" d=${at} data-key=${key} role="button"
      tabindex=${tabindex} aria-label=${label} aria-pressed=${String(selected)} fill=${fillOf(cls)}
      vector-effect="non-scaling-stroke"></path>`;
  }
  const [x, y] = at;
  // coloured by an indicator, role markers step back to outlines so they are not read as data
  return svg`<g part="marker" class="marker ${cls} ${selected ? 'selected' : ''} ${v.colour ? 'outlined' : ''}" data-key=${key}
    transform="translate(${+x.toFixed(1)} ${+y.toFixed(1)})" role="button" tabindex=${tabindex}
    aria-label=${label} aria-pressed=${String(selected)}>
    <path d=${roleMarker(v.items.get(key)!.role, size)} fill=${fillOf(cls)}></path></g>`;
}

/** A layer's markers, each with a leader line from its place when it had to move off a polygon. */
function markers(v: MapView, list: SceneLayer['markers'], size: number, at: (p: Point) => Point = (p) => p): SVGTemplateResult[] {
  return list.map((m) => {
    const [x, y] = at([m.x, m.y]);
    const line = m.anchor && at(m.anchor);
    return svg`${line ? svg`<line class="leader" x1=${+line[0].toFixed(1)} y1=${+line[1].toFixed(1)} x2=${+x.toFixed(1)} y2=${+y.toFixed(1)} aria-hidden="true"></line><circle class="anchor" cx=${+line[0].toFixed(1)} cy=${+line[1].toFixed(1)} r="1.5" aria-hidden="true"></circle>` : nothing}${place(v, m.key, [x, y], size)}`;
  });
}

/** A rectangle over a box (an inset's frame or clip). */
const rect = ([[x0, y0], [x1, y1]]: Box, cls?: string) =>
  svg`<rect class=${cls ?? nothing} x=${x0} y=${y0} width=${x1 - x0} height=${y1 - y0}></rect>`;

/** Outlines drawn on top of a layer's polygons for the selected and focused items. */
function outlines(v: MapView, layer: SceneLayer): SVGTemplateResult[] {
  return layer.polygons
    .filter((p) => p.key === v.selected || p.key === v.focused)
    .map(
      (p) => svg`<path class="outline ${p.key === v.selected ? 'selected' : ''} ${p.key === v.focused ? 'focused' : ''}"
      d=${p.d} vector-effect="non-scaling-stroke" aria-hidden="true"></path>`,
    );
}

/** Id of the clip path of the mainland: nothing of it is drawn outside its frame. */
const MAIN_CLIP = 'regin-map-main';

/** An inset's label, on one or two lines in the strip under its picture. */
function insetText(v: MapView, scene: Scene, [[x0], [x1, y1]]: Box, id: string): SVGTemplateResult {
  const lines = insetLines(insetLabel(v.i18n, id), x1 - x0);
  const top = y1 - scene.insetLabel;
  return svg`<text class="inset-label" x=${x0 + 4} y=${top} aria-hidden="true">${lines.map(
    (line, i) => svg`<tspan x=${x0 + 4} dy=${i ? INSET_LINE : INSET_LINE - 1}>${line}</tspan>`,
  )}</text>`;
}

/** The map of a scene; `roles` are those of the places shown (for the legend); the summary describes it. */
export function renderSvg(v: MapView, scene: Scene, roles: ReadonlySet<MapRole>): TemplateResult {
  const { zoom } = v;
  const picture = ([[x0, y0], [x1, y1]]: Box): Box => [
    [x0, y0],
    [x1, y1 - scene.insetLabel],
  ];
  return html`<svg part="map-svg" viewBox="0 0 ${scene.width} ${scene.height}" width=${scene.width} height=${scene.height}
    role="group" aria-label=${v.i18n.msg('Map of partner and member regions', { id: 'map.label' })} aria-describedby="summary">
    <defs>
      <pattern id=${NODATA} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect class="nodata-bg" width="6" height="6"></rect><line class="nodata-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
      <clipPath id=${MAIN_CLIP}>${rect(scene.main)}</clipPath>
      ${scene.insets.map(({ box }, i) => svg`<clipPath id=${insetClip(i)}>${rect(picture(box))}</clipPath>`)}
    </defs>
    <g clip-path="url(#${MAIN_CLIP})">
      <g class="main" transform=${transformOf(zoom)}>
        <path class="land" d=${scene.land} vector-effect="non-scaling-stroke" aria-hidden="true"></path>
        ${scene.polygons.map((p) => place(v, p.key, p.d))}
        ${outlines(v, scene)}
      </g>
      ${markers(v, scene.markers, scene.markerSize, (p) => apply(zoom, p))}
    </g>
    ${scene.insets.map(
      (inset, i) => svg`<g part="inset" class="inset">
        ${rect(inset.box, 'inset-frame')}
        <g clip-path="url(#${insetClip(i)})">
          <path class="land" d=${inset.land} aria-hidden="true"></path>
          ${inset.polygons.map((p) => place(v, p.key, p.d))}
          ${outlines(v, inset)}
        </g>
        ${markers(v, inset.markers, scene.markerSize)}
        ${insetText(v, scene, inset.box, inset.area.id)}
      </g>`,
    )}
    ${scene.legend ? renderLegend(v, scene, roles) : nothing}
  </svg>`;
}

/** The legend below the map, for a layout that keeps no room for it beside the mainland (portrait). */
export function renderLegendBelow(v: MapView, scene: Scene, roles: ReadonlySet<MapRole>): TemplateResult | typeof nothing {
  if (scene.legend) return nothing;
  const { title, entries } = legendContent(v.i18n, roles, v.colour);
  const layout = layoutLegend(title, entries, scene.width);
  return html`<svg class="legend-below" viewBox="0 0 ${layout.width} ${layout.height}" width=${layout.width} height=${layout.height}>
    ${legendGroup(title, entries, layout, 0, 0)}
  </svg>`;
}

/** The legend's title and entries: the roles shown, or the choropleth's classes (highest first) and "no data". */
export function legendContent(
  i18n: LocaleController,
  roles: ReadonlySet<MapRole>,
  colour?: Pick<Choropleth, 'classes' | 'dimension' | 'years'>,
): { title: string; entries: LegendEntry[] } {
  const { msg } = i18n;
  if (!colour) {
    return {
      title: msg('Role', { id: 'map.legend.role' }),
      entries: MAP_ROLES.filter((r) => roles.has(r)).map((r) => ({
        cls: `role-${r}`,
        label: roleLabel(i18n, r),
        shape: roleMarker(r, 90),
      })),
    };
  }
  const dimension = i18n.text(colour.dimension?.label).value;
  const years = colour.years;
  const year = !years ? '' : years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`;
  const entries = colour.classes.map((c, i) => ({ cls: `class-${i}`, label: `${i18n.number(c.from)}–${i18n.number(c.to)}` }));
  return {
    title: year ? msg(str`${dimension}, ${year}`, { id: 'map.legend.scale-year' }) : dimension,
    entries: [...entries.reverse(), { cls: 'nodata', label: msg('No data', { id: 'map.legend.no-data' }) }],
  };
}

/** How tall the legend may get at a width, in either colour mode (so recolouring never moves the map). */
export function legendReserve(i18n: LocaleController, roles: ReadonlySet<MapRole>, colour: Pick<Choropleth, 'classes'>) {
  const both = [legendContent(i18n, roles), legendContent(i18n, roles, { ...colour, dimension: undefined, years: undefined })];
  return (width: number) => Math.max(...both.map((l) => layoutLegend(l.title, l.entries, width, 2).height));
}

/** The legend, inside the SVG in the room the layout kept for it. */
function renderLegend(v: MapView, scene: Scene, roles: ReadonlySet<MapRole>): SVGTemplateResult {
  const { title, entries } = legendContent(v.i18n, roles, v.colour);
  const [[x0, y0], [x1, y1]] = scene.legend!;
  const layout = layoutLegend(title, entries, x1 - x0);
  // at the bottom of a side column, at the top of a strip along the top
  const y = x1 - x0 < scene.width / 2 ? Math.max(y0, y1 - layout.height) : y0;
  return legendGroup(title, entries, layout, x0, y);
}

/** The legend's swatches and words at `x`,`y`. */
function legendGroup(
  title: string,
  entries: readonly LegendEntry[],
  layout: LegendLayout,
  x0: number,
  y: number,
): SVGTemplateResult {
  const described = `${title}: ${entries.map((e) => e.label).join('; ')}`;
  return svg`<g part="legend" class="legend" transform="translate(${x0} ${y})" role="img" aria-label=${described}>
    <rect class="legend-bg" width=${layout.width} height=${layout.height} rx="4"></rect>
    ${layout.title.map((line, i) => svg`<text class="legend-title" x="8" y=${LINE * (i + 1) - 4}>${line}</text>`)}
    ${layout.entries.map(({ entry, x, y }) => {
      const cy = y + LINE / 2;
      const swatch = entry.shape
        ? svg`<path class=${entry.cls} d=${entry.shape} transform="translate(${x + 7} ${cy})"></path>`
        : svg`<rect class="swatch ${entry.cls}" x=${x} y=${cy - 6} width="14" height="12"
            fill=${fillOf(entry.cls)}></rect>`;
      return svg`${swatch}<text x=${x + 20} y=${cy + 4}>${entry.label}</text>`;
    })}
  </g>`;
}

/** The tooltip's lines for an item. */
export function renderTooltip(v: MapView, key: string): TemplateResult {
  const item = v.items.get(key)!;
  const name = v.i18n.text(item.name);
  return html`<strong lang=${name.lang ?? nothing}>${name.value}</strong>
    ${itemLines(v.words.get(key)!, item, v.score).map((line) => html`<span>${line}</span>`)}`;
}

/** The same items as a table of buttons: the accessible alternative to the map. */
export function renderList(v: MapView, select: (key: string) => void): TemplateResult {
  const { i18n } = v;
  const { msg } = i18n;
  const dimension = i18n.text(v.colour?.dimension?.label).value;
  const name = (i: MapItem) => i18n.text(i.name).value;
  const order = [...v.items.values()].sort((a, b) => i18n.compare(name(a), name(b)));
  return html`<table part="list" class="list">
    <caption>${msg('Regions and partners on the map', { id: 'map.list.caption' })}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Name', { id: 'map.list.name' })}</th>
        <th scope="col">${msg('Role', { id: 'map.legend.role' })}</th>
        <th scope="col">${msg('Partner organisation', { id: 'map.list.organisation' })}</th>
        ${v.colour ? html`<th scope="col">${dimension}</th>` : nothing}
        <th scope="col">${msg('Measures', { id: 'map.list.measures' })}</th>
      </tr>
    </thead>
    <tbody>
      ${order.map((item) => {
        const name = i18n.text(item.name);
        const score = v.colour && item.regionId ? v.colour.scores.get(item.regionId) : undefined;
        return html`<tr>
          <th scope="row">
            <button data-key=${item.key} aria-pressed=${String(item.key === v.selected)} @click=${() => select(item.key)}>
              <span lang=${name.lang ?? nothing}>${name.value}</span>
            </button>
          </th>
          <td>${roleLabel(i18n, item.role)}</td>
          <td>${organisationsLabel(i18n, item)}</td>
          ${v.colour ? html`<td>${score ? i18n.number(score.value) : msg('No data', { id: 'map.legend.no-data' })}</td>` : nothing}
          <td>${item.regionId ? i18n.number(item.measures) : ''}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The zoom the toolbar shows and changes (the map's interaction). */
export interface ToolbarZoom {
  readonly zoom: ZoomState;
  zoomIn(): void;
  zoomOut(): void;
  resetZoom(): void;
}

/** The list/map switch and the zoom buttons. */
export function renderToolbar(
  i18n: LocaleController,
  list: boolean,
  canList: boolean,
  nav: ToolbarZoom,
  toggleList: () => void,
): TemplateResult {
  const { msg } = i18n;
  const { k } = nav.zoom;
  const zoom = [
    { label: msg('Zoom in', { id: 'map.zoom.in' }), sign: '+', disabled: k >= MAX_ZOOM, action: () => nav.zoomIn() },
    { label: msg('Zoom out', { id: 'map.zoom.out' }), sign: '−', disabled: k <= 1, action: () => nav.zoomOut() },
    { label: msg('Reset zoom', { id: 'map.zoom.reset' }), sign: '⟲', disabled: k <= 1, action: () => nav.resetZoom() },
  ];
  return html`<div class="toolbar">
    <button aria-pressed=${String(list)} ?disabled=${!canList} @click=${toggleList}>
      ${msg('Show as list', { id: 'map.view.list' })}
    </button>
    ${
      list
        ? nothing
        : html`<div class="zoom" role="group" aria-label=${msg('Zoom', { id: 'map.zoom' })}>
          ${zoom.map(
            ({ label, sign, disabled, action }) => html`<button ?disabled=${disabled} @click=${action}>
              <span aria-hidden="true">${sign}</span><span class="visually-hidden">${label}</span>
            </button>`,
          )}
        </div>`
    }
  </div>`;
}

/** The places the map could not draw, named. */
export function renderUnplaced(i18n: LocaleController, items: readonly MapItem[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<p class="unplaced">
    ${i18n.msg('Not on the map (no boundary or location in the data):', { id: 'map.unplaced' })}
    ${items.map((item, n) => {
      const name = i18n.text(item.name);
      return html`${n ? ', ' : ''}<span lang=${name.lang ?? nothing}>${name.value}</span>`;
    })}
  </p>`;
}

/** A notice of the map, a status message unless `role` says otherwise. */
export const mapNotice = (text: string, cls = 'notice', role: string | typeof nothing = 'status') =>
  html`<p class=${cls} part="notice" role=${role}>${text}</p>`;

/** The map's own notices: geometry that could not be loaded, an indicator to colour by that is not in the data. */
export function renderMapNotices(i18n: LocaleController, broken: boolean, unknownIndicator: boolean) {
  const { msg } = i18n;
  return html`${broken ? mapNotice(msg('The map could not be drawn; the places are listed instead.', { id: 'map.geometry-error' })) : nothing}
  ${
    unknownIndicator
      ? mapNotice(
          msg('The indicator to colour by is not in the data; no region has a score.', { id: 'map.unknown-dimension' }),
          undefined,
          nothing,
        )
      : nothing
  }`;
}

/** Credits of the map's own data: the boundaries (unless the feed already credits them) and the country outlines. */
export function mapCredits(i18n: LocaleController, feed: Feed | null): string[] {
  const { msg } = i18n;
  const credited = feed?.attribution.some((t) => Object.values(t).some((v) => v.includes('EuroGeographics')));
  return [
    ...(credited ? [] : [msg('© EuroGeographics for the administrative boundaries', { id: 'map.credit.boundaries' })]),
    msg('Country outlines: Natural Earth', { id: 'map.credit.countries' }),
  ];
}
