/**
 * The map's list view: the same places as a table of buttons, the accessible alternative to the map and
 * its fallback when the geometry cannot be drawn. Loaded on demand (`import()`), when it is first shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MapItem } from './items.js';
import { organisationsLabel, roleLabel } from './labels.js';
import type { MapView } from './view.js';

/** The same items as a table of buttons: the accessible alternative to the map. */
export function renderList(v: MapView, order: readonly MapItem[], select: (key: string) => void): TemplateResult {
  const { i18n } = v;
  const { msg } = i18n;
  const dimension = v.colour?.dimension ? i18n.text(v.colour.dimension.label).value : '';
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
            <button data-key=${item.key} aria-pressed=${item.key === v.selected ? 'true' : 'false'} @click=${() => select(item.key)}>
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
