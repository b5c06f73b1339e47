/**
 * Width of a label as the browser will draw it: measured with the real font on a canvas where the
 * browser gives one, else estimated from the number of characters. Used to size label boxes before
 * {@link placeLabels} places them.
 */

/** Average advance of a character in em, for the estimate (a little wide, so estimates err on room). */
const AVERAGE_EM = 0.6;

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

function canvas(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  } catch {
    context = null;
  }
  return context;
}

/**
 * The width in px of `text` at `size` px in `family` (a CSS font-family list) and `weight`. Results
 * are kept: charts measure the same few labels on every render.
 */
export function textWidth(text: string, size: number, family = 'sans-serif', weight: number | string = 400): number {
  const font = `${weight} ${size}px ${family}`;
  const key = `${font}\u0000${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    const ctx = canvas();
    if (ctx) ctx.font = font;
    w = ctx ? ctx.measureText(text).width : estimateWidth(text, size);
    if (!Number.isFinite(w)) w = estimateWidth(text, size);
    if (widths.size > 5000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

/** The fallback estimate: characters × an average advance. */
export function estimateWidth(text: string, size: number): number {
  return [...text].length * size * AVERAGE_EM;
}
