// Every story of an element renders what it promises and passes the accessibility check (the stories
// double as examples). Shared by the four elements' story tests.
import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { ReginElement } from '../src/core/regin-element.js';
import { resetFeedStore } from '../src/feed/store.js';

type Story = {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (c: { canvasElement: HTMLElement }) => Promise<void>;
};

/** The state each state story must reach. */
const STATE_STORIES: Record<string, string> = {
  Loading: 'loading',
  Stale: 'stale',
  ErrorState: 'error',
  Partial: 'partial',
  Empty: 'empty',
};

export interface StoryCheck<E extends ReginElement> {
  /** The element's tag: every instance a story renders is checked. */
  readonly tag: string;
  /** What a story that names no state shows once ready (its chart, its map …). */
  readonly shows: (el: E) => unknown;
  /** The states a story that names none may end in (default: `ready`). */
  readonly ready?: readonly string[];
  /** States of stories beyond the common ones (`HostileData: 'partial'`). */
  readonly states?: Record<string, string>;
  /** Runs after the story reached its state, before the accessibility check. */
  readonly then?: (el: E, state: string | undefined) => Promise<void>;
  /** Runs after a story's `play` function, before the accessibility check. */
  readonly played?: (el: E) => Promise<void>;
}

export function checkStories<E extends ReginElement>(title: string, module: Record<string, unknown>, check: StoryCheck<E>): void {
  const meta = module.default as Story;
  const states = { ...STATE_STORIES, ...check.states };
  const ready = check.ready ?? ['ready'];
  describe(title, () => {
    let container: HTMLElement | undefined;
    afterEach(() => {
      if (container) render(null, container);
      container?.remove();
      resetFeedStore();
    });

    for (const [name, story] of Object.entries(module as Record<string, Story>)) {
      if (name === 'default') continue;
      it(`${name} renders and is accessible`, async () => {
        // Rendered with lit's render() rather than fixture(): waiting for a frame would stall in a background tab.
        container = document.body.appendChild(document.createElement('div'));
        render((story.render ?? meta.render!)({ ...meta.args, ...story.args }), container);
        const widgets = [...container.querySelectorAll<E>(check.tag)];
        expect(widgets.length).to.be.greaterThan(0);
        const state = states[name];
        for (const el of widgets) {
          await waitUntil(
            () => (state ? el.state === state : ready.includes(el.state) && check.shows(el)),
            `${name} shows ${state ?? 'its content'}`,
            { timeout: 8000 },
          );
          await el.updateComplete;
          await check.then?.(el, state);
        }
        if (story.play) {
          await story.play({ canvasElement: container });
          for (const el of widgets) await check.played?.(el);
        }
        for (const el of widgets) await expect(el).to.be.accessible();
      });
    }
  });
}
