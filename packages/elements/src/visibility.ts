/**
 * Calls `onNear` once when the element comes within about one screen of the viewport.
 * Returns a function that stops watching.
 */
export function whenNearViewport(element: Element, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
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
