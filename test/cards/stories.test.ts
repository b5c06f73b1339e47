// Every story of <regin-measure-cards> renders the state it names (the stories double as examples).
import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/measure-cards.stories.js';
import type { ReginMeasureCards } from '../../src/measure-cards.js';

type Story = { args?: Record<string, unknown>; render?: (args: never) => TemplateResult; play?: (c: { canvasElement: HTMLElement }) => Promise<void> };
const meta = stories.default as unknown as { args: Record<string, unknown>; render: (args: never) => TemplateResult };

const expected: Record<string, string[]> = {
  Loading: ['loading'],
  ErrorState: ['error'],
  Stale: ['stale'],
  Empty: ['empty'],
  Partial: ['partial'],
  HostileData: ['partial'],
};

describe('measure cards stories', () => {
  for (const [name, story] of Object.entries(stories as unknown as Record<string, Story>)) {
    if (name === 'default') continue;
    it(`${name} renders`, async () => {
      const args = { ...meta.args, ...story.args };
      // Rendered by hand: a fixture whose root is a plain <div> waits for an animation frame, which a
      // background tab may not get.
      const canvas = document.createElement('div');
      document.body.append(canvas);
      render((story.render ?? meta.render)(args as never), canvas);
      const el = canvas.querySelector<ReginMeasureCards>('regin-measure-cards')!;
      const states = expected[name] ?? ['ready', 'partial'];
      await waitUntil(() => states.includes(el.state), `state ${states.join(' or ')} (is ${el.state})`, { timeout: 5000 });
      await el.updateComplete;
      if (story.play) {
        await story.play({ canvasElement: canvas });
        await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open, 'the detail opens');
      }
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('dialog')?.close();
      canvas.remove();
    });
  }
});
