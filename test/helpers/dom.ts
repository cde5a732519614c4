/** Waits until `check` returns a truthy value (polling), or fails after `ms`. */
export async function until<T>(check: () => T | undefined | null | false, ms = 15000, what = 'condition'): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits for the next event of a type on a target. */
export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

/** Adds an element to a fresh container in the page; returns both. */
export function mount<E extends HTMLElement>(markup: string): { root: HTMLElement; el: E } {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return { root, el: root.firstElementChild as E };
}

/** Every text the element shows, shadow DOM included. */
export function shadowText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** A URL answered by the test server's echo endpoint. */
export function echoUrl(body: string, opts: { type?: string; status?: number; ms?: number } = {}): string {
  const q = new URLSearchParams({ body, type: opts.type ?? 'application/json', status: String(opts.status ?? 200), ms: String(opts.ms ?? 0) });
  return `/test-api/echo?${q}`;
}
