// Helpers for the element tests: fixtures on the radar test feed, and reading what a person sees.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { rawCopy } from './fixture.js';

let groups = 0;
/** A fresh group name, so selections from one test never reach another. */
export const freshGroup = () => `radar-test-${++groups}`;

/**
 * Mounts `template` (given the raw test feed and a fresh group) and waits for its first render. The
 * template's root must be the widget: fixture() waits for an animation frame when the root has no
 * `updateComplete`, and frames stall while the test page is a background tab (two test files at once).
 */
export async function mount<T extends HTMLElement & { readonly updateComplete: Promise<unknown> }>(
  template: (feed: Record<string, any>, group: string) => TemplateResult,
  feed = rawCopy(),
): Promise<T> {
  const el = await fixture<T>(template(feed, freshGroup()));
  await el.updateComplete;
  return el;
}

export const root = (el: Element) => el.shadowRoot!;
export const all = <E extends Element = Element>(el: Element, selector: string) => [...root(el).querySelectorAll<E>(selector)];
export const one = <E extends Element = Element>(el: Element, selector: string) => root(el).querySelector<E>(selector);
/** Visible text of the shadow root, whitespace collapsed. */
export const text = (el: Element, selector = ':host > *') =>
  all(el, selector)
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
export const button = (el: Element, name: string | RegExp) =>
  all<HTMLButtonElement>(el, 'button').find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!.trim()),
  );
/** Every attribute value in the shadow root (to look for NaN, Infinity, undefined). */
export const attributeValues = (el: Element) =>
  all(el, '*').flatMap((n) => [...n.attributes].map((a) => `${n.localName}[${a.name}]=${a.value}`));

/** Captures the next download (the object URL and file name of the `<a download>` clicked). */
export function captureDownload(): Promise<{ href: string; name: string }> {
  const original = HTMLAnchorElement.prototype.click;
  return new Promise((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = original;
      if (this.download) resolve({ href: this.href, name: this.download });
      else original.call(this);
    };
  });
}

export { html };
