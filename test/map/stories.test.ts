// Every story of the partner map renders and passes the accessibility check (the stories double as examples).
import { expect, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetFeedStore } from '../../src/feed/store.js';
import * as stories from '../../stories/partner-map.stories.js';
import { mountMap, unmountAll } from './helpers.js';

type Story = { name?: string; args?: Record<string, unknown>; render?: (args: any) => TemplateResult };
const meta = stories.default as unknown as Story;
const expected: Record<string, string> = {
  Loading: 'loading',
  Stale: 'stale',
  ErrorState: 'error',
  Partial: 'partial',
  Empty: 'empty',
};

describe('partner map stories', () => {
  afterEach(() => {
    unmountAll();
    resetFeedStore();
  });

  for (const [name, story] of Object.entries(stories as unknown as Record<string, Story>)) {
    if (name === 'default') continue;
    it(`${name} renders and is accessible`, async () => {
      const render = story.render ?? meta.render!;
      const el = await mountMap(render({ ...meta.args, ...story.args }));
      const state = expected[name];
      await waitUntil(
        () => (state ? el.state === state : el.shadowRoot!.querySelector(el.view === 'list' ? 'table' : 'svg [data-key]')),
        `${name} shows ${state ?? 'the map'}`,
        { timeout: 8000 },
      );
      if (state === 'stale' || state === 'partial') {
        await waitUntil(() => el.shadowRoot!.querySelector('svg [data-key]'), 'and its map', { timeout: 8000 });
      }
      await expect(el).to.be.accessible();
    });
  }
});
