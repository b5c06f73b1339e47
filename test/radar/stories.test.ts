import * as stories from '../../stories/indicator-radar.stories.js';
import { checkChartStories } from '../chart-stories.js';

checkChartStories('indicator radar stories', stories);
