// Shared by the radar's and the comparison's story tests: every story renders what it promises and
// passes the accessibility check (the stories double as examples).
import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { ReginElement } from '../src/core/regin-element.js';
import { resetFeedStore } from '../src/feed/store.js';

type Story = { name?: string; args?: Record<string, unknown>; render?: (args: any) => TemplateResult };

/** The state each state story must reach; any other story must be ready with its chart or table. */
const expected: Record<string, string> = {
  Loading: 'loading',
  Stale: 'stale',
  ErrorState: 'error',
  Partial: 'partial',
  Empty: 'empty',
};

export function checkChartStories(title: string, module: Record<string, unknown>): void {
  const meta = module.default as Story;
  describe(title, () => {
    let container: HTMLElement | undefined;
    afterEach(() => {
      container?.remove();
      resetFeedStore();
    });

    for (const [name, story] of Object.entries(module as Record<string, Story>)) {
      if (name === 'default') continue;
      it(`${name} renders and is accessible`, async () => {
        // Rendered with lit's render() rather than fixture(): waiting for a frame would stall in a background tab.
        container = document.body.appendChild(document.createElement('div'));
        render((story.render ?? meta.render!)({ ...meta.args, ...story.args }), container);
        const widgets = [...container.querySelectorAll<ReginElement>('regin-indicator-radar, regin-region-comparison')];
        expect(widgets.length).to.be.greaterThan(0);
        const state = expected[name];
        for (const el of widgets) {
          await waitUntil(
            () => (state ? el.state === state : el.state === 'ready' && el.shadowRoot!.querySelector('svg.chart, table')),
            `${name} shows ${state ?? 'its content'}`,
            { timeout: 8000 },
          );
          await expect(el).to.be.accessible();
        }
      });
    }
  });
}
