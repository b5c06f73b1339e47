/**
 * The geometry a map needs, loaded lazily: the country outlines and the NUTS 2 polygons that ship with
 * the package (NUTS 3 only when a shown region needs it), or the host's own TopoJSON from the `geometry`
 * attribute. Loads are shared page-wide (see {@link loadTopology}).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { builtinGeometryUrl, loadTopology } from './load.js';
import { ShapeIndex } from './shapes.js';

export type GeometryStatus = 'idle' | 'loading' | 'ready' | 'error';

const countriesOf = new WeakMap<Topology, FeatureCollection>();
const shapesOf = new Map<string, ShapeIndex>();

function countries(topology: Topology): FeatureCollection {
  let fc = countriesOf.get(topology);
  if (!fc) {
    const object = topology.objects['countries'] ?? Object.values(topology.objects)[0];
    fc = object ? (feature(topology, object as GeometryCollection) as FeatureCollection) : { type: 'FeatureCollection', features: [] };
    countriesOf.set(topology, fc);
  }
  return fc;
}

export class GeometryController implements ReactiveController {
  status: GeometryStatus = 'idle';
  countries?: FeatureCollection;
  shapes?: ShapeIndex;
  error?: unknown;
  private key = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Asks for the geometry of a map: `custom` is the host's TopoJSON URL (already checked) or `null` for
   * the built-in files; `nuts3` whether NUTS 3 polygons are needed. Loads only when that changes (a
   * failed load is not retried until then).
   */
  want(custom: string | null, nuts3: boolean): void {
    const urls = custom
      ? [builtinGeometryUrl('countries'), custom]
      : [builtinGeometryUrl('countries'), builtinGeometryUrl('nuts2'), ...(nuts3 ? [builtinGeometryUrl('nuts3')] : [])];
    const key = urls.join(' ');
    if (key === this.key) return;
    this.key = key;
    this.status = 'loading';
    Promise.all(urls.map(loadTopology)).then(
      ([world, ...regions]) => {
        if (key !== this.key) return;
        let shapes = shapesOf.get(key);
        if (!shapes) {
          shapes = new ShapeIndex();
          for (const t of regions) shapes.add(t);
          shapesOf.set(key, shapes);
        }
        this.countries = countries(world!);
        this.shapes = shapes;
        this.status = 'ready';
        this.error = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (key !== this.key) return;
        this.status = 'error';
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }
}
