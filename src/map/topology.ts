/**
 * The two things the map needs from TopoJSON: the polygons of an object as GeoJSON coordinates, and the
 * union of several polygons (NUTS 1 and NUTS 0 from NUTS 2). The results are those of topojson-client's
 * `feature()` geometry and `merge()` — the same algorithm, the same rings in the same order from the same
 * first point — for polygons only (other geometries have no rings to draw).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

/** A ring or a line as arc indices (a negative index `~i` is arc `i` reversed). */
type ArcRefs = readonly number[];
/** A polygon as rings of arc indices. */
type PolygonArcs = readonly ArcRefs[];

/** The geometry shapes that carry polygons (a collection may hold more of them). */
export interface TopoShape {
  readonly type: string | null;
  readonly arcs?: unknown;
  readonly geometries?: readonly TopoShape[];
}

const index = (i: number) => (i < 0 ? ~i : i);

/** Decodes a ring of arcs to coordinates, as topojson-client's `object()` does. */
function decoder(topology: Topology): (arcs: ArcRefs) => Position[] {
  const t = topology.transform;
  return (arcs) => {
    const points: Position[] = [];
    for (const i of arcs) {
      // each arc starts where the last one ended
      if (points.length) points.pop();
      const arc = topology.arcs[index(i)]!;
      let x = 0;
      let y = 0;
      for (const p of arc) {
        if (!t) points.push(p);
        else {
          // quantized: delta-encoded integers, scaled and translated (other dimensions as they are)
          const q = p.slice();
          q[0] = (x += p[0]!) * t.scale[0] + t.translate[0];
          q[1] = (y += p[1]!) * t.scale[1] + t.translate[1];
          points.push(q);
        }
      }
      if (i < 0) {
        for (let a = points.length - arc.length, b = points.length - 1; a < b; a++, b--) [points[a], points[b]] = [points[b]!, points[a]!];
      }
    }
    // a ring has at least four points
    while (points.length < 4) points.push(points[0]!);
    return points;
  };
}

/** The polygons of a TopoJSON geometry as arc rings, in order (collections included, other geometries have none). */
const polygonArcs = (o: TopoShape): PolygonArcs[] =>
  o.type === 'GeometryCollection'
    ? o.geometries!.flatMap(polygonArcs)
    : o.type === 'Polygon'
      ? [o.arcs as PolygonArcs]
      : o.type === 'MultiPolygon'
        ? (o.arcs as PolygonArcs[])
        : [];

/**
 * The polygons of a TopoJSON geometry as GeoJSON coordinates, in order: the `coordinates` of a
 * MultiPolygon (of a Polygon: its one element) with the rings topojson-client's `feature()` gives.
 */
export function polygonsOf(topology: Topology, o: TopoShape): Position[][][] {
  const ring = decoder(topology);
  return polygonArcs(o).map((polygon) => polygon.map(ring));
}

/** A Polygon's or MultiPolygon's geometry as GeoJSON, as topojson-client's `feature()` gives it (anything else: its polygons, if any). */
export function geometryOf(topology: Topology, o: TopoShape): Polygon | MultiPolygon {
  const coordinates = polygonsOf(topology, o);
  return o.type === 'Polygon' ? { type: 'Polygon', coordinates: coordinates[0]! } : { type: 'MultiPolygon', coordinates };
}

/** Twice the area of a ring, unsigned (topojson-client's `planarRingArea`). */
function ringArea(ring: readonly Position[]): number {
  let area = 0;
  let b = ring[ring.length - 1]!;
  for (const a of ring) {
    area += b[0]! * a[1]! - b[1]! * a[0]!;
    b = a;
  }
  return Math.abs(area);
}

interface Fragment {
  arcs: number[];
  start?: string;
  end?: string;
}

