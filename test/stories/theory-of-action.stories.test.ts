import * as stories from '../../stories/theory-of-action.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
