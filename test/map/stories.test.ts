import { waitUntil } from '@open-wc/testing';
import type { ReginPartnerMap } from '../../src/partner-map.js';
import * as stories from '../../stories/partner-map.stories.js';
import { checkStories } from '../stories.js';

const drawn = (el: ReginPartnerMap) => el.shadowRoot!.querySelector('svg [data-key]');

checkStories<ReginPartnerMap>('partner map stories', stories, {
  tag: 'regin-partner-map',
  shows: (el) => (el.view === 'list' ? el.shadowRoot!.querySelector('table') : drawn(el)),
  // A map showing last or partial data still draws it.
  then: async (el, state) => {
    if (state === 'stale' || state === 'partial') await waitUntil(() => drawn(el), 'and its map', { timeout: 8000 });
  },
});
