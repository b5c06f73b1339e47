// What the layout suite checks on a rendered widget, from getBoundingClientRect and computed styles:
// nothing of the widget (shadow DOM included, visually hidden parts too) outside its box, no sideways
// scroll of the page, no sideways scroller where the widget is wide enough, rendered text of at least
// 11 px (HTML and SVG), no two SVG text labels on top of each other, open dialogs inside the viewport.

/** Smallest rendered text size (CSS px) allowed anywhere. */
export const MIN_TEXT_PX = 11;
/** Rounding slack of a layout box, in CSS px. */
const SLACK = 1;

export interface CheckOptions {
  /** Whether an element of the widget may need a sideways scroller (only below 640 px). */
  readonly scrollersAllowed: boolean;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The element's children in the flat tree: its shadow root's (or its own), slots replaced by what they show. */
function flatChildren(el: Element): Element[] {
  if (el instanceof HTMLSlotElement) {
    const assigned = el.assignedElements({ flatten: true });
    return assigned.length ? assigned : [...el.children];
  }
  return [...(el.shadowRoot ?? el).children];
}

function* flatDescendants(el: Element): Generator<Element> {
  for (const child of flatChildren(el)) {
    yield child;
    yield* flatDescendants(child);
  }
}

/** The parent in the flat tree (the assigned slot for slotted elements, the host for a shadow root's children). */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

const describeEl = (el: Element) => {
  const cls = el.getAttribute('class');
  const part = el.getAttribute('part');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>${text ? ` "${text}"` : ''}`;
};

const rounded = (b: Box) => `[${Math.round(b.left)}…${Math.round(b.right)} × ${Math.round(b.top)}…${Math.round(b.bottom)}]`;

/**
 * The part of `el`'s box not clipped away by an ancestor inside `host` (an ancestor with `overflow`
 * other than `visible` clips its in-flow descendants; an absolutely positioned element only by the
 * ancestors from its containing block up). `null`: clipped away entirely.
 */
function unclippedBox(el: Element, host: Element): Box | null {
  const r = el.getBoundingClientRect();
  const box: Box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  let position = getComputedStyle(el).position;
  if (position === 'fixed') return box;
  let skipToContainingBlock = position === 'absolute';
  for (let cur = flatParent(el); cur && cur !== host; cur = flatParent(cur)) {
    const s = getComputedStyle(cur);
    const establishes = s.position !== 'static' || s.transform !== 'none' || /paint|layout|strict|content/.test(s.contain);
    if (skipToContainingBlock && !establishes) continue;
    skipToContainingBlock = false;
    if (s.display !== 'contents') {
      const c = cur.getBoundingClientRect();
      if (s.overflowX !== 'visible') {
        box.left = Math.max(box.left, c.left);
        box.right = Math.min(box.right, c.right);
      }
      if (s.overflowY !== 'visible') {
        box.top = Math.max(box.top, c.top);
        box.bottom = Math.min(box.bottom, c.bottom);
      }
    }
    position = s.position;
    if (position === 'fixed') break;
    if (position === 'absolute') skipToContainingBlock = true;
  }
  return box.right - box.left > 0 && box.bottom - box.top > 0 ? box : null;
}

/** Elements that draw nothing of their own and may legitimately sit anywhere (empty, or not rendered). */
function rendered(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** Rendered font size in CSS px: the computed size, scaled by the SVG's transform for SVG text. */
function renderedFontSize(el: Element): number {
  const size = parseFloat(getComputedStyle(el).fontSize);
  if (el instanceof SVGGraphicsElement) {
    const m = el.getScreenCTM();
    if (m) return size * Math.sqrt(m.a * m.a + m.b * m.b);
  }
  return size;
}

/** A visually hidden element (the 1 px clipped box of `.visually-hidden`): read, not seen. */
function visuallyHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = flatParent(cur)) {
    const s = getComputedStyle(cur);
    if (s.clip !== 'auto' && s.position === 'absolute') return true;
    if (s.visibility === 'hidden') return true;
  }
  return false;
}

function textProblems(host: Element): string[] {
  const problems: string[] = [];
  const seen = new Set<Element>();
  for (const el of flatDescendants(host)) {
    if (el instanceof HTMLOptionElement || el instanceof HTMLStyleElement || el instanceof HTMLTemplateElement) continue;
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!hasText || seen.has(el) || !rendered(el) || visuallyHidden(el)) continue;
    seen.add(el);
    const target = el instanceof SVGElement ? (el.closest('text') ?? el) : el;
    const px = renderedFontSize(target);
    if (px < MIN_TEXT_PX - 0.05) problems.push(`text ${px.toFixed(1)} px < ${MIN_TEXT_PX} px: ${describeEl(target)}`);
  }
  return problems;
}

function overlappingLabels(host: Element): string[] {
  const problems: string[] = [];
  const svgs = [...flatDescendants(host)].filter(
    (e): e is SVGSVGElement => e instanceof SVGSVGElement && !(e.parentElement instanceof SVGElement),
  );
  for (const svg of svgs) {
    const labels = [...svg.querySelectorAll('text')]
      .filter((t) => t.textContent!.trim() !== '' && rendered(t) && !visuallyHidden(t) && getComputedStyle(t).opacity !== '0')
      .map((t) => ({ t, r: t.getBoundingClientRect() }));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.r;
        const b = labels[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > SLACK && h > SLACK)
          problems.push(`SVG labels overlap: ${describeEl(labels[i]!.t)} and ${describeEl(labels[j]!.t)}`);
      }
    }
  }
  return problems;
}

/** Every layout problem of `host` (a widget) as rendered now; empty when it fits. */
export function layoutProblems(host: HTMLElement, options: CheckOptions): string[] {
  const problems: string[] = [];
  const page = document.scrollingElement ?? document.documentElement;
  if (page.scrollWidth > document.documentElement.clientWidth + SLACK) {
    problems.push(`the page scrolls sideways: ${page.scrollWidth} px content in ${document.documentElement.clientWidth} px`);
  }
  const h = host.getBoundingClientRect();
  const hostBox: Box = { left: h.left, right: h.right, top: h.top, bottom: h.bottom };
  if (h.right > document.documentElement.clientWidth + SLACK)
    problems.push(`the widget itself is wider than the page: ${rounded(hostBox)}`);
  for (const el of flatDescendants(host)) {
    if (!rendered(el)) continue;
    const style = getComputedStyle(el);
    if (el instanceof HTMLDialogElement || el.getAttribute('role') === 'dialog') {
      const r = el.getBoundingClientRect();
      if (r.left < -SLACK || r.top < -SLACK || r.right > innerWidth + SLACK || r.bottom > innerHeight + SLACK) {
        problems.push(`dialog outside the ${innerWidth} × ${innerHeight} viewport: ${rounded(r)} ${describeEl(el)}`);
      }
      continue; // a modal dialog sits in the top layer, over the page: measured against the viewport
    }
    const box = unclippedBox(el, host);
    if (!box) continue;
    const within = el.closest('dialog[open]')?.getBoundingClientRect() ?? hostBox;
    if (
      box.left < within.left - SLACK ||
      box.right > within.right + SLACK ||
      box.top < within.top - SLACK ||
      box.bottom > within.bottom + SLACK
    ) {
      problems.push(
        `outside the ${el.closest('dialog[open]') ? 'dialog' : 'widget'} ${rounded(within)}: ${rounded(box)} ${describeEl(el)}`,
      );
    }
    if (!options.scrollersAllowed && /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + SLACK) {
      problems.push(`needs a sideways scroller (${el.scrollWidth} px content in ${el.clientWidth} px): ${describeEl(el)}`);
    }
  }
  problems.push(...textProblems(host), ...overlappingLabels(host));
  return problems;
}