/** Joins arcs end to end into rings (topojson-client's `stitch`, step for step, so the rings are the same). */
function stitch(topology: Topology, arcs: number[]): number[][] {
  const stitched = new Set<number>();
  const byStart = new Map<string, Fragment>();
  const byEnd = new Map<string, Fragment>();
  const fragments: number[][] = [];
  // empty arcs first, since they may be subsumed by other arcs
  let empty = -1;
  arcs.forEach((i, j) => {
    const arc = topology.arcs[index(i)]!;
    if (arc.length < 3 && !arc[1]![0] && !arc[1]![1]) {
      const t = arcs[++empty]!;
      arcs[empty] = i;
      arcs[j] = t;
    }
  });
  const ends = (i: number): [string, string] => {
    const arc = topology.arcs[index(i)]!;
    const p0 = arc[0]!;
    let p1 = arc[arc.length - 1]!;
    if (topology.transform) {
      p1 = [0, 0];
      for (const d of arc) (p1[0]! += d[0]!), (p1[1]! += d[1]!);
    }
    return i < 0 ? [String(p1), String(p0)] : [String(p0), String(p1)];
  };
  const join = (start: string | undefined, f: Fragment, g: Fragment, end: string | undefined) => {
    const fg = g === f ? f : { arcs: f.arcs.concat(g.arcs) };
    fg.start = start;
    fg.end = end;
    byStart.set(start!, fg);
    byEnd.set(end!, fg);
  };
  for (const i of arcs) {
    const [start, end] = ends(i);
    let f = byEnd.get(start);
    let g: Fragment | undefined;
    if (f) {
      byEnd.delete(f.end!);
      f.arcs.push(i);
      f.end = end;
      if ((g = byStart.get(end))) {
        byStart.delete(g.start!);
        join(f.start, f, g, g.end);
      } else join(f.start, f, f, f.end);
    } else if ((f = byStart.get(end))) {
      byStart.delete(f.start!);
      f.arcs.unshift(i);
      f.start = start;
      if ((g = byEnd.get(start))) {
        byEnd.delete(g.end!);
        join(g.start, g, f, f.end);
      } else join(f.start, f, f, f.end);
    } else {
      f = { arcs: [i] };
      join(start, f, f, end);
    }
  }
  const flush = (from: Map<string, Fragment>, other: Map<string, Fragment>) => {
    for (const f of from.values()) {
      other.delete(f.start!);
      f.start = f.end = undefined;
      for (const i of f.arcs) stitched.add(index(i));
      fragments.push(f.arcs);
    }
  };
  flush(byEnd, byStart);
  flush(byStart, byEnd);
  for (const i of arcs) if (!stitched.has(index(i))) fragments.push([i]);
  return fragments;
}

/**
 * The union of polygons of one topology: their rings without the arcs they share, one polygon per
 * connected group, its largest ring first. The `coordinates` of topojson-client's `merge()`.
 */
export function mergePolygons(topology: Topology, objects: readonly TopoShape[]): Position[][][] {
  const byArc: PolygonArcs[][] = [];
  const polygons = objects.flatMap(polygonArcs);
  for (const polygon of polygons) for (const ring of polygon) for (const arc of ring) (byArc[index(arc)] ??= []).push(polygon);
  const seen = new Set<PolygonArcs>();
  const groups: PolygonArcs[][] = [];
  for (let polygon of polygons) {
    if (seen.has(polygon)) continue;
    const group: PolygonArcs[] = [];
    const neighbours = [polygon];
    seen.add(polygon);
    groups.push(group);
    while ((polygon = neighbours.pop()!)) {
      group.push(polygon);
      for (const ring of polygon) {
        for (const arc of ring) {
          for (const next of byArc[index(arc)]!) if (!seen.has(next)) seen.add(next), neighbours.push(next);
        }
      }
    }
  }
  const ring = decoder(topology);
  const area = (arcs: ArcRefs) => ringArea(ring(arcs));
  return groups
    .map((group) => {
      const arcs = stitch(
        topology,
        group.flatMap((polygon) => polygon.flatMap((ring) => ring.filter((arc) => byArc[index(arc)]!.length < 2))),
      );
      for (let i = 1, k = arcs.length > 1 ? area(arcs[0]!) : 0; i < arcs.length; ++i) {
        const ki = area(arcs[i]!);
        if (ki > k) [arcs[0], arcs[i], k] = [arcs[i]!, arcs[0]!, ki];
      }
      return arcs.map(ring);
    })
    .filter((rings) => rings.length > 0);
}
