/**
 * Registers a custom element unless that name is already taken, so the embed bundle and the npm
 * packages (or two copies of the bundle) can meet on one page without throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
