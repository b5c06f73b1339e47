import { waitUntil } from '@open-wc/testing';
import type { ReginMeasureCards } from '../../src/measure-cards.js';
import * as stories from '../../stories/measure-cards.stories.js';
import { checkStories } from '../stories.js';

checkStories<ReginMeasureCards>('measure cards stories', stories, {
  tag: 'regin-measure-cards',
  // Some stories show no card at all (a search without matches): the state is what they promise.
  shows: () => true,
  ready: ['ready', 'partial'],
  states: { HostileData: 'partial' },
  played: (el) => waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open, 'the detail opens'),
});
