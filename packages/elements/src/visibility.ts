/**
 * Calls `onNear` once when the element comes within about one screen of the viewport.
 * Returns a function that stops watching.
 */
export function whenNearViewport(element: Element, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || isNearNow(element)) {
    onNear();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        onNear();
      }
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * True when the element is already within one screen of the viewport, so the chart need not wait
 * a frame for the observer's first report. An element with no box (display: none) is not near.
 */
function isNearNow(element: Element): boolean {
  const r = element.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const h = window.innerHeight;
  return r.bottom >= -h && r.top <= 2 * h && r.right >= 0 && r.left <= window.innerWidth;
}
