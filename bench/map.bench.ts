// <regin-partner-map>: recolouring every NUTS 2 and every NUTS 3 region after a `color-by` change, side
// by side with a plain re-render of the same map and with recomputing its paths (what recolouring avoids).
import type { GeometryCollection, Topology } from 'topojson-specification';
import { normaliseFeed } from '../src/feed/normalise.js';
import type { MapGeometry } from '../src/map/geometry-controller.js';
import { mapItems } from '../src/map/items.js';
import { GEOMETRY_FILES } from '../src/map/files.js';
import { featuresByArea, type PlanarTopology } from '../src/map/planar.js';
import { buildScene } from '../src/map/scene.js';
import { ShapeIndex } from '../src/map/shapes.js';
import '../src/partner-map.js';
import type { ReginPartnerMap } from '../src/partner-map.js';
import { measure, nextPaint, ratio, type BenchReport, type BenchRow } from './lib.js';

const WIDTH = 1000;
const HEIGHT = 750;

async function topology(file: string): Promise<PlanarTopology> {
  return (await fetch(`/src/assets/geometry/${file}.topo.json`)).json();
}

/** A feed with one region per NUTS code and a score in two dimensions for each (deterministic values). */
function feedFor(ids: readonly string[]) {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 100;
  return {
    format: 'regin-feed',
    version: '1.0',
    framework: {
      id: 'bench',
      scale: [0, 100],
      dimensions: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    },
    regions: ids.map((id) => ({ id, name: id, country: id.slice(0, 2), nuts: id, roles: ['cpmr-member'] })),
    scores: ids.flatMap((id) => [
      { region: id, dimension: 'a', value: Math.round(random()), year: 2021 },
      { region: id, dimension: 'b', value: Math.round(random()), year: 2021 },
    ]),
  };
}

async function mount(feed: unknown): Promise<ReginPartnerMap> {
  const box = document.createElement('div');
  box.style.width = `${WIDTH}px`;
  const el = document.createElement('regin-partner-map');
  el.group = `bench-${Math.random()}`;
  el.feed = feed;
  el.colorBy = 'a';
  box.append(el);
  document.body.append(box);
  const started = performance.now();
  while (!el.shadowRoot?.querySelector('path.region')) {
    if (performance.now() - started > 30_000) throw new Error('the map was not drawn');
    await nextPaint();
  }
  return el;
}

async function rows(level: 'NUTS 2' | 'NUTS 3', ids: string[], geometry: MapGeometry): Promise<BenchRow[]> {
  const raw = feedFor(ids);
  const el = await mount(raw);
  const drawn = el.shadowRoot!.querySelectorAll('path.region').length;
  if (drawn !== ids.length) throw new Error(`${level}: ${drawn} of ${ids.length} regions drawn`);
  const items = mapItems(normaliseFeed(raw).feed!);
  const paths = await measure(
    `${level} (${ids.length}): recompute paths (resize)`,
    () => buildScene({ items, geometry, width: WIDTH, height: HEIGHT }),
    { runs: 10, warmup: 2 },
  );
  const plain = await measure(`${level} (${ids.length}): plain re-render`, async () => {
    el.requestUpdate();
    await el.updateComplete;
  });
  let flip = false;
  const recolour = await measure(`${level} (${ids.length}): recolour after color-by change`, async () => {
    flip = !flip;
    el.colorBy = flip ? 'b' : 'a';
    await el.updateComplete;
  });
  // the same, plus the style and layout work the browser does before painting the new colours
  const styled = await measure(`${level} (${ids.length}): recolour + style and layout`, async () => {
    flip = !flip;
    el.colorBy = flip ? 'b' : 'a';
    await el.updateComplete;
    document.body.getBoundingClientRect();
  });
  el.parentElement!.remove();
  return [ratio(plain, recolour, 'recolour'), ratio(recolour, paths, 'recomputing paths'), styled, paths];
}

export default async function run(): Promise<BenchReport> {
  // every built file: the base (land, NUTS 2, a few NUTS 3), the insets and the NUTS 3 files of every country
  const names = ['base', ...GEOMETRY_FILES.insets.map((a) => `inset-${a}`), ...GEOMETRY_FILES.nuts3.map((c) => `nuts3-${c}`)];
  const files = await Promise.all(names.map(topology));
  const shapes = new ShapeIndex();
  const land = new Map();
  for (const t of files) {
    shapes.add(t);
    featuresByArea(t, land);
  }
  const geometry: MapGeometry = { projection: files[0]!.projection, land, shapes };
  // every region of the files (mainland and inset objects) of a NUTS level
  const all = files.flatMap((t: Topology) =>
    Object.entries(t.objects).flatMap(([name, o]) =>
      name.startsWith('land') ? [] : (o as GeometryCollection).geometries.map((g) => String(g.id)),
    ),
  );
  const level = (n: number) =>
    ({
      objects: {
        all: {
          type: 'GeometryCollection',
          geometries: [...new Set(all.filter((id) => id.length === n + 2))].map((id) => ({ id })),
        },
      },
    }) as unknown as Topology;
  const ids = (t: Topology) =>
    Object.values(t.objects).flatMap((o) => (o as GeometryCollection).geometries.map((g) => String(g.id)));
  const nuts2 = level(2);
  const nuts3 = level(3);
  return {
    title: '<regin-partner-map>: recolour vs re-render',
    note:
      `Map ${WIDTH}×${HEIGHT} px, one region per NUTS code, each with a score; recolour = set color-by and await the ` +
      'update (classes change, paths do not); "+ style and layout" also flushes the browser\'s style and layout. ' +
      'Goal: NUTS 2 recolour within one frame (16 ms).',
    rows: [...(await rows('NUTS 2', ids(nuts2!), geometry)), ...(await rows('NUTS 3', ids(nuts3!), geometry))],
  };
}
