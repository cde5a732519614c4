/**
 * @outcome-kit/embed — for pages: the element definitions in one place.
 * @packageDocumentation
 */
export * from './bundle.js';
