import * as stories from '../../stories/equity-report.stories.js';
import { testStories } from '../helpers/stories.js';

testStories(stories);
