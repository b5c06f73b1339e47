/**
 * SVG and PNG export of the radar, self-contained: the chart's own SVG with its computed colours, fonts
 * and dash patterns written as presentation attributes (no stylesheet, no fonts or images from URLs),
 * framed by a title, the legend, the source and the date. The PNG is that SVG drawn onto a canvas from
 * a `blob:` URL, so a page with a strict Content-Security-Policy must allow `img-src blob:` for PNG
 * export (the SVG export needs nothing).
 */
import { MARKER_SIZE } from '../chart/palette.js';
import { markerPath, type MarkerShape } from '../core/markers.js';

export interface ExportLegendItem {
  readonly name: string;
  readonly colour: string;
  /** Absent for a reference line (drawn without a marker, in the text colour). */
  readonly shape?: MarkerShape;
  readonly dash: string;
}

export interface ExportInput {
  /** Markup of the chart's `<svg>` element (see {@link chartMarkup}). */
  readonly chart: string;
  readonly chartWidth: number;
  readonly chartHeight: number;
  readonly title: string;
  readonly legend: readonly ExportLegendItem[];
  /** Source, date and notes, one per line (long lines are wrapped). */
  readonly lines: readonly string[];
  readonly background: string;
  readonly foreground: string;
  readonly fontFamily: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const TITLE_H = 36;
const LEGEND_ROW = 22;
const LINE_H = 17;
/** Line height of a wrapped reference name in the legend. */
const REF_LINE = 15;

/** Text made safe for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Splits `text` into lines of at most about `width` characters, at spaces; a word longer than a line
 * (a link) is split after a `/` or wherever it must.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => splitLong(w, Math.max(1, width)));
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) out.push(line);
  return out;
}

/** `word` in pieces of at most `width` characters, each ending after a `/` where one is close. */
function splitLong(word: string, width: number): string[] {
  const out: string[] = [];
  let rest = word;
  while (rest.length > width) {
    const slash = rest.lastIndexOf('/', width - 1);
    const at = slash >= width / 2 ? slash + 1 : width;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

/** The standalone SVG document: title, chart, legend (two columns) and the source/date lines. */
export function composeExportSvg(input: ExportInput): string {
  const width = input.chartWidth + 2 * PAD;
  const colWidth = (width - 2 * PAD) / 2;
  const legendTop = TITLE_H + input.chartHeight + 8;
  // Series in two columns; references (no marker) each on a row of their own, their text being longer.
  const series = input.legend.filter((item) => item.shape);
  const references = input.legend.filter((item) => !item.shape);
  const seriesRows = Math.ceil(series.length / 2);
  const chars = Math.floor((width - 2 * PAD) / 6.6);
  // A reference's name wraps under itself (beside its line) when longer than the row.
  const refLines = references.map((it) => wrapText(it.name, chars - 6));
  const refTops: number[] = [];
  let y = legendTop + seriesRows * LEGEND_ROW;
  for (const l of refLines) {
    refTops.push(y);
    y += LEGEND_ROW + (l.length - 1) * REF_LINE;
  }
  const textTop = y + 12;
  const lines = input.lines.flatMap((l) => wrapText(l, chars));
  const height = Math.ceil(textTop + lines.length * LINE_H + PAD);
  const x = escapeXml;
  const item = (it: ExportLegendItem, lx: number, ly: number, names: readonly string[]) =>
    `<line x1="${lx}" y1="${ly}" x2="${lx + 28}" y2="${ly}" stroke="${x(it.colour)}" stroke-width="${it.shape ? 2.5 : 1.5}"` +
    (it.dash ? ` stroke-dasharray="${x(it.dash)}"` : '') +
    '/>' +
    (it.shape
      ? `<path d="${markerPath(it.shape, MARKER_SIZE, lx + 14, ly)}" fill="${x(it.colour)}" stroke="${x(input.foreground)}" stroke-width="1"/>`
      : '') +
    names
      .map((n, k) => `<text x="${lx + 36}" y="${ly + 4.5 + k * REF_LINE}" font-size="${it.shape ? 13 : 12}">${x(n)}</text>`)
      .join('');
  const legend =
    series
      .map((it, i) => item(it, PAD + (i % 2) * colWidth, legendTop + Math.floor(i / 2) * LEGEND_ROW + 11, [it.name]))
      .join('') + references.map((it, i) => item(it, PAD, refTops[i]! + 11, refLines[i]!)).join('');
  const texts = lines.map((l, i) => `<text x="${PAD}" y="${textTop + i * LINE_H + 12}" font-size="12">${x(l)}</text>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${x(input.fontFamily)}" fill="${x(input.foreground)}">` +
    `<title>${x(input.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="${x(input.background)}"/>` +
    `<text x="${PAD}" y="26" font-size="18" font-weight="bold">${x(input.title)}</text>` +
    input.chart.replace(/^<svg\b/, `<svg x="${PAD}" y="${TITLE_H}"`) +
    legend +
    texts +
    `</svg>`
  );
}

/** Computed properties written onto the exported copy, so it needs no stylesheet. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  // Label halos are strokes drawn behind the text: without this, the stroke covers the letters.
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * Markup of a rendered chart `<svg>` with computed styles as presentation attributes, and without what
 * only the live widget needs (classes, focus stops, ARIA, comments, hidden nodes).
 */
export function chartMarkup(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  live.forEach((node, i) => {
    const target = copies[i]!;
    const cs = getComputedStyle(node);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      target.setAttribute('data-drop', '');
      return;
    }
    for (const prop of INLINED) {
      const value = cs.getPropertyValue(prop);
      if (value && value !== 'normal' && value !== 'auto') target.setAttribute(prop, value);
    }
    for (const attr of [...target.attributes]) {
      if (/^(class|part|tabindex|role|focusable|style)$|^aria-|^data-(?!drop)/.test(attr.name)) target.removeAttribute(attr.name);
    }
  });
  copy.querySelectorAll('[data-drop]').forEach((n) => n.remove());
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

/** Size of an exported SVG document from its root `width`/`height`. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(m?.[1] ?? 600), height: Number(m?.[2] ?? 600) };
}

/** Rasterises an SVG document to a PNG Blob at `scale` × its size (needs `img-src blob:` under CSP). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
