import * as stories from '../../stories/pdsa-log.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
