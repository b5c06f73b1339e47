/**
 * Label placement without collisions, in the spirit of d3's layout helpers: given label boxes with a
 * priority, it keeps every label it can where it wants to be, nudges the others to the first free spot
 * among their candidate offsets, and drops what finds no room — lowest priority first. Pure and DOM-free:
 * the caller measures the texts (see `measure-text.ts`) and draws the result.
 */

export interface LabelBox {
  readonly id: string;
  /** Centre of the box where the label wants to be. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher is placed first and dropped last (e.g. axis names 3, values 2, reference tags 1, grid numbers 0). */
  readonly priority: number;
  /**
   * Offsets `[dx, dy]` to try, in order, when the wanted spot is taken; `[0, 0]` is always tried first.
   * Absent: the label is not moved, only kept or dropped.
   */
  readonly nudges?: readonly (readonly [number, number])[];
  /** A label that must stay (it is still an obstacle for the others), e.g. an axis name. */
  readonly fixed?: boolean;
}

export interface PlacedLabel {
  readonly id: string;
  /** Centre where the label is drawn (moved by its nudge, if any). */
  readonly x: number;
  readonly y: number;
  readonly visible: boolean;
}

export interface LabelLayout {
  /** Every label, in the order given. */
  readonly labels: readonly PlacedLabel[];
  /** Ids of the labels left out, in the order given. */
  readonly dropped: readonly string[];
}

export interface LabelLayoutOptions {
  /** Least space between two shown labels, in the same units as the boxes (default 2). */
  readonly gap?: number;
  /** Where labels may be: `[x0, y0, x1, y1]`; a label nudged outside is not placed there. */
  readonly bounds?: readonly [number, number, number, number];
}

/** Boxes as `[x0, y0, x1, y1]`. */
type Rect = readonly [number, number, number, number];

const rectOf = (b: LabelBox, dx: number, dy: number): Rect => [
  b.x + dx - b.width / 2,
  b.y + dy - b.height / 2,
  b.x + dx + b.width / 2,
  b.y + dy + b.height / 2,
];

/** Whether two boxes come closer than `gap` (touching at exactly `gap` is fine). */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap;
}

const inside = (r: Rect, bounds: Rect | undefined) =>
  !bounds || (r[0] >= bounds[0] && r[1] >= bounds[1] && r[2] <= bounds[2] && r[3] <= bounds[3]);

/**
 * Places `labels`: highest priority first (ties in the order given); each at the first of its wanted
 * spot and its `nudges` that keeps `gap` from every label already placed and stays within `bounds`;
 * otherwise dropped — unless `fixed`, in which case it stays where it wants to be. Two shown labels that
 * are not both fixed are never closer than `gap`.
 *
 * @example
 * placeLabels([
 *   { id: 'value', x: 50, y: 20, width: 14, height: 12, priority: 2, nudges: [[0, -14], [0, 14]] },
 *   { id: 'grid', x: 52, y: 22, width: 14, height: 12, priority: 0 },
 * ]).dropped; // ['grid']
 */
export function placeLabels(labels: readonly LabelBox[], options: LabelLayoutOptions = {}): LabelLayout {
  const gap = options.gap ?? 2;
  const bounds = options.bounds;
  const order = labels.map((_, i) => i);
  // Fixed labels are obstacles before anything else; then by priority, keeping the given order in ties.
  order.sort(
    (a, b) => Number(!!labels[b]!.fixed) - Number(!!labels[a]!.fixed) || labels[b]!.priority - labels[a]!.priority || a - b,
  );
  const taken: Rect[] = [];
  const out: PlacedLabel[] = new Array(labels.length);
  for (const i of order) {
    const b = labels[i]!;
    const valid = [b.x, b.y, b.width, b.height].every(Number.isFinite) && b.width >= 0 && b.height >= 0;
    if (!valid) {
      out[i] = { id: b.id, x: b.x, y: b.y, visible: false };
      continue;
    }
    if (b.fixed) {
      taken.push(rectOf(b, 0, 0));
      out[i] = { id: b.id, x: b.x, y: b.y, visible: true };
      continue;
    }
    let placed: PlacedLabel | undefined;
    for (const [dx, dy] of [[0, 0] as const, ...(b.nudges ?? [])]) {
      const r = rectOf(b, dx, dy);
      if (inside(r, bounds) && !taken.some((t) => overlaps(r, t, gap))) {
        taken.push(r);
        placed = { id: b.id, x: b.x + dx, y: b.y + dy, visible: true };
        break;
      }
    }
    out[i] = placed ?? { id: b.id, x: b.x, y: b.y, visible: false };
  }
  return { labels: out, dropped: out.filter((l) => !l.visible).map((l) => l.id) };
}

/**
 * Nudges to try for a label: up to `steps` moves of `step` along each of the given directions,
 * nearest first (`[[0, -step], [0, step], [0, -2 * step] …]` for up and down).
 */
export function nudgesAlong(directions: readonly (readonly [number, number])[], step: number, steps: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k <= steps; k++) for (const [ux, uy] of directions) out.push([ux * step * k, uy * step * k]);
  return out;
}
