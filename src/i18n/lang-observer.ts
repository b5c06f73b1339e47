/**
 * One page-wide watcher of `lang` attributes. Elements subscribe while connected and are told when any
 * `lang` changes on the page (an element's own, an ancestor's, `<html lang>`), including inside the
 * shadow roots that contain them. A single `MutationObserver` serves every widget on the page.
 */

const listeners = new Set<() => void>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

function watch(node: Node): void {
  if (watched.has(node)) return;
  watched.add(node);
  observer ??= new MutationObserver(() => {
    for (const listener of [...listeners]) listener();
  });
  observer.observe(node, OPTIONS);
}

/**
 * Calls `listener` whenever a `lang` attribute changes in the document or in any shadow root between
 * `el` and the document. Returns the unsubscribe function.
 */
export function observeLang(el: Element, listener: () => void): () => void {
  listeners.add(listener);
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    watch(root);
    root = root.host.getRootNode();
  }
  if (root instanceof Document) watch(root.documentElement);
  return () => void listeners.delete(listener);
}
