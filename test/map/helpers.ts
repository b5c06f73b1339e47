// Shared by the map tests: the fixture feed and the real built geometry, fetched from the test server.
import { nothing, render } from 'lit';
import type { FeatureCollection } from 'geojson';
import { normaliseFeed } from '../../src/feed/normalise.js';
import type { Feed } from '../../src/feed/types.js';
import type { MapGeometry } from '../../src/map/geometry-controller.js';
import { GEOMETRY_FILES } from '../../src/map/files.js';
import type { Box } from '../../src/map/insets.js';
import type { Fit } from '../../src/map/projection.js';
import { featuresByArea, MAINLAND, type PlanarTopology } from '../../src/map/planar.js';
import { ShapeIndex } from '../../src/map/shapes.js';
import '../../src/partner-map.js';
import type { ReginPartnerMap } from '../../src/partner-map.js';

export async function fetchJson<T = unknown>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The raw fixture JSON (a fresh copy each call, so tests may change it). The query keeps this response
 * apart, in the browser's cache, from the JavaScript module the stories import from the same file.
 */
export function rawFixture(name = 'map-regin'): Promise<Record<string, any>> {
  return fetchJson(`/test/fixtures/${name}.json?as=data`);
}

export async function fixtureFeed(name = 'map-regin'): Promise<Feed> {
  const { feed } = normaliseFeed(await rawFixture(name));
  if (!feed) throw new Error(`fixture ${name} does not normalise`);
  return feed;
}

/** Whether the point is inside the box, give or take `slack`. */
export const inside = ([x, y]: readonly number[], [[x0, y0], [x1, y1]]: Box, slack = 0.5): boolean =>
  x! >= x0 - slack && x! <= x1 + slack && y! >= y0 - slack && y! <= y1 + slack;

/** No scaling: planar kilometres as they are. */
export const KM: Fit = { k: 1, tx: 0, ty: 0 };

export interface Geometry {
  /** Every built file by name (`base`, `nuts3-SE`, `inset-PT20` …). */
  readonly topologies: Record<string, PlanarTopology>;
  /** As the map uses it, with every built file: the land and the NUTS 2 and NUTS 3 shapes. */
  readonly geometry: MapGeometry;
  readonly shapes: ShapeIndex;
  /** The mainland's country outlines. */
  readonly countries: FeatureCollection;
}

let cached: Promise<Geometry> | undefined;

/** The built geometry in src/assets/geometry/, as the map uses it. */
export function builtGeometry(): Promise<Geometry> {
  cached ??= (async () => {
    const names = ['base', ...GEOMETRY_FILES.insets.map((a) => `inset-${a}`), ...GEOMETRY_FILES.nuts3.map((c) => `nuts3-${c}`)];
    const files = await Promise.all(names.map((f) => fetchJson<PlanarTopology>(`/src/assets/geometry/${f}.topo.json`)));
    const land = new Map<string, FeatureCollection>();
    const shapes = new ShapeIndex();
    for (const t of files) {
      featuresByArea(t, land);
      shapes.add(t);
    }
    const mainland = land.get(MAINLAND)!;
    land.set(MAINLAND, { type: 'FeatureCollection', features: [...mainland.features, ...shapes.countries()] });
    return {
      topologies: Object.fromEntries(names.map((n, i) => [n, files[i]!])),
      geometry: { projection: files[0]!.projection, land, shapes },
      shapes,
      countries: land.get(MAINLAND)!,
    };
  })();
  return cached;
}

/** Whether the SVG path `d` covers the point, as the browser fills it (non-zero rule, like the map). */
export function covers(d: string, [x, y]: readonly number[]): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  return context.isPointInPath(new Path2D(d), x!, y!);
}

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh box (of `width` px when given) and returns the map in it once it has
 * updated. Unlike `fixture()` of a plain wrapper it never waits for an animation frame, which a test
 * page in a background tab does not get.
 */
export async function mountMap(template: unknown, width?: number): Promise<ReginPartnerMap> {
  const box = document.createElement('div');
  if (width) box.style.width = `${width}px`;
  document.body.append(box);
  mounted.push(box);
  render(template, box);
  const el = box.querySelector('regin-partner-map');
  if (!el) throw new Error('no <regin-partner-map> in the template');
  await el.updateComplete;
  return el;
}

export function unmountAll(): void {
  for (const box of mounted.splice(0)) {
    render(nothing, box);
    box.remove();
  }
}

/** A button of the map's "Zoom" group, found by its accessible name ("Zoom in", "Zoom out", "Reset zoom" …). */
export function zoomButton(el: ReginPartnerMap, name: string): HTMLButtonElement {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=group][aria-label=Zoom] button')];
  // its name: the text a screen reader reads, without the sign shown beside it (aria-hidden)
  const nameOf = (b: HTMLButtonElement) =>
    [...b.childNodes]
      .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const button = buttons.find((b) => nameOf(b) === name);
  if (!button) throw new Error(`no "${name}" button in the Zoom group`);
  return button;
}
