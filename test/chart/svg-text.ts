// A compact, readable text form of an SVG tree for snapshot tests: one line per element, indented by
// depth — its tag, classes, the attributes that place and style it (numbers rounded), and its own text.
// Marker and outline paths are summed up (first point and number of points) rather than spelled out.

const KEEP = [
  'x',
  'y',
  'dy',
  'cx',
  'cy',
  'r',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'viewBox',
  'text-anchor',
  'stroke-dasharray',
  'color',
  'role',
  'aria-label',
  'tabindex',
];

const round = (v: string) => v.replace(/-?\d+\.\d+/g, (n) => String(Math.round(parseFloat(n) * 10) / 10));

function pathSummary(d: string): string {
  const nums = d.match(/-?\d+(?:\.\d+)?/g) ?? [];
  const moves = (d.match(/M/g) ?? []).length;
  const first = nums.length >= 2 ? `${round(nums[0]!)},${round(nums[1]!)}` : '';
  return `M${first}…${moves > 1 ? ` ${moves} runs` : ''} ${(d.match(/[LAa]/g) ?? []).length} segs${/Z$/.test(d) ? ' closed' : ''}`;
}

/** The text form of `root` and everything in it. */
export function svgText(root: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const cls = root.getAttribute('class');
  const attrs = KEEP.flatMap((a) => (root.hasAttribute(a) ? [`${a}=${round(root.getAttribute(a)!)}`] : []));
  if (root.localName === 'path') attrs.push(`d=[${pathSummary(root.getAttribute('d') ?? '')}]`);
  if (root.localName === 'polygon') attrs.push(`points=${(root.getAttribute('points') ?? '').trim().split(/\s+/).length}`);
  const own = [...root.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent!)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const line = `${pad}${root.localName}${cls ? '.' + cls.trim().split(/\s+/).join('.') : ''}${attrs.length ? ' ' + attrs.join(' ') : ''}${own ? ` "${own}"` : ''}`;
  return [line, ...[...root.children].map((c) => svgText(c, depth + 1))].join('\n');
}
