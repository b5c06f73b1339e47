import * as stories from '../../stories/indicator-radar.stories.js';
import { checkStories } from '../stories.js';

checkStories('indicator radar stories', stories, {
  tag: 'regin-indicator-radar',
  shows: (el) => el.shadowRoot!.querySelector('svg.chart, table'),
});
