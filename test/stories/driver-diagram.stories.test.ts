import * as stories from '../../stories/driver-diagram.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
