import * as stories from '../../stories/region-comparison.stories.js';
import { checkStories } from '../stories.js';

checkStories('region comparison stories', stories, {
  tag: 'regin-region-comparison',
  shows: (el) => el.shadowRoot!.querySelector('svg.chart, table, .stack'),
});
