/**
 * Region shapes by code and area (the mainland or an inset): NUTS 2 and NUTS 3 polygons straight from the
 * planar TopoJSON, NUTS 1 and NUTS 0 merged from NUTS 2 on demand, and any feature of a host's own
 * TopoJSON by its id.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { areaOfObject, isLand, MAINLAND, polygonGeometry, type PlanarTopology } from './planar.js';

export type RegionShape = Feature<Polygon | MultiPolygon, { id: string }>;

/** NUTS 2 regions that are outermost regions; merged NUTS 0/1 shapes leave them out (they get insets). */
export const OUTERMOST_NUTS2: readonly string[] = ['ES70', 'PT20', 'PT30', 'FRY1', 'FRY2', 'FRY3', 'FRY4', 'FRY5'];

/** NUTS level of a code: `ES` → 0, `ES5` → 1, `ES51` → 2, `ES511` → 3; not a NUTS code → -1. */
export function nutsLevel(code: string): number {
  return /^[A-Z]{2}[0-9A-Z]{0,3}$/.test(code) ? code.length - 2 : -1;
}

/** Whether any of the codes needs the NUTS 3 file. */
export function needsNuts3(codes: Iterable<string | undefined>): boolean {
  for (const code of codes) if (code && nutsLevel(code) === 3) return true;
  return false;
}

interface Entry {
  readonly topology: Topology;
  readonly object: TopoPolygon | TopoMultiPolygon;
}

const keyOf = (area: string, code: string) => `${area} ${code}`;

/** Polygons of one or more planar topologies, by area and feature id. */
export class ShapeIndex {
  readonly #entries = new Map<string, Entry>();
  readonly #shapes = new Map<string, RegionShape | null>();
  /** NUTS 2 ids per area, for merging NUTS 0/1. */
  readonly #nuts2 = new Map<string, string[]>();

  /**
   * Adds every polygon feature of `topology`, in the area of its object, keyed by `feature.id`, then
   * `properties.id`, `NUTS_ID` or `nuts`. Earlier topologies win for the same area and id.
   */
  add(topology: PlanarTopology): this {
    for (const [name, object] of Object.entries(topology.objects)) {
      if (isLand(name)) continue;
      const area = areaOfObject(name, topology.projection);
      const geometries = object.type === 'GeometryCollection' ? object.geometries : [object];
      for (const g of geometries) {
        if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
        const props = (g.properties ?? {}) as Record<string, unknown>;
        const found = [g.id, props['id'], props['NUTS_ID'], props['nuts']].find(
          (v) => typeof v === 'string' || typeof v === 'number',
        );
        if (found === undefined) continue;
        const id = String(found);
        const key = keyOf(area, id);
        if (this.#entries.has(key)) continue;
        this.#entries.set(key, { topology, object: g as TopoPolygon | TopoMultiPolygon });
        if (nutsLevel(id) === 2) {
          const list = this.#nuts2.get(area) ?? [];
          list.push(id);
          this.#nuts2.set(area, list);
        }
      }
    }
    this.#shapes.clear();
    return this;
  }

  /** How many shapes are indexed, all areas together. */
  get size(): number {
    return this.#entries.size;
  }

  has(code: string, area = MAINLAND): boolean {
    return this.#entries.has(keyOf(area, code));
  }

  /**
   * The shape of a code in an area: the feature with that id, or for a NUTS 0/1 code the union of its
   * NUTS 2 regions (outermost regions left out unless the code names only them). `undefined` when not
   * found. Shapes are made once and then shared.
   */
  get(code: string, area = MAINLAND): RegionShape | undefined {
    const key = keyOf(area, code);
    let shape = this.#shapes.get(key);
    if (shape === undefined) {
      const entry = this.#entries.get(key);
      shape = entry ? toShape(code, polygonGeometry(entry.topology, entry.object)) : this.#merge(code, area);
      this.#shapes.set(key, shape);
    }
    return shape ?? undefined;
  }

  /** The countries of an area that have NUTS 2 regions here, each merged from them (for the base map). */
  countries(area = MAINLAND): RegionShape[] {
    const codes = new Set((this.#nuts2.get(area) ?? []).map((id) => id.slice(0, 2)));
    return [...codes].sort().flatMap((code) => this.get(code, area) ?? []);
  }

  #merge(code: string, area: string): RegionShape | null {
    const level = nutsLevel(code);
    if (level !== 0 && level !== 1) return null;
    const under = (this.#nuts2.get(area) ?? []).filter((id) => id.startsWith(code));
    const mainland = under.filter((id) => !OUTERMOST_NUTS2.includes(id));
    const parts = (mainland.length > 0 ? mainland : under).map((id) => this.#entries.get(keyOf(area, id))!);
    if (parts.length === 0) return null;
    const topology = parts[0]!.topology;
    const objects = parts.filter((p) => p.topology === topology).map((p) => p.object);
    return toShape(code, merge(topology, objects));
  }
}

function toShape(id: string, geometry: Polygon | MultiPolygon): RegionShape {
  return { type: 'Feature', id, properties: { id }, geometry };
}
