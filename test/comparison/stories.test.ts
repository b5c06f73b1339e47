import * as stories from '../../stories/region-comparison.stories.js';
import { checkChartStories } from '../chart-stories.js';

checkChartStories('region comparison stories', stories);
