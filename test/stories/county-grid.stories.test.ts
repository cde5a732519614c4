import * as stories from '../../stories/county-grid.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
