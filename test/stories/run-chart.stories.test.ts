import * as stories from '../../stories/run-chart.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
