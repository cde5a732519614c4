import * as stories from '../../stories/gap-chart.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
