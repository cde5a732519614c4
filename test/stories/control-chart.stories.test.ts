import * as stories from '../../stories/control-chart.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
