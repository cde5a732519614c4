/** Data shared by the stories and the tests (a test renders every story and runs axe on it). */

/** Data that never arrives: shows the loading state. (Story tests skip waiting for it.) */
export const NEVER = (): Promise<unknown> => new Promise(() => {});

/** An address that fails at once, for the error state. */
export const MISSING_URL = '/data/does-not-exist.json';
