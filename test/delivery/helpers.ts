/** Shared by the delivery tests: the four tags, waiting for a widget to settle, and style snapshots. */
import { waitUntil } from '@open-wc/testing';

export const TAGS = ['regin-partner-map', 'regin-measure-cards', 'regin-indicator-radar', 'regin-region-comparison'] as const;
export type Tag = (typeof TAGS)[number];

/** Waits until the widget has rendered its shadow root and its data is no longer loading. */
export async function settled(el: Element): Promise<void> {
  await waitUntil(
    () =>
      el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.getAttribute('state') && el.getAttribute('state') !== 'loading',
    `${el.localName} did not finish loading`,
    { timeout: 15000 },
  );
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Every element rendered inside `el`'s shadow root, nested shadow roots included, in document order. */
export function shadowElements(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** Computed values of `properties` for every element of the widget's shadow tree, keyed by position. */
export function styleSnapshot(el: Element, properties: readonly string[]): string[] {
  return shadowElements(el).map((node, i) => {
    const cs = getComputedStyle(node);
    return (
      `${i} <${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}> ` +
      properties.map((p) => `${p}: ${cs.getPropertyValue(p)}`).join('; ')
    );
  });
}
