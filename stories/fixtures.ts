/** Data shared by the stories and the tests (a test renders every story and runs axe on it). */

/** A URL that never answers within a story's life: shows the loading state. */
export const NEVER_URL = 'data:application/json,';

/** An address that fails at once, for the error state. */
export const MISSING_URL = '/data/does-not-exist.json';
