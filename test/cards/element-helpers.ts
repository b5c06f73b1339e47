// Helpers for the <regin-measure-cards> tests: mount with a fixture feed, read what a user sees.
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/measure-cards.js';
import type { ReginMeasureCards } from '../../src/measure-cards.js';
import basic from '../fixtures/cards-basic.json';

export type Cards = ReginMeasureCards;

/** A fresh copy of the checked-in cards feed (raw JSON, as a page would pass it). */
export const basicJson = () => structuredClone(basic) as typeof basic;

let groups = 0;
/** A group name no other test uses, so selections do not leak between tests. */
export const uniqueGroup = () => `cards-test-${++groups}`;

export async function mount(template: TemplateResult): Promise<Cards> {
  const el = await fixture<Cards>(template);
  await waitUntil(() => el.state !== 'loading', 'the widget leaves the loading state', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const $ = <E extends Element = HTMLElement>(el: Cards, selector: string) => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Cards, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Card titles in display order. */
export const titles = (el: Cards) => $$(el, '[part~=card] h3').map(text);
/** The visible count ("9 measures"). */
export const count = (el: Cards) => text($(el, '[part~=count]'));

/** Types into the search box as a script would for the `input` event (value + event). */
export async function search(el: Cards, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type=search]')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The checkbox of a facet option by its visible label. */
export function option(el: Cards, facet: string, label: string): HTMLInputElement {
  const group = $$(el, '[part~=facets] details').find((d) => text(d.querySelector('summary')).startsWith(facet));
  if (!group) throw new Error(`no facet ${facet}`);
  const item = [...group.querySelectorAll('label')].find((l) => text(l.querySelector('span')) === label);
  if (!item) throw new Error(`no option ${label} in ${facet}`);
  return item.querySelector('input')!;
}

/** The count a facet option's label ends with ("Puglia (3)" → 3): part of the checkbox's name. */
export function optionCount(el: Cards, facet: string, label: string): number {
  return labelCount(option(el, facet, label).closest('label')!);
}

/** The count at the end of a facet option's label ("Puglia (3)" → 3). */
export function labelCount(label: Element): number {
  const match = /\((\d+)\)$/.exec(text(label));
  if (!match) throw new Error(`no count in "${text(label)}"`);
  return Number(match[1]);
}

export async function tick(el: Cards, facet: string, label: string): Promise<void> {
  option(el, facet, label).click();
  await el.updateComplete;
}
